import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { SpotletError } from '../../src/core/errors.js';
import type { ZeroconfCredentials } from '../../src/discovery/index.js';
import { ControllerKey, buildAddUserBlob } from '../../tools/phone/index.js';
import { DEVICE_ID, http, startServer } from './support.js';

/** A valid addUser form for the server's current public key. */
async function validForm(
  port: number,
  userName = 'alice',
  authData = Buffer.from('reusable-credential'),
): Promise<Record<string, string>> {
  const info = await http(port, 'GET', '/?action=getInfo');
  const key = new ControllerKey();
  const blob = buildAddUserBlob({
    deviceId: DEVICE_ID,
    userName,
    authType: 1,
    authData,
    sharedSecret: key.sharedSecret(Buffer.from(String(info.body.publicKey), 'base64')),
  });
  return { action: 'addUser', userName, blob, clientKey: key.publicKey.toString('base64'), deviceName: 'test phone' };
}

test('getInfo carries the union of the recommended fields', async () => {
  const server = await startServer({ login: async (c) => ({ username: c.username }) }, { activeUser: 'stored-user' });
  try {
    const r = await http(server.port, 'GET', '/?action=getInfo');
    assert.equal(r.status, 200);
    assert.equal(r.headers.date, undefined, 'no Date header: a Pi without a real-time clock would send a wrong one');
    const b = r.body;
    for (const k of [
      'version',
      'deviceID',
      'deviceType',
      'remoteName',
      'publicKey',
      'brandDisplayName',
      'modelDisplayName',
      'libraryVersion',
      'resolverVersion',
      'groupStatus',
      'tokenType',
      'clientID',
      'productID',
      'scope',
      'availability',
      'supported_drm_media_formats',
      'supported_capabilities',
      'accountReq',
      'activeUser',
      'voiceSupport',
    ]) {
      assert.ok(k in b, `getInfo lacks ${k}`);
    }
    assert.equal(b.status, 101);
    assert.equal(b.spotifyError, 0);
    assert.equal(b.deviceID, DEVICE_ID);
    assert.equal(b.deviceType, 'Speaker');
    assert.equal(b.tokenType, 'default');
    assert.equal(b.activeUser, 'stored-user', 'a stored user shows as activeUser at boot');
    assert.equal(Buffer.from(String(b.publicKey), 'base64').length >= 95, true);
    // POST getInfo and any path work too (CPath=/ but real clients vary).
    assert.equal((await http(server.port, 'POST', '/zc', 'action=getInfo')).body.status, 101);
  } finally {
    await server.stop();
  }
});

test('addUser: login OK sets activeUser to the canonical name; resetUsers forgets the user', async () => {
  const got: ZeroconfCredentials[] = [];
  let loggedOut = 0;
  const server = await startServer({
    login: async (c) => {
      got.push(c);
      return { username: 'canonical-alice' };
    },
    logout: async () => void loggedOut++,
  });
  try {
    const r = await http(server.port, 'POST', '/', await validForm(server.port));
    assert.deepEqual([r.status, r.body], [200, { status: 101, statusString: 'OK', spotifyError: 0 }]);
    assert.equal(got[0]!.authData.toString(), 'reusable-credential');
    assert.equal((await http(server.port, 'GET', '/?action=getInfo')).body.activeUser, 'canonical-alice');
    const reset = await http(server.port, 'POST', '/', { action: 'resetUsers' });
    assert.equal(reset.body.status, 101);
    assert.equal(loggedOut, 1);
    assert.equal((await http(server.port, 'GET', '/?action=getInfo')).body.activeUser, '');
  } finally {
    await server.stop();
  }
});

test('addUser: a refused login answers 202, other session errors their status; activeUser unchanged', async () => {
  let mode: 'refuse' | 'spotify' | 'crash' = 'refuse';
  const server = await startServer(
    {
      login: async () => {
        if (mode === 'refuse') throw new SpotletError('ERR_AP_LOGIN_FAILED', 'bad credentials', { protocolCode: 12 });
        if (mode === 'spotify') throw new SpotletError('ERR_AP_CONNECT', 'ap said no', { protocolCode: 17 });
        throw new Error('boom');
      },
    },
    { activeUser: 'bob' },
  );
  try {
    const refused = await http(server.port, 'POST', '/', await validForm(server.port));
    assert.deepEqual(
      [refused.status, refused.body],
      [200, { status: 202, statusString: 'ERROR-LOGIN-FAILED', spotifyError: 12 }],
    );
    mode = 'spotify';
    const spotify = await http(server.port, 'POST', '/', await validForm(server.port));
    assert.deepEqual([spotify.status, spotify.body.status, spotify.body.spotifyError], [200, 402, 17]);
    mode = 'crash';
    const crash = await http(server.port, 'POST', '/', await validForm(server.port));
    assert.deepEqual([crash.status, crash.body.status, crash.body.statusString], [500, 103, 'ERROR-UNKNOWN']);
    assert.equal((await http(server.port, 'GET', '/?action=getInfo')).body.activeUser, 'bob');
  } finally {
    await server.stop();
  }
});

test('every malformed request gets its documented JSON status and HTTP status', async () => {
  let logins = 0;
  const server = await startServer({
    login: async (c) => {
      logins++;
      return { username: c.username };
    },
  });
  try {
    const good = await validForm(server.port);
    const p = server.port;
    const cases: [string, Promise<{ status: number; body: Record<string, unknown> }>, number, number, string][] = [
      ['no action', http(p, 'GET', '/'), 400, 301, 'ERROR-MISSING-ACTION'],
      ['unknown action', http(p, 'GET', '/?action=dance'), 400, 302, 'ERROR-INVALID-ACTION'],
      ['no blob', http(p, 'POST', '/', { ...good, blob: '' }), 400, 303, 'ERROR-INVALID-ARGUMENTS'],
      [
        'no userName',
        http(p, 'POST', '/', { action: 'addUser', blob: good.blob!, clientKey: good.clientKey! }),
        400,
        303,
        'ERROR-INVALID-ARGUMENTS',
      ],
      [
        'bad base64 blob',
        http(p, 'POST', '/', { ...good, blob: '!!!not base64' }),
        400,
        303,
        'ERROR-INVALID-ARGUMENTS',
      ],
      [
        'truncated blob',
        http(p, 'POST', '/', { ...good, blob: Buffer.from(good.blob!, 'base64').subarray(0, 30).toString('base64') }),
        400,
        303,
        'ERROR-INVALID-ARGUMENTS',
      ],
      ['clientKey 1', http(p, 'POST', '/', { ...good, clientKey: 'AQ==' }), 400, 203, 'ERROR-INVALID-PUBLICKEY'],
      ['wrong user (inner key)', http(p, 'POST', '/', { ...good, userName: 'mallory' }), 400, 102, 'ERROR-BAD-REQUEST'],
      [
        'other tokenType',
        http(p, 'POST', '/', { ...good, tokenType: 'authorization_code' }),
        400,
        303,
        'ERROR-INVALID-ARGUMENTS',
      ],
      ['PUT', http(p, 'PUT', '/?action=getInfo'), 405, 102, 'ERROR-BAD-REQUEST'],
    ];
    for (const [what, reply, httpStatus, status, statusString] of cases) {
      const r = await reply;
      assert.equal(r.status, httpStatus, what);
      assert.equal(r.body.status, status, what);
      assert.equal(r.body.statusString, statusString, what);
    }
    const bad = await http(p, 'POST', '/', { ...good, clientKey: 'AQ==' });
    assert.equal(typeof bad.body.publicKey, 'string', '203 carries the speaker public key');
    assert.equal(logins, 0);
  } finally {
    await server.stop();
  }
});

/** Raw request on a socket; resolves with everything the server sent before closing (or `idleMs` of silence). */
function raw(
  port: number,
  chunks: (string | Buffer)[],
  opts: { gapMs?: number; idleMs?: number } = {},
): Promise<string> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    const out: Buffer[] = [];
    let idle: NodeJS.Timeout | undefined;
    const done = (): void => {
      clearTimeout(idle);
      s.destroy();
      resolve(Buffer.concat(out).toString('latin1'));
    };
    const arm = (): void => {
      clearTimeout(idle);
      idle = setTimeout(done, opts.idleMs ?? 3000);
    };
    s.on('data', (d) => {
      out.push(d);
      arm();
    });
    s.on('close', done);
    s.on('error', done);
    arm();
    let i = 0;
    const next = (): void => {
      if (i >= chunks.length || s.destroyed) return;
      s.write(chunks[i++]!, () => {
        if (opts.gapMs) setTimeout(next, opts.gapMs);
        else next();
      });
    };
    s.on('connect', next);
  });
}

test('giant bodies get 413 and slow clients are cut off with 408; the server stays up', async () => {
  const server = await startServer(
    { login: async (c) => ({ username: c.username }) },
    { requestTimeoutMs: 1000, maxBodyBytes: 8192 },
  );
  try {
    const declared = await raw(server.port, [
      'POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000000\r\n\r\naction=addUser',
    ]);
    assert.match(declared, /^HTTP\/1.1 413/);
    assert.match(declared, /"status":102/);
    const chunked = await raw(server.port, [
      'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n',
      ...Array.from({ length: 20 }, () => `1000\r\n${'a'.repeat(4096)}\r\n`),
      '0\r\n\r\n',
    ]);
    assert.match(chunked, /^HTTP\/1.1 413/);
    const started = Date.now();
    const slow = await raw(
      server.port,
      ['GET /?action=getInfo HTTP/1.1\r\n', 'Host: x\r\n', 'X-a: 1\r\n', 'X-b: 1\r\n', 'X-c: 1\r\n', 'X-d: 1\r\n'],
      { gapMs: 400, idleMs: 5000 },
    );
    assert.match(slow, /^HTTP\/1.1 408/);
    assert.ok(Date.now() - started < 4500, 'slow client cut off by the request time limit');
    const garbage = await raw(server.port, ['\x00\x01\x02 not http at all\r\n\r\n']);
    assert.match(garbage, /^HTTP\/1.1 400/);
    assert.equal((await http(server.port, 'GET', '/?action=getInfo')).body.status, 101);
  } finally {
    await server.stop();
  }
});
