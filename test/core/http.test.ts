import assert from 'node:assert/strict';
import test from 'node:test';
import { retryAfterMs } from '../../src/core/http.js';

test('Retry-After: seconds as given; an HTTP date measured from the server’s Date, not a wall clock years off', () => {
  assert.equal(retryAfterMs({ 'retry-after': '3' }), 3000);
  assert.equal(retryAfterMs({ 'retry-after': '600' }), 10_000, 'capped');
  assert.equal(retryAfterMs({}), undefined);
  assert.equal(retryAfterMs({ 'retry-after': 'soon' }), undefined);
  // The server says 7 s from its own now; this machine's clock (no RTC, before NTP) is in 1970 or far ahead.
  const headers = { date: 'Mon, 07 Dec 2026 10:00:00 GMT', 'retry-after': 'Mon, 07 Dec 2026 10:00:07 GMT' };
  assert.equal(retryAfterMs(headers), 7000);
  // Without a Date header the local clock is all there is: a date long past means at once.
  assert.equal(retryAfterMs({ 'retry-after': 'Thu, 01 Jan 1981 00:00:00 GMT' }), 0);
});
