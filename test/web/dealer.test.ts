import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { once } from 'node:events';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { createLogger, setLogSink } from '../../src/core/log.js';
import { DealerClient, decodePayload, type DealerMessage } from '../../src/web/index.js';

const log = createLogger('test');

/** A bare dealer on loopback that records what the client sends, so the client is tested frame by frame. */
async function startDealer(): Promise<{
  url: string;
  sockets: WebSocket[];
  frames: Record<string, unknown>[];
  tokens: string[];
  close: () => Promise<void>;
}> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(wss, 'listening');
  const sockets: WebSocket[] = [];
  const frames: Record<string, unknown>[] = [];
  const tokens: string[] = [];
  wss.on('connection', (ws, req) => {
    tokens.push(new URL(req.url ?? '/', 'http://x').searchParams.get('access_token') ?? '');
    sockets.push(ws);
    const id = `conn-${sockets.length}`;
    ws.on('message', (d) => frames.push(JSON.parse(d.toString()) as Record<string, unknown>));
    ws.send(
      JSON.stringify({
        type: 'message',
        method: 'PUT',
        uri: `hm://pusher/v1/connections/${id}`,
        headers: { 'Spotify-Connection-Id': id },
      }),
    );
  });
  const { port } = wss.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    sockets,
    frames,
    tokens,
    close: () =>
      new Promise((r) => {
        for (const ws of wss.clients) ws.terminate();
        wss.close(() => r());
      }),
  };
}

async function waitFor(cond: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

test('decodePayload: base64, base64+gzip, JSON objects, nothing; unknown encodings are refused', () => {
  const body = Buffer.from('{"hello":"world"}');
  assert.deepEqual(decodePayload({}, body.toString('base64')), body);
  assert.deepEqual(decodePayload({ 'Transfer-Encoding': 'gzip' }, gzipSync(body).toString('base64')), body);
  assert.deepEqual(JSON.parse(decodePayload({}, { a: 1 }).toString()), { a: 1 });
  assert.equal(decodePayload({}, undefined).length, 0);
  assert.throws(() => decodePayload({ 'Transfer-Encoding': 'br' }, 'AAAA'), /unsupported Transfer-Encoding/);
});

test('dealer client: connection id, gzip messages, one reply per request, pings, reconnect after a drop', async () => {
  const srv = await startDealer();
  let tokenN = 0;
  const dealer = new DealerClient({
    url: async () => srv.url,
    token: async () => `tok-${++tokenN}`,
    log,
    pingIntervalMs: 100,
    reconnectMinMs: 50,
    reconnectMaxMs: 200,
  });
  const ids: string[] = [];
  const messages: DealerMessage[] = [];
  const requests: unknown[] = [];
  dealer.on('connection-id', (id) => ids.push(id));
  dealer.on('message', (m) => messages.push(m));
  dealer.on('request', (req, reply) => {
    requests.push(req.body);
    reply(true);
    reply(true); // a second reply must not reach the wire
  });
  try {
    dealer.start();
    await waitFor(() => ids.length === 1, 'first connection id');
    assert.equal(dealer.connectionId, 'conn-1');
    assert.equal(srv.tokens[0], 'tok-1');
    const ws = srv.sockets[0]!;

    // A gzipped push reaches the listener decoded; a garbage frame is ignored without killing the connection.
    const push = Buffer.from('cluster-update-bytes');
    ws.send('not json');
    ws.send(
      JSON.stringify({
        type: 'message',
        uri: 'hm://connect-state/v1/cluster',
        headers: { 'Transfer-Encoding': 'gzip' },
        payloads: [gzipSync(push).toString('base64')],
      }),
    );
    await waitFor(() => messages.length === 1, 'push');
    assert.equal(messages[0]!.uri, 'hm://connect-state/v1/cluster');
    assert.deepEqual(messages[0]!.payload, push);

    // Requests: a good one is answered success:true exactly once, an undecodable one success:false.
    const cmd = { message_id: 7, command: { endpoint: 'pause' } };
    ws.send(
      JSON.stringify({
        type: 'request',
        key: 'k1',
        message_ident: 'hm://connect-state/v1/player/command',
        headers: { 'Transfer-Encoding': 'gzip' },
        payload: { compressed: gzipSync(JSON.stringify(cmd)).toString('base64') },
      }),
    );
    ws.send(
      JSON.stringify({
        type: 'request',
        key: 'k2',
        message_ident: 'hm://connect-state/v1/player/command',
        headers: {},
        payload: { compressed: Buffer.from('{broken').toString('base64') },
      }),
    );
    await waitFor(() => srv.frames.filter((f) => f.type === 'reply').length === 2, 'two replies');
    await new Promise((r) => setTimeout(r, 50));
    const replies = srv.frames.filter((f) => f.type === 'reply');
    assert.deepEqual(replies, [
      { type: 'reply', key: 'k1', payload: { success: true } },
      { type: 'reply', key: 'k2', payload: { success: false } },
    ]);
    assert.deepEqual(requests, [cmd]);

    // Pings go out on the interval.
    await waitFor(() => srv.frames.filter((f) => f.type === 'ping').length >= 2, 'pings', 2000);

    // The server drops us: the client reconnects with a fresh token and announces the new connection id.
    ws.terminate();
    await waitFor(() => ids.length === 2, 'reconnect');
    assert.equal(dealer.connectionId, 'conn-2');
    assert.equal(srv.tokens[1], 'tok-2');
  } finally {
    dealer.close();
    await srv.close();
  }
});

test('dealer client: an unreachable dealer is retried with growing, bounded delays — no hot loop', async () => {
  const srv = await startDealer();
  const url = srv.url;
  await srv.close();
  const tries: number[] = [];
  // The delays the client chose, as it logs them.
  const delays: number[] = [];
  const restore = setLogSink((line) => {
    const r = JSON.parse(line) as { msg?: string; inMs?: number };
    if (r.msg === 'dealer reconnecting' && typeof r.inMs === 'number') delays.push(r.inMs);
  });
  const dealer = new DealerClient({
    url: async () => {
      tries.push(performance.now());
      return url;
    },
    token: async () => 't',
    log,
    reconnectMinMs: 50,
    reconnectMaxMs: 200,
  });
  dealer.start();
  await new Promise((r) => setTimeout(r, 1000));
  await dealer.close();
  restore();
  const after = tries.length;
  await new Promise((r) => setTimeout(r, 300));
  // 50, 100, 200, 200, ... ms with jitter in [base/2, base]: at most ~12 tries in a second, at least 3.
  assert.ok(tries.length >= 3 && tries.length <= 14, `attempts ${tries.length}`);
  assert.equal(tries.length, after, 'no attempts after close()');
  // The steps double up to the cap (50, 100, 200, 200… ms), each wait jittered within [step/2, step], and the
  // client really waited that long between tries.
  assert.ok(delays.length >= 3, `delays ${delays}`);
  delays.forEach((d, i) => {
    const step = Math.min(200, 50 * 2 ** i);
    assert.ok(d >= step / 2 - 1 && d <= step + 1, `delay ${i + 1}: ${d} ms, in [${step / 2}, ${step}]`);
  });
  const gaps = tries.slice(1).map((t, i) => t - tries[i]!);
  for (const [i, gap] of gaps.entries())
    assert.ok(gap >= delays[i]! - 5, `wait ${i + 1}: ${gap.toFixed(0)} ms, at least ${delays[i]} ms`);
});

test('dealer client: a token the dealer refuses (401) is dropped and the retry carries a fresh one', {
  timeout: 10_000,
}, async () => {
  const wss = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    verifyClient: (info, cb) => cb(!info.req.url?.includes('access_token=stale'), 401),
  });
  await once(wss, 'listening');
  const seen: string[] = [];
  wss.on('connection', (ws, req) => {
    seen.push(req.url ?? '');
    ws.send(
      JSON.stringify({
        type: 'message',
        uri: 'hm://pusher/v1/connections/c1',
        headers: { 'Spotify-Connection-Id': 'c1' },
      }),
    );
  });
  let token = 'stale';
  let invalidations = 0;
  const dealer = new DealerClient({
    url: async () => `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`,
    token: async () => token,
    onUnauthorized: () => {
      invalidations++;
      token = 'fresh';
    },
    log,
    reconnectMinMs: 50,
  });
  try {
    const id = once(dealer, 'connection-id');
    dealer.start();
    assert.deepEqual(await id, ['c1']);
    assert.equal(invalidations, 1);
    assert.equal(seen.length, 1);
    assert.match(seen[0]!, /access_token=fresh/);
  } finally {
    dealer.close();
    for (const ws of wss.clients) ws.terminate();
    await new Promise<void>((r) => wss.close(() => r()));
  }
});
