/**
 * The speaker's log: one JSON object per line, with the wall-clock time as ISO 8601 UTC (what journald, the support
 * report and a user's tools read), the level, the part and the message; secrets never appear.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger, setLogSink } from '../../src/core/log.js';

test('each line is one JSON object: time as ISO 8601 UTC to the millisecond, level, part, message; no secret', () => {
  const lines: string[] = [];
  const restore = setLogSink((l) => lines.push(l));
  try {
    const before = Date.now();
    createLogger('spotlet.test').warn('something happened', { token: 'secret-token', track: 'spotify:track:x' });
    const after = Date.now();
    assert.equal(lines.length, 1);
    assert.ok(!lines[0]!.includes('\n') && !lines[0]!.includes('secret-token'));
    const record = JSON.parse(lines[0]!) as Record<string, string>;
    assert.match(record.t!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const t = Date.parse(record.t!);
    assert.equal(new Date(t).toISOString(), record.t, 'written as Date writes it');
    assert.ok(t >= before && t <= after, `${record.t} is the time of the call`);
    assert.deepEqual(
      { level: record.level, part: record.part, msg: record.msg, track: record.track },
      { level: 'warn', part: 'spotlet.test', msg: 'something happened', track: 'spotify:track:x' },
    );
  } finally {
    restore();
  }
});
