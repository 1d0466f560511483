/**
 * Hostile input to the local API, as the zeroconf server gets it: thousands of malformed requests, garbage on
 * raw sockets, slow clients, oversized bodies and frames, websocket abuse. Every request is answered, nothing
 * malformed gets past the decoder, and afterwards the speaker still plays and the API still works.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { ApiServer, apiSection } from '../../src/api/index.js';
import { createLogger, setLogSink } from '../../src/core/log.js';
import { Catalog } from '../../tools/emulator/catalog.js';
import type { ConnectCloud } from '../../tools/emulator/index.js';
import { makeSampleCatalog } from '../../tools/emulator/sample-catalog.js';
import { emulator, until } from '../ap/helpers.js';
import { oggdecReference } from '../audio/support.js';
import { emulatedSpeaker } from '../connect/support.js';
import { httpCall } from './support.js';

const catalog = Catalog.load(
  makeSampleCatalog(mkdtempSync(join(tmpdir(), 'spotlet-api-hostile-cat-')), { tracks: 3, seconds: 30 }),
);
const album = catalog.contexts.find((c) => c.type === 'album')!;
const references = catalog.tracks
  .filter((x) => !x.refused)
  .map((x) => ({ uri: x.uri, pcm: oggdecReference(x.files[0]!.path) }));

/** Deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TOKEN = 'hostile-test-token-0123456789';

test('10 000 hostile API requests: every one answered, none malformed let through, the speaker still plays', async (t) => {
  const emu = await emulator({ catalog });
  const sp = await emulatedSpeaker(emu, 'Hostile', references, '[api]\nenabled = false\n');
  const cloud = emu.services.get('dealer') as ConnectCloud;
  const account = emu.accounts.list[0]!;
  const id = sp.speaker.state.deviceId;
  const lines: string[] = [];
  const restore = setLogSink((l) => lines.push(l));
  // The API server as the speaker runs it, with a token, a short request timeout (slow clients) and a rate
  // limit high enough that the requests reach the decoder.
  const api = new ApiServer({
    config: { ...defaults(), port: 0, token: TOKEN, rate_limit: 10_000 },
    port: sp.speaker.port,
    log: createLogger('hostile.api'),
    requestTimeoutMs: 1000,
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  try {
    assert.equal((await sp.login(account)).activeUser, account.username);
    await until(() => cloud.cluster(account.username).devices.has(id), 8000, 'registered');
    assert.equal(await cloud.command(account.username, id, { endpoint: 'play', context: { uri: album.uri } }), true);
    await until(() => cloud.cluster(account.username).playerState?.isPlaying === true, 8000, 'playing');
    await api.start();
    const port = api.address!.port;
    const auth = { Authorization: `Bearer ${TOKEN}` };

    const rand = rng(20261207);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const randomText = (n: number): string =>
      Array.from({ length: n }, () => String.fromCharCode(Math.floor(rand() * 0x2ff))).join('');
    const randomAscii = (n: number): string =>
      Array.from({ length: n }, () => String.fromCharCode(0x21 + Math.floor(rand() * 94))).join('');
    const PATHS = [
      '/',
      '/status',
      '/events',
      '/token',
      '/web-api/v1/me',
      '/player/play',
      '/player/resume',
      '/player/pause',
      '/player/playpause',
      '/player/next',
      '/player/prev',
      '/player/seek',
      '/player/volume',
      '/player/repeat_context',
      '/player/repeat_track',
      '/player/shuffle_context',
      '/player/add_to_queue',
      '/player/sleep_timer',
    ];
    const BODY_PATHS = PATHS.filter((p) => p.startsWith('/player/'));
    const weird = (): unknown =>
      pick([
        null,
        true,
        -1,
        0,
        1.5,
        1e308,
        -(2 ** 60),
        Number.MAX_SAFE_INTEGER,
        '',
        'spotify:track:',
        `spotify:track:${randomText(22)}`,
        randomText(Math.floor(rand() * 300)),
        [],
        [1, 2],
        {},
        { uri: 'spotify:album:x' },
      ]);
    const randomBody = (): string => {
      const keys = ['uri', 'skip_to_uri', 'paused', 'position', 'relative', 'volume', 'repeat_context', 'repeat_track'];
      const o: Record<string, unknown> = {};
      for (const k of [...keys, 'shuffle_context', 'type', 'minutes', randomText(4)]) if (rand() < 0.4) o[k] = weird();
      return JSON.stringify(o);
    };
    type Req = { method: string; path: string; body?: string; headers?: Record<string, string>; may500?: boolean };
    const generators: (() => Req)[] = [
      // Bodies of the wrong shape and type.
      () => ({ method: 'POST', path: pick(BODY_PATHS), body: randomBody() }),
      () => ({ method: 'POST', path: pick(BODY_PATHS), body: randomText(Math.floor(rand() * 500)) }),
      () => ({ method: 'POST', path: pick(BODY_PATHS), body: randomBody().slice(0, Math.floor(rand() * 20)) }),
      () => ({ method: 'POST', path: pick(BODY_PATHS), body: pick(['[', '{', '"', 'null', '[]', '1', '{"a":']) }),
      () => ({ method: 'POST', path: '/player/play', body: `${'['.repeat(8000)}${']'.repeat(8000)}` }),
      // Too large.
      () => ({
        method: 'POST',
        path: pick(BODY_PATHS),
        body: `{"uri":"${'x'.repeat(17_000 + Math.floor(rand() * 60_000))}"}`,
      }),
      // Wrong methods, unknown and odd paths, bad targets.
      () => ({ method: pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'GET']), path: pick(PATHS) }),
      () => ({
        method: 'GET',
        path: `/${encodeURIComponent(randomText(30))}?x=%zz&${encodeURIComponent(randomText(5))}`,
      }),
      () => ({ method: 'GET', path: `/player/${'a/'.repeat(Math.floor(rand() * 200))}` }),
      () => ({ method: pick(['GET', 'POST']), path: pick(['http://[', '//[::1/status', '/status/../token', '/%00']) }),
      // Headers: no token, a wrong one, a giant one, a page of another origin.
      () => ({ method: 'GET', path: pick(PATHS), headers: {} }),
      () => ({
        method: 'GET',
        path: '/status',
        headers: { Authorization: `Bearer ${randomAscii(Math.floor(rand() * 2000))}` },
      }),
      () => ({
        method: 'GET',
        path: '/status',
        headers: { ...auth, Origin: pick(['http://evil.example', 'null', '%']) },
      }),
      // Now and then a well-formed command with arbitrary valid values: carried out, the speaker takes it.
      () =>
        rand() < 0.1
          ? pick<Req>([
              {
                method: 'POST',
                path: '/player/seek',
                body: JSON.stringify({ position: Math.floor(rand() * 60_000) - 20_000, relative: true }),
              },
              { method: 'POST', path: '/player/volume', body: JSON.stringify({ volume: Math.floor(rand() * 200) }) },
              {
                method: 'POST',
                path: '/player/play',
                body: JSON.stringify({ uri: `spotify:playlist:${'A'.repeat(22)}`, paused: true }),
                may500: true,
              },
            ])
          : { method: 'POST', path: '/player/seek', body: JSON.stringify({ position: -1 - Math.floor(rand() * 1e6) }) },
    ];
    const TOTAL = 10_000;
    const answered = new Map<number, number>();
    let dropped = 0;
    const unexpected: string[] = [];
    const send = (r: Req): Promise<void> =>
      new Promise((resolve) => {
        const req = request(
          { host: '127.0.0.1', port, method: r.method, path: r.path, agent, headers: r.headers ?? auth },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const status = res.statusCode ?? 0;
              answered.set(status, (answered.get(status) ?? 0) + 1);
              if (
                (status >= 500 && status !== 501 && !(status === 500 && r.may500)) ||
                (status === 200 && r.body && /uri":"x{1000}/.test(r.body))
              )
                unexpected.push(`${r.method} ${r.path} ${r.body?.slice(0, 80)} → ${status}`);
              if (r.method !== 'HEAD' && status !== 204 && status !== 101) {
                const text = Buffer.concat(chunks).toString();
                try {
                  JSON.parse(text);
                } catch {
                  unexpected.push(
                    `${r.method} ${r.path} → ${status} with a body that is not JSON: ${text.slice(0, 60)}`,
                  );
                }
              }
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
    // Meanwhile: raw garbage, slow clients, websocket abuse.
    const rawGarbage = Array.from(
      { length: 20 },
      (_, i) =>
        new Promise<void>((resolve) => {
          const s = connect(port, '127.0.0.1', () =>
            s.write(
              i % 2
                ? Buffer.from(randomText(300))
                : 'POST /player/play HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n',
            ),
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
            s.write(
              `POST /player/play HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Length: 100\r\n\r\n{`,
            ),
          );
          let got = '';
          s.on('data', (d) => (got += d.toString()));
          s.on('close', () => resolve(got));
          s.on('error', () => resolve(got));
        }),
    );
    const sockets = Array.from({ length: 40 }, (_, i) => wsAbuse(port, i));
    await Promise.all([...Array.from({ length: 16 }, worker), ...rawGarbage]);
    const slowAnswers = await Promise.all(slow);
    const wsOutcomes = await Promise.all(sockets);

    t.diagnostic(
      `answers ${JSON.stringify([...answered].sort((a, b) => a[0] - b[0]))}; websockets ${wsOutcomes.join(',')}`,
    );
    const total = [...answered.values()].reduce((a, b) => a + b, 0);
    assert.equal(dropped, 0, 'no request was dropped without an answer');
    assert.equal(total, TOTAL);
    assert.deepEqual(unexpected.slice(0, 10), [], 'no server error, every body JSON');
    for (const s of [200, 400, 401, 403, 404, 405, 413, 426, 501])
      assert.ok((answered.get(s) ?? 0) > 0, `status ${s} seen: ${JSON.stringify([...answered])}`);
    for (const a of slowAnswers) assert.match(a, /^HTTP\/1.1 408/, 'slow clients are cut off with 408');
    assert.ok(
      wsOutcomes.every((o) => o !== 'hung'),
      `websocket abuse: ${wsOutcomes.join(', ')}`,
    );

    // Afterwards: the API answers, the speaker plays on (the app sees it), a normal command works.
    const status = await httpCall(port, 'GET', '/status', undefined, auth);
    assert.equal(status.status, 200);
    assert.equal(await cloud.command(account.username, id, { endpoint: 'resume' }), true);
    await until(() => sp.speaker.port.status().playing && !sp.speaker.port.status().paused, 5000, 'playing');
    const before = sp.frames();
    await until(() => sp.frames() > before + 44_100, 5000, 'audio still flowing');
    assert.equal((await httpCall(port, 'POST', '/player/pause', undefined, auth)).status, 200);
    await until(() => sp.speaker.port.status().paused, 3000, 'paused by the API');
    const byMsg = new Map<string, number>();
    for (const l of lines) {
      const m = JSON.parse(l) as { part: string; msg: string };
      byMsg.set(`${m.part}: ${m.msg}`, (byMsg.get(`${m.part}: ${m.msg}`) ?? 0) + 1);
    }
    t.diagnostic(`log lines ${JSON.stringify([...byMsg])}`);
    const apiLines = lines.filter((l) => l.includes('"part":"hostile.api"'));
    assert.ok(apiLines.length < 100, `refusals are logged with a rate limit (${apiLines.length} lines)`);
    assert.ok(!apiLines.some((l) => l.includes('"level":"error"')), 'nothing hostile is an internal error');
    assert.ok(!lines.some((l) => l.includes(TOKEN)), 'the token is never logged');
  } finally {
    agent.destroy();
    await api.stop();
    restore();
    await sp.stop();
    await emu.stop();
  }
});

function defaults() {
  const d = Object.fromEntries(Object.entries(apiSection.fields).map(([k, f]) => [k, f.default]));
  return d as {
    enabled: boolean;
    address: string;
    port: number;
    token: string;
    allow_origins: string[];
    rate_limit: number;
  };
}

/** One websocket misuse; resolves with what happened ('hung' if the server never ended it). */
function wsAbuse(port: number, i: number): Promise<string> {
  return new Promise((resolve) => {
    const done = (what: string) => {
      clearTimeout(timer);
      resolve(what);
    };
    const timer = setTimeout(() => done('hung'), 10_000);
    const kind = i % 4;
    if (kind === 0) {
      // An upgrade with a broken handshake.
      const s = connect(port, '127.0.0.1', () =>
        s.write(
          `GET /events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 99\r\n\r\n`,
        ),
      );
      s.on('data', () => s.destroy());
      s.on('close', () => done('refused'));
      s.on('error', () => done('refused'));
      return;
    }
    const ws = new WebSocket(`ws://127.0.0.1:${port}/events`, {
      headers: kind === 1 ? {} : { Authorization: `Bearer ${TOKEN}` },
    });
    ws.on('error', () => done('refused'));
    ws.on('close', (code) => done(`closed ${code}`));
    ws.on('open', () => {
      if (kind === 2)
        ws.send(Buffer.alloc(64 * 1024, 7)); // over the 4 KiB frame limit: closed
      else {
        ws.send('hello'); // ignored, like go-librespot
        setTimeout(() => ws.close(), 200);
      }
    });
  });
}
