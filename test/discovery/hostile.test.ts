import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, setLogSink } from '../../src/core/log.js';
import { StateStore } from '../../src/core/state.js';
import { ControllerKey, buildAddUserBlob } from '../../tools/phone/index.js';
import { http, startServer } from './support.js';

/** Deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SECRET = Buffer.from('alice-reusable-credential-0123456789');

test('10 000 hostile zeroconf requests: every one answered, getInfo still works, stored credentials intact', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-hostile-'));
  const lines: string[] = [];
  const restore = setLogSink((l) => lines.push(l));
  const state = new StateStore(dir, createLogger('state'));
  await state.open();
  const server = await startServer(
    {
      login: async (c) => {
        await state.saveCredentials(c);
        return { username: c.username };
      },
    },
    { deviceId: state.deviceId, requestTimeoutMs: 1000, maxBodyBytes: 16 * 1024 },
  );
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  try {
    const port = server.port;
    const info = await http(port, 'GET', '/?action=getInfo');
    const key = new ControllerKey();
    const shared = key.sharedSecret(Buffer.from(String(info.body.publicKey), 'base64'));
    const good = {
      action: 'addUser',
      userName: 'alice',
      blob: buildAddUserBlob({
        deviceId: state.deviceId,
        userName: 'alice',
        authType: 1,
        authData: SECRET,
        sharedSecret: shared,
      }),
      clientKey: key.publicKey.toString('base64'),
    };
    assert.equal((await http(port, 'POST', '/', good)).body.status, 101);
    const storedBefore = readFileSync(join(dir, 'credentials.json'));

    const rand = rng(20261122);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const blobBytes = Buffer.from(good.blob, 'base64');
    const goodBody = new URLSearchParams(good).toString();
    const mutate = (b: Buffer): Buffer => {
      const m = Buffer.from(b);
      for (let i = 0; i < 1 + Math.floor(rand() * 4); i++)
        m[Math.floor(rand() * m.length)] ^= 1 + Math.floor(rand() * 255);
      return m;
    };
    const randomText = (n: number): string =>
      Array.from({ length: n }, () => String.fromCharCode(Math.floor(rand() * 0x2ff))).join('');
    type Req = { method: string; path: string; body?: string };
    const generators: (() => Req)[] = [
      () => ({
        method: 'POST',
        path: '/',
        body: new URLSearchParams({ ...good, blob: mutate(blobBytes).toString('base64') }).toString(),
      }), // wrong MAC
      () => ({
        method: 'POST',
        path: '/',
        body: new URLSearchParams({
          ...good,
          blob: blobBytes.subarray(0, Math.floor(rand() * blobBytes.length)).toString('base64'),
        }).toString(),
      }), // truncated
      // bad base64
      () => ({ method: 'POST', path: '/', body: new URLSearchParams({ ...good, blob: randomText(50) }).toString() }),
      () => ({
        method: 'POST',
        path: '/',
        body: new URLSearchParams({ ...good, clientKey: mutate(key.publicKey).toString('base64') }).toString(),
      }), // other key
      () => ({
        method: 'POST',
        path: '/',
        body: new URLSearchParams({
          ...good,
          clientKey: Buffer.from(randomText(130))
            .toString('base64')
            .slice(0, Math.floor(rand() * 200)),
        }).toString(),
      }),
      () => ({
        method: 'POST',
        path: '/',
        body: new URLSearchParams({ ...good, userName: randomText(Math.floor(rand() * 400)) }).toString(),
      }), // key mismatch / too long
      () => {
        const f: Record<string, string> = { ...good };
        delete f[pick(['userName', 'blob', 'clientKey'])];
        return { method: 'POST', path: '/', body: new URLSearchParams(f).toString() };
      },
      // truncated body
      () => ({ method: 'POST', path: '/', body: goodBody.slice(0, Math.floor(rand() * (goodBody.length - 1))) }),
      () => ({ method: 'POST', path: '/', body: randomText(Math.floor(rand() * 600)) }), // garbage form
      // unknown action
      () => ({ method: pick(['GET', 'POST']), path: `/?action=${encodeURIComponent(randomText(8))}` }),
      // wrong methods
      () => ({ method: pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']), path: '/?action=getInfo' }),
      () => ({ method: 'GET', path: `/${encodeURIComponent(randomText(20))}?action=getInfo&x=%zz` }),
      () => ({
        method: pick(['GET', 'POST']),
        path: pick(['http://[', 'http://x:99999/?action=getInfo', '//[::1/?action=addUser']),
      }), // invalid request targets
      // giant body
      () => ({ method: 'POST', path: '/', body: `action=addUser&${'x'.repeat(20_000 + Math.floor(rand() * 50_000))}` }),
    ];
    const TOTAL = 10_000;
    const answered = new Map<number, number>();
    let dropped = 0;
    let acceptedAddUser = 0;
    const send = (r: Req): Promise<void> =>
      new Promise((resolve) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            method: r.method,
            path: r.path,
            agent,
            headers: r.body !== undefined ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {},
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              if (r.method !== 'HEAD') {
                const status = (JSON.parse(Buffer.concat(chunks).toString()) as { status: number }).status;
                answered.set(status, (answered.get(status) ?? 0) + 1);
                if (status === 101 && r.body?.includes('action=addUser')) acceptedAddUser++;
              } else answered.set(0, (answered.get(0) ?? 0) + 1);
              resolve();
            });
          },
        );
        req.on('error', () => {
          dropped++;
          resolve();
        });
        req.end(r.body);
      });
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < TOTAL) {
        next++;
        await send(pick(generators)());
      }
    };
    // Meanwhile: raw garbage and slow clients on their own sockets.
    const rawGarbage = Array.from(
      { length: 20 },
      (_, i) =>
        new Promise<void>((resolve) => {
          const s = connect(port, '127.0.0.1', () =>
            s.write(i % 2 ? Buffer.from(randomText(300)) : 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n'),
          );
          s.on('data', () => {});
          s.on('error', () => resolve());
          s.on('close', () => resolve());
          setTimeout(() => s.destroy(), 3000).unref();
        }),
    );
    const slow = Array.from(
      { length: 5 },
      () =>
        new Promise<string>((resolve) => {
          const s = connect(port, '127.0.0.1', () =>
            s.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\naction='),
          );
          let got = '';
          s.on('data', (d) => (got += d.toString()));
          s.on('close', () => resolve(got));
          s.on('error', () => resolve(got));
        }),
    );
    await Promise.all([...Array.from({ length: 16 }, worker), ...rawGarbage]);
    const slowAnswers = await Promise.all(slow);

    const total = [...answered.values()].reduce((a, b) => a + b, 0);
    assert.equal(dropped, 0, 'no request was dropped without an answer');
    assert.equal(total, TOTAL);
    assert.equal(acceptedAddUser, 0, 'no mutated addUser was accepted');
    assert.equal(answered.get(103) ?? 0, 0, 'no garbage reached the "unknown error" fallback');
    for (const s of [101, 102, 203, 301, 302, 303])
      assert.ok((answered.get(s) ?? 0) > 0, `status ${s} seen: ${JSON.stringify([...answered])}`);
    for (const a of slowAnswers) assert.match(a, /^HTTP\/1.1 408/, 'slow clients are cut off with 408');

    const after = await http(port, 'GET', '/?action=getInfo');
    assert.equal(after.body.status, 101);
    assert.equal(after.body.activeUser, 'alice');
    assert.deepEqual(readFileSync(join(dir, 'credentials.json')), storedBefore, 'stored credentials untouched');
    assert.ok(lines.length < 100, `refusals are logged with a rate limit (${lines.length} lines)`);
    const secretB64 = SECRET.toString('base64');
    assert.ok(
      !lines.some((l) => l.includes(SECRET.toString()) || l.includes(secretB64) || l.includes(good.blob.slice(0, 40))),
      'no secret in the log',
    );
  } finally {
    agent.destroy();
    await server.stop();
    restore();
    rmSync(dir, { recursive: true, force: true });
  }
});
