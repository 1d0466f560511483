/**
 * The soak in short (`npm run soak` runs it for as long as asked): every fault kind once, 10 s apart, while the
 * sample catalog plays. No crash, every fault recovered within 5 s of its end, no file descriptor left behind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NetnsPair } from '../support/netns.js';
import { FAULT_KINDS, runSoak, soakTable } from '../soak/run.js';

const skip = NetnsPair.available() ? false : 'needs root and ip netns';

test('soak: each fault once while playing', { skip, timeout: 240_000 }, async (t) => {
  // Start-up and warm-up, then one 10 s slot per fault kind.
  const r = await runSoak({ minutes: 0.3 + (FAULT_KINDS.length * 10 + 5) / 60, intervalS: 10, warmupS: 5 });
  t.diagnostic(`\n${soakTable(r)}`);
  assert.equal(r.crashes, 0, 'no crash');
  assert.ok(r.faults.length >= FAULT_KINDS.length, 'every fault kind injected');
  for (const f of r.faults)
    assert.ok(
      f.recoveredAt !== undefined && f.recoveredAt - f.endAt <= 5000,
      `${f.kind} recovered within 5 s of its end (${f.recoveredAt === undefined ? 'never' : `${f.recoveredAt - f.endAt} ms`})`,
    );
  assert.ok(r.end.fds - r.start.fds <= 5, `no file descriptors left behind (${r.start.fds} → ${r.end.fds})`);
});
