import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Backoff } from '../../src/core/backoff.js';

test('backoff doubles from the first delay to the cap, never sooner than Retry-After, and starts over on reset', () => {
  const b = new Backoff({ firstMs: 500, maxMs: 4000 });
  assert.deepEqual(
    Array.from({ length: 6 }, () => b.next()),
    [500, 1000, 2000, 4000, 4000, 4000],
  );
  assert.equal(b.failures, 6);
  assert.equal(b.next(9000), 9000, 'Retry-After longer than the step wins');
  b.reset();
  assert.equal(b.next(100), 500, 'a shorter Retry-After does not shorten the step');
  assert.ok(!b.ready() && b.remainingMs() > 0, 'the delay of the last failure is running');
  b.reset();
  assert.ok(b.ready());
});

test('jittered delays stay within their step', () => {
  const b = new Backoff({ firstMs: 1000, maxMs: 8000, jitter: 0.5 });
  for (let round = 0; round < 200; round++) {
    b.reset();
    const [d1, d2, d3] = [b.next(), b.next(), b.next()];
    assert.ok(d1! >= 500 && d1! <= 1000, `first ${d1}`);
    assert.ok(d2! >= 1000 && d2! <= 2000, `second ${d2}`);
    assert.ok(d3! >= 2000 && d3! <= 4000, `third ${d3}`);
  }
});

test('retryNow ends a pending wait at once and forgets the failures; abort ends it with false', async () => {
  const b = new Backoff({ firstMs: 60_000, maxMs: 60_000 });
  const waited = b.wait(b.next());
  assert.equal(b.retryNow(), true);
  assert.equal(await waited, true);
  assert.equal(b.failures, 0);
  assert.equal(b.retryNow(), false, 'nothing was waiting any more');
  const ac = new AbortController();
  const aborted = b.wait(b.next(), ac.signal);
  ac.abort();
  assert.equal(await aborted, false);
});
