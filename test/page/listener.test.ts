/**
 * The page's listener between two speakers (a restart in place): requests wait for the next page and are
 * answered by it in the order they came; a flood in the gap is told to come back, not queued without end; a
 * websocket is told to connect again; a close ends what waited.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { createLogger, ThrottledLog } from '../../src/core/log.js';
import { PageListener } from '../../src/page/index.js';
import { call } from './support.js';

const refusals = new ThrottledLog(createLogger('test'), 'page');

/** `p`, or a failure once `ms` passed (what does not come must fail the test, not hang it). */
function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

test('requests that come while no page serves wait for the next one; beyond 64 they are told to come back', {
  timeout: 20_000,
}, async () => {
  const listener = await PageListener.open(0, refusals, 10_000);
  const port = listener.address.port;
  const served: string[] = [];
  const page = (name: string) => ({
    request: (req: IncomingMessage, res: ServerResponse) => {
      served.push(`${name} ${req.url}`);
      res.end(name);
    },
    upgrade: () => assert.fail('no websocket here'),
  });
  try {
    listener.serve(page('old'));
    assert.equal((await call(port, 'GET', '/a')).text, 'old');
    listener.pause();
    const waiting = Array.from({ length: 70 }, (_, i) => call(port, 'GET', `/${i}`));
    // The last six find the queue full at once; the others are still waiting.
    const early = await within(Promise.all(waiting.slice(64)), 5000, 'the requests beyond the queue');
    for (const r of early) {
      assert.equal(r.status, 503);
      assert.equal(r.headers['retry-after'], '1');
      assert.match(r.text, /restarting/);
    }
    assert.deepEqual(served, ['old /a'], 'nothing answered while no page serves');
    listener.serve(page('new'));
    const answered = await within(Promise.all(waiting.slice(0, 64)), 5000, 'the requests that waited');
    assert.deepEqual(
      answered.map((r) => `${r.status} ${r.text}`),
      answered.map(() => '200 new'),
    );
    assert.equal(served.length, 65);
    assert.ok(served.slice(1).every((s) => s.startsWith('new ')));
  } finally {
    await listener.close();
  }
});

test('a websocket asked for while no page serves is told to come back; a close ends the requests that waited', {
  timeout: 20_000,
}, async () => {
  const listener = await PageListener.open(0, refusals, 10_000);
  const port = listener.address.port;
  try {
    listener.pause();
    const reply = await within(
      new Promise<string>((resolve, reject) => {
        const s = connect(port, '127.0.0.1', () =>
          s.write(
            'GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
              'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
          ),
        );
        let text = '';
        s.on('data', (c: Buffer) => {
          text += c.toString();
        });
        s.on('end', () => resolve(text));
        s.on('error', reject);
      }),
      5000,
      'the answer to a websocket',
    );
    assert.match(reply, /^HTTP\/1.1 503 /);
    const waiting = call(port, 'GET', '/page/state').then(
      () => 'answered',
      (err: NodeJS.ErrnoException) => err.code,
    );
    await new Promise((r) => setTimeout(r, 100));
    await listener.close();
    assert.equal(await within(waiting, 5000, 'the request that waited'), 'ECONNRESET');
    await assert.rejects(call(port, 'GET', '/page/state'), { code: 'ECONNREFUSED' });
  } finally {
    await listener.close();
  }
});
