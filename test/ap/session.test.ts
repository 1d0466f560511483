/** Client ↔ emulator end to end over real TCP on 127.0.0.1: logins, Mercury, audio keys, keep-alive, faults. */
import { DhKeyPair } from '../../src/core/dh.js';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import {
  AUTH_TYPE,
  EndpointDirectory,
  sessionCredentialsReceiver,
  type ApSession,
  type SessionState,
} from '../../src/ap/index.js';
import {
  SocketReader,
  apResponsePacket,
  clientHelloPacket,
  deriveKeys,
  loginFailedPlaintextPacket,
  parseClientHello,
  loadApMessages,
} from '../../src/protocol/index.js';
import { createLogger, setLogLevel, setLogSink } from '../../src/core/log.js';
import { StateStore } from '../../src/core/state.js';
import { signGs, type Emulator } from '../../tools/emulator/index.js';
import { emulator, session, until, waitForState } from './helpers.js';

// These tests speak the protocol themselves, without a session or the emulator to load its messages.
await loadApMessages();

const log = createLogger('test');
let emu: Emulator;
const sessions: ApSession[] = [];
const track = () => emu.catalog.tracks.find((t) => !t.refused)!;
const refusedTrack = () => emu.catalog.tracks.find((t) => t.refused)!;
const premium = () => emu.accounts.list.find((a) => a.premium)!;
const free = () => emu.accounts.list.find((a) => !a.premium)!;

function open(e: Emulator = emu, over: Parameters<typeof session>[1] = {}): ApSession {
  const s = session(e, over);
  sessions.push(s);
  return s;
}

function errWith(code: string, protocolCode?: number) {
  return (e: Error & { code?: string; protocolCode?: number }) => {
    assert.equal(e.code, code, e.message);
    if (protocolCode !== undefined) assert.equal(e.protocolCode, protocolCode);
    return true;
  };
}

before(async () => {
  // Mercury replies are split into small packets so every response exercises reassembly.
  emu = await emulator({ ap: { mercuryMaxPacket: 512 } });
});

after(async () => {
  for (const s of sessions) await s.close();
  await emu.stop();
});

test('username/password login: ready, country, product info; reusable credentials saved atomically', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-ap-state-'));
  const store = new StateStore(dir, log);
  await store.open();
  const s = open(emu, { store });
  const states: SessionState[] = [];
  s.on('state', (st) => states.push(st));
  const lines: string[] = [];
  setLogLevel('debug');
  const restore = setLogSink((l) => lines.push(l));
  let info;
  try {
    info = await s.login({
      username: premium().username,
      authType: AUTH_TYPE.USER_PASS,
      authData: Buffer.from(premium().password),
    });
    await assert.rejects(
      s.login({
        username: premium().username,
        authType: AUTH_TYPE.USER_PASS,
        authData: Buffer.from('wrong-secret-password'),
      }),
    );
    await s.login({ authType: AUTH_TYPE.SPOTIFY_TOKEN, authData: Buffer.from(premium().accessToken) });
  } finally {
    restore();
    setLogLevel((process.env.SPOTLET_LOG_LEVEL as 'info') ?? 'info');
  }
  const logged = lines.join('\n');
  assert.ok(lines.length > 3);
  for (const secret of [
    premium().password,
    'wrong-secret-password',
    premium().accessToken,
    premium().storedCredential.toString('base64'),
  ]) {
    assert.ok(!logged.includes(secret), 'a secret reached the log');
  }
  assert.deepEqual(states.slice(0, 2), ['connecting', 'ready']);
  assert.equal(info.username, premium().username);
  assert.equal(info.countryCode, 'SE');
  assert.equal(info.productInfo.type, 'premium');
  const saved = JSON.parse(readFileSync(join(dir, 'credentials.json'), 'utf8'));
  assert.equal(saved.username, premium().username);
  assert.equal(saved.authType, AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS);
  // The stored blob is the one the AP minted, not the password, and the AP accepts it.
  assert.ok(emu.accounts.verifyStoredCredential(saved.username, Buffer.from(saved.authData, 'base64')));
  assert.ok(!readFileSync(join(dir, 'credentials.json'), 'utf8').includes(premium().password));
  await s.close();
  assert.equal(s.state, 'closed');
});

test('stored credentials and access-token logins', async () => {
  const s = open();
  const a = premium();
  assert.equal(
    (
      await s.login({
        username: a.username,
        authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS,
        authData: a.storedCredential,
      })
    ).username,
    a.username,
  );
  // SPOTIFY_TOKEN without a username: APWelcome tells us who we are.
  const info = await s.login({ authType: AUTH_TYPE.SPOTIFY_TOKEN, authData: Buffer.from(a.accessToken) });
  assert.equal(info.username, a.username);
  assert.equal(s.state, 'ready');
});

test('wrong credentials: typed ERR_AP_LOGIN_FAILED with the APLoginFailed code; state error', async () => {
  const s = open();
  await assert.rejects(
    s.login({ username: premium().username, authType: AUTH_TYPE.USER_PASS, authData: Buffer.from('wrong') }),
    errWith('ERR_AP_LOGIN_FAILED', 12),
  );
  assert.equal(s.state, 'error');
  await assert.rejects(
    s.login({
      username: premium().username,
      authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS,
      authData: randomBytes(50),
    }),
    errWith('ERR_AP_LOGIN_FAILED', 12),
  );
  await assert.rejects(
    s.login({ authType: AUTH_TYPE.SPOTIFY_TOKEN, authData: Buffer.from('not-a-token') }),
    errWith('ERR_AP_LOGIN_FAILED', 12),
  );
});

test('password logins refused like Spotify today when the emulator is told so', async () => {
  const strict = await emulator({ ap: { refusePasswordLogins: true } });
  try {
    const s = open(strict);
    const a = strict.accounts.list[0]!;
    await assert.rejects(
      s.login({ username: a.username, authType: AUTH_TYPE.USER_PASS, authData: Buffer.from(a.password) }),
      errWith('ERR_AP_LOGIN_FAILED', 12),
    );
    await s.login({
      username: a.username,
      authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS,
      authData: a.storedCredential,
    });
    await s.close();
  } finally {
    await strict.stop();
  }
});

test('free account: clear premium error; the credentials receiver answers it as a refused login', async () => {
  const s = open();
  const f = free();
  await assert.rejects(
    s.login({ username: f.username, authType: AUTH_TYPE.USER_PASS, authData: Buffer.from(f.password) }),
    errWith('ERR_AP_PREMIUM_REQUIRED', 11),
  );
  assert.equal(s.state, 'error');
  const receiver = sessionCredentialsReceiver(s);
  await assert.rejects(
    receiver.login({
      username: f.username,
      authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS,
      authData: f.storedCredential,
    }),
    errWith('ERR_AP_LOGIN_FAILED', 11),
  );
});

test('credentials receiver (zeroconf addUser): OK → canonical username; refused → ERR_AP_LOGIN_FAILED', async () => {
  const s = open();
  const receiver = sessionCredentialsReceiver(s);
  const a = premium();
  assert.deepEqual(
    await receiver.login({
      username: a.username,
      authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS,
      authData: a.storedCredential,
    }),
    { username: a.username },
  );
  const logins = emu.ap.logins;
  await assert.rejects(
    receiver.login({ username: a.username, authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS, authData: randomBytes(50) }),
    errWith('ERR_AP_LOGIN_FAILED', 12),
  );
  // The speaker goes back to the user it had.
  await waitForState(s, 'ready');
  assert.equal(s.info?.username, a.username);
  assert.equal(emu.ap.logins, logins + 1);
});

test('Mercury: GET (multi-packet answers), status errors, subscriptions and pushed events', async () => {
  const s = open();
  const a = premium();
  await s.login({ username: a.username, authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS, authData: a.storedCredential });
  const res = await s.mercury.request({
    uri: 'hm://keymaster/token/authenticated?scope=streaming,user-read-private&client_id=65b708073fc0480ea92a077233ca87bd&device_id=x',
  });
  assert.equal(res.statusCode, 200);
  const token = JSON.parse(res.payload[0]!.toString('utf8'));
  assert.equal(token.accessToken, a.accessToken);
  assert.deepEqual(token.scope, ['streaming', 'user-read-private']);
  const blob = await s.mercury.request({ uri: 'hm://emulator/blob?size=70000' });
  assert.equal(blob.payload[0]!.length, 70000);
  assert.ok(blob.payload[0]!.every((b, i) => b === ((i * 31 + 7) & 0xff)));
  const echo = await s.mercury.request({
    uri: 'hm://emulator/echo',
    method: 'SEND',
    payload: [Buffer.from('one'), randomBytes(3000)],
  });
  assert.equal(echo.payload.length, 2);
  assert.equal(echo.payload[0]!.toString(), 'one');
  await assert.rejects(s.mercury.request({ uri: 'hm://nothing/here' }), errWith('ERR_MERCURY_STATUS', 404));

  const events: string[] = [];
  const unsubscribe = await s.mercury.subscribe('hm://remote/user/test/', (e) =>
    events.push(`${e.uri}:${e.payload[0]?.toString()}`),
  );
  await until(
    () => emu.ap.pushEvent('hm://remote/user/test/state', [Buffer.from('hello')]) > 0 && events.length > 0,
    2_000,
    'event',
  );
  assert.equal(events[0], 'hm://remote/user/test/state:hello');
  await unsubscribe();
  assert.equal(emu.ap.pushEvent('hm://remote/user/test/state', [Buffer.from('again')]), 0);
});

test('audio keys: the catalog key; a refused track is a typed error the player can skip on', async () => {
  const s = open();
  const a = premium();
  await s.login({ username: a.username, authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS, authData: a.storedCredential });
  const t = track();
  const keys = await Promise.all([1, 2, 3].map(() => s.audioKeys.request(t.gid, t.files[0]!.fileId)));
  for (const k of keys) assert.equal(k.toString('hex'), t.files[0]!.key.toString('hex'));
  const r = refusedTrack();
  await assert.rejects(s.audioKeys.request(r.gid, r.files[0]!.fileId), errWith('ERR_AUDIO_KEY_REFUSED', 1));
  // A slow AP: the request times out instead of hanging.
  const slow = open(emu, { timers: { audioKeyMs: 100 } });
  await slow.login({
    username: a.username,
    authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS,
    authData: a.storedCredential,
  });
  emu.ap.delayReplies(400);
  try {
    await assert.rejects(slow.audioKeys.request(t.gid, t.files[0]!.fileId), errWith('ERR_AUDIO_KEY_TIMEOUT'));
  } finally {
    emu.ap.delayReplies(0);
  }
});

test('keep-alive: Ping → Pong → PongAck on a shortened schedule keeps one connection alive', async () => {
  const quick = await emulator({ ap: { firstPingMs: 50, pingIntervalMs: 100 } });
  try {
    const s = open(quick, {
      timers: { initialPingTimeoutMs: 1_000, pongDelayMs: 30, pongAckTimeoutMs: 500, pingTimeoutMs: 600 },
    });
    const a = quick.accounts.list[0]!;
    await s.login({
      username: a.username,
      authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS,
      authData: a.storedCredential,
    });
    await until(() => quick.ap.pongs >= 5, 3_000, '5 pongs');
    assert.equal(quick.ap.logins, 1, 'no reconnect happened');
    assert.equal(s.state, 'ready');
    // The Pings told the session Spotify's time (here the emulator's clock: the same as ours), to within a second.
    assert.ok(s.clock.uncertaintyMs <= 1000, `server time known (±${s.clock.uncertaintyMs} ms)`);
    assert.ok(Math.abs(s.clock.now() - Date.now()) <= 1000, 'server time from the Pings');
    // A stalled AP (no more pings) is detected by the keep-alive and the session comes back after it.
    quick.ap.stall(true);
    await waitForState(s, 'reconnecting', 3_000);
    quick.ap.stall(false);
    await waitForState(s, 'ready', 5_000);
    assert.equal(quick.ap.logins, 2);
    await s.close();
  } finally {
    await quick.stop();
  }
});

test('faults: AP drops the connection mid-session → reconnect and re-login by itself', async () => {
  const s = open();
  const a = premium();
  await s.login({ username: a.username, authType: AUTH_TYPE.USER_PASS, authData: Buffer.from(a.password) });
  for (let round = 0; round < 3; round++) {
    const logins = emu.ap.logins;
    const back = waitForState(s, 'reconnecting', 2_000).then(() => waitForState(s, 'ready', 5_000));
    emu.ap.dropConnections();
    await back;
    assert.ok(emu.ap.logins > logins);
  }
  const t = track();
  assert.deepEqual(await s.audioKeys.request(t.gid, t.files[0]!.fileId), t.files[0]!.key);
});

test('reconnect limit: only sessions that die right after login count; a healthy one lost again and again comes back at once', async () => {
  const a = premium();
  const creds = { username: a.username, authType: AUTH_TYPE.USER_PASS, authData: Buffer.from(a.password) };
  // Healthy: each session lives past stableSessionMs before it is lost; far more losses than the limit.
  const healthy = open(emu, { timers: { reconnectLimit: 2, reconnectWindowMs: 60_000, stableSessionMs: 200 } });
  await healthy.login(creds);
  for (let round = 0; round < 5; round++) {
    await new Promise((r) => setTimeout(r, 300));
    const back = waitForState(healthy, 'reconnecting', 2_000).then(() => waitForState(healthy, 'ready', 3_000));
    emu.ap.dropConnections();
    await back;
  }
  // Flapping: lost as soon as it logs in; after the limit it waits for the window (state error) instead.
  const flapping = open(emu, { timers: { reconnectLimit: 2, reconnectWindowMs: 60_000, stableSessionMs: 60_000 } });
  await flapping.login(creds);
  await healthy.close();
  const states: string[] = [];
  flapping.on('state', (st) => states.push(st));
  for (let round = 0; round < 4 && !states.includes('error'); round++) {
    const seen = states.length;
    emu.ap.dropConnections();
    await until(() => states.length > seen, 2_000, 'the loss seen');
    await until(() => states.includes('error') || flapping.state === 'ready', 3_000, 'reconnected or waiting');
  }
  assert.ok(states.includes('error'), `the flapping session hit the limit: ${states.join(' ')}`);
});

test('faults: a corrupt MAC and 1 000 corrupt frames → no crash, clean reconnect', async () => {
  // Fault injection hits every connection: only this test's session may be connected.
  for (const other of sessions) await other.close();
  const s = open();
  const a = premium();
  await s.login({ username: a.username, authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS, authData: a.storedCredential });
  const t = track();
  let logins = emu.ap.logins;
  emu.ap.corruptMacs(1);
  await assert.rejects(s.audioKeys.request(t.gid, t.files[0]!.fileId), errWith('ERR_AP_DISCONNECTED'));
  await waitForState(s, 'ready');
  assert.ok(emu.ap.logins > logins);
  logins = emu.ap.logins;
  const lost = waitForState(s, 'reconnecting', 2_000);
  emu.ap.sendGarbage(1000);
  await lost;
  await waitForState(s, 'ready');
  assert.ok(emu.ap.logins > logins);
  assert.deepEqual(await s.audioKeys.request(t.gid, t.files[0]!.fileId), t.files[0]!.key);
});

test('faults: an AP signing with another key is refused with a clear error; the right PEM file is accepted', async () => {
  const other = await emulator({
    apPrivateKeyPem: generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString(),
  });
  try {
    const s = open(other, { serverKey: undefined });
    // No serverKey and an empty endpoints.apKeyFile: Spotify's own key is expected, which the emulator cannot match.
    const a = other.accounts.list[0]!;
    const creds = {
      username: a.username,
      authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS,
      authData: a.storedCredential,
    };
    await assert.rejects(
      s.login(creds),
      (e: Error & { code?: string }) => e.code === 'ERR_AP_HANDSHAKE' && /signature/.test(e.message),
    );
    assert.equal(s.state, 'error');
    const dir = mkdtempSync(join(tmpdir(), 'spotlet-ap-key-'));
    writeFileSync(join(dir, 'wrong.pem'), emu.apPublicKeyPem);
    writeFileSync(join(dir, 'right.pem'), other.apPublicKeyPem);
    const wrong = open(other, {
      serverKey: undefined,
      endpoints: {
        apresolveUrl: other.endpoints.apresolve!,
        accessPoint: other.endpoints.ap!,
        apKeyFile: join(dir, 'wrong.pem'),
        versionString: 'x',
        systemInfo: 'x',
      },
    });
    await assert.rejects(wrong.login(creds), errWith('ERR_AP_HANDSHAKE'));
    const right = open(other, {
      serverKey: undefined,
      endpoints: {
        apresolveUrl: other.endpoints.apresolve!,
        accessPoint: other.endpoints.ap!,
        apKeyFile: join(dir, 'right.pem'),
        versionString: 'x',
        systemInfo: 'x',
      },
    });
    assert.equal((await right.login(creds)).username, a.username);
    await right.close();
    writeFileSync(join(dir, 'garbage.pem'), 'not a key');
    const bad = open(other, {
      serverKey: undefined,
      endpoints: {
        apresolveUrl: other.endpoints.apresolve!,
        accessPoint: other.endpoints.ap!,
        apKeyFile: join(dir, 'garbage.pem'),
        versionString: 'x',
        systemInfo: 'x',
      },
    });
    await assert.rejects(
      bad.login(creds),
      (e: Error & { code?: string }) => e.code === 'ERR_AP_HANDSHAKE' && /garbage\.pem/.test(e.message),
    );
  } finally {
    await other.stop();
  }
});

test('apresolve: the emulator resolver is used; a dead first AP is skipped; a broken resolver falls back', async () => {
  const a = premium();
  const creds = { username: a.username, authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS, authData: a.storedCredential };
  const viaResolver = open(emu, {
    endpoints: {
      apresolveUrl: emu.endpoints.apresolve!,
      accessPoint: '',
      apKeyFile: '',
      versionString: 'x',
      systemInfo: 'x',
    },
  });
  assert.equal((await viaResolver.login(creds)).accessPoint, emu.endpoints.ap);
  await viaResolver.close();

  // A resolver listing a closed port first: the session moves on to the next access point.
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const deadPort = (closed.address() as AddressInfo).port;
  await new Promise<void>((r) => closed.close(() => r()));
  const resolver = createHttpServer((req, res) => {
    if (req.url?.includes('broken')) res.end('{not json');
    else
      res.end(
        JSON.stringify({
          accesspoint: [`127.0.0.1:${deadPort}`, 'bad-entry', emu.endpoints.ap],
          dealer: ['127.0.0.1:1'],
        }),
      );
  });
  await new Promise<void>((r) => resolver.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(resolver.address() as AddressInfo).port}`;
  try {
    const s = open(emu, {
      endpoints: { apresolveUrl: `${base}/`, accessPoint: '', apKeyFile: '', versionString: 'x', systemInfo: 'x' },
    });
    assert.equal((await s.login(creds)).accessPoint, emu.endpoints.ap);
    await s.close();
    const fallback = new EndpointDirectory({ apresolveUrl: `${base}/broken`, log });
    assert.deepEqual(await fallback.candidates('accesspoint', 6), [{ host: 'ap.spotify.com', port: 443 }]);
    const resolved = new EndpointDirectory({ apresolveUrl: `${base}/`, log });
    assert.deepEqual(
      (await resolved.candidates('accesspoint', 6)).map((e) => e.port),
      [deadPort, Number(emu.endpoints.ap!.split(':')[1]), 443],
      "apresolve's order, bad entries dropped, the fallback host last",
    );
    assert.deepEqual(await resolved.candidates('spclient', 6), [{ host: 'spclient.wg.spotify.com', port: 443 }]);
  } finally {
    resolver.close();
  }
});

test('a plaintext APLoginFailed instead of the first encrypted packet is recognised', async () => {
  // A minimal AP that completes the handshake correctly, then answers with the 9-byte plaintext failure.
  const keyPair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const server = createServer(async (socket) => {
    socket.on('error', () => {});
    const reader = new SocketReader(socket);
    try {
      const head = await reader.read(6);
      const hello = Buffer.concat([head, await reader.read(head.readUInt32BE(2) - 6)]);
      const dh = new DhKeyPair();
      const response = apResponsePacket(dh.publicKey, signGs(keyPair.privateKey, dh.publicKey), randomBytes(16));
      deriveKeys(dh.sharedSecret(parseClientHello(hello).gc), Buffer.concat([hello, response]));
      socket.write(response);
      await reader.readPacket(1024);
      socket.end(loginFailedPlaintextPacket(12));
    } catch {
      socket.destroy();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const s = open(emu, {
      serverKey: keyPair.publicKey,
      endpoints: {
        apresolveUrl: emu.endpoints.apresolve!,
        accessPoint: `127.0.0.1:${(server.address() as AddressInfo).port}`,
        apKeyFile: '',
        versionString: 'x',
        systemInfo: 'x',
      },
    });
    await assert.rejects(
      s.login({ username: 'x', authType: AUTH_TYPE.USER_PASS, authData: Buffer.from('y') }),
      errWith('ERR_AP_LOGIN_FAILED', 12),
    );
  } finally {
    server.close();
  }
});

test('an unreachable AP: bounded attempts, typed connect error, no hot loop', async () => {
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((r) => closed.close(() => r()));
  const s = open(emu, {
    endpoints: {
      apresolveUrl: emu.endpoints.apresolve!,
      accessPoint: `127.0.0.1:${port}`,
      apKeyFile: '',
      versionString: 'x',
      systemInfo: 'x',
    },
  });
  await assert.rejects(s.login({ username: 'x', authType: 1, authData: Buffer.from('y') }), errWith('ERR_AP_CONNECT'));
  // In the background (boot), attempts against an AP that hangs up back off instead of spinning.
  let attempts = 0;
  const hangup = createServer((socket) => {
    attempts++;
    socket.destroy();
  });
  await new Promise<void>((r) => hangup.listen(0, '127.0.0.1', r));
  try {
    const b = open(emu, {
      endpoints: {
        apresolveUrl: emu.endpoints.apresolve!,
        accessPoint: `127.0.0.1:${(hangup.address() as AddressInfo).port}`,
        apKeyFile: '',
        versionString: 'x',
        systemInfo: 'x',
      },
    });
    b.start({ username: 'x', authType: 1, authData: Buffer.from('y') });
    await new Promise((r) => setTimeout(r, 700));
    await b.close();
    // A connection already on its way when close() ran may still reach the server: count from here.
    await new Promise((r) => setTimeout(r, 50));
    const settled = attempts;
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(attempts >= 2 && attempts <= 10, `${attempts} attempts in 700 ms`);
    assert.equal(attempts, settled, 'no attempts after close');
  } finally {
    hangup.close();
  }
});

test('hostile peers: junk to the emulated AP and junk from a fake AP are typed errors, never crashes', async () => {
  // Client side: an "AP" answering the ClientHello with garbage of various shapes.
  const replies = [
    randomBytes(1000),
    Buffer.from([0, 0, 0, 2]),
    Buffer.from([0xff, 0xff, 0xff, 0xff, 1, 2, 3]),
    Buffer.concat([Buffer.from([0, 0, 0, 40]), randomBytes(36)]),
  ];
  for (const reply of replies) {
    const fake = createServer((socket) => {
      socket.on('error', () => {});
      socket.once('data', () => socket.end(reply));
    });
    await new Promise<void>((r) => fake.listen(0, '127.0.0.1', r));
    try {
      const s = open(emu, {
        endpoints: {
          apresolveUrl: emu.endpoints.apresolve!,
          accessPoint: `127.0.0.1:${(fake.address() as AddressInfo).port}`,
          apKeyFile: '',
          versionString: 'x',
          systemInfo: 'x',
        },
      });
      await assert.rejects(
        s.login({ username: 'x', authType: 1, authData: Buffer.from('y') }),
        (e: Error & { code?: string }) =>
          ['ERR_AP_PROTOCOL', 'ERR_AP_HANDSHAKE', 'ERR_AP_DISCONNECTED'].includes(e.code ?? ''),
      );
    } finally {
      fake.close();
    }
  }
  // Emulator side: junk, a truncated hello, an absurd length and an invalid DH key; the AP keeps serving.
  const [host, port] = [emu.endpoints.ap!.split(':')[0]!, Number(emu.endpoints.ap!.split(':')[1])];
  const { connect } = await import('node:net');
  const badGc = clientHelloPacket(Buffer.from([1]), randomBytes(16), { version: 1, platform: 17 });
  for (const junk of [
    randomBytes(500),
    Buffer.from([0, 4, 0, 0]),
    Buffer.from([0, 4, 0x7f, 0xff, 0xff, 0xff]),
    badGc,
  ]) {
    await new Promise<void>((resolve) => {
      const c = connect(port, host, () => c.end(junk));
      c.on('error', () => resolve());
      c.on('close', () => resolve());
      c.resume();
      setTimeout(() => c.destroy(), 500);
    });
  }
  const a = premium();
  const s = open();
  assert.equal(
    (
      await s.login({
        username: a.username,
        authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS,
        authData: a.storedCredential,
      })
    ).username,
    a.username,
  );
});
