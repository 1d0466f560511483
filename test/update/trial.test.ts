/**
 * The trial rules on a fake monotonic clock: starts are counted before they happen, the last allowed failed start
 * rolls back, no healthy state within the window rolls back, a reboot keeps the count but opens a new window,
 * a committed slot runs plainly, and a record the `current` link contradicts (an install or rollback cut short)
 * is resolved by the link.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  commitTrial,
  emptyRecord,
  failTrial,
  isHealthyState,
  planStart,
  type MonotonicClock,
  type SlotRecord,
  TRIAL_LIMITS,
} from '../../src/update/trial.js';

class FakeClock implements MonotonicClock {
  boot = 'boot-1';
  ms = 5_000;
  bootId(): string {
    return this.boot;
  }
  nowMs(): number {
    return this.ms;
  }
  reboot(): void {
    this.boot = `boot-${Number(this.boot.slice(5)) + 1}`;
    this.ms = 3_000;
  }
}

const onTrial = (version: string, previous: string | null): SlotRecord => ({
  ...emptyRecord(),
  trial: { version, previous, attempts: 0 },
});
const everythingBoots = (): boolean => true;

test('the healthy states: anything the speaker reaches once its parts run, never booting or error', () => {
  for (const s of ['waiting-for-user', 'ready', 'connecting', 'playing', 'paused'] as const)
    assert.ok(isHealthyState(s), s);
  for (const s of ['booting', 'error'] as const) assert.ok(!isHealthyState(s), s);
});

test('a new slot gets maxStarts starts; the one after rolls back to the previous slot and marks it bad', () => {
  const clock = new FakeClock();
  let rec = onTrial('1.1.0', '1.0.5');
  for (let i = 1; i <= TRIAL_LIMITS.maxStarts; i++) {
    const plan = planStart(rec, '1.1.0', everythingBoots, clock);
    assert.equal(plan.slot, '1.1.0');
    assert.equal(plan.trial?.version, '1.1.0');
    assert.equal(plan.rollback, undefined);
    assert.equal(plan.record.trial?.attempts, i, 'the start is counted before it runs');
    rec = plan.record;
    clock.ms += 5_000; // each start crashes after 5 s
  }
  const plan = planStart(rec, '1.1.0', everythingBoots, clock);
  assert.equal(plan.slot, '1.0.5');
  assert.deepEqual(plan.rollback, {
    from: '1.1.0',
    to: '1.0.5',
    reason: `3 starts without reaching a healthy state for 60 s`,
  });
  assert.equal(plan.record.trial, undefined);
  assert.match(plan.record.bad['1.1.0']!.reason, /3 starts/);
  assert.equal(plan.record.rollback?.from, '1.1.0');
});

test('the healthy deadline is 2 minutes from the first start in this boot, across restarts', () => {
  const clock = new FakeClock();
  const first = planStart(onTrial('2.0.0', null), '2.0.0', everythingBoots, clock);
  assert.equal(first.trial?.deadlineMs, clock.ms + TRIAL_LIMITS.healthyWithinMs);
  clock.ms += 100_000;
  const second = planStart(first.record, '2.0.0', everythingBoots, clock);
  assert.equal(second.trial?.deadlineMs, first.trial?.deadlineMs, 'a restart does not extend the window');
  clock.ms += 20_000;
  const third = planStart(second.record, '2.0.0', everythingBoots, clock);
  assert.equal(third.slot, null, 'past the window: back to the factory slot');
  assert.match(third.rollback!.reason, /no healthy state within 120 s/);
});

test('a reboot (no real-time clock) opens a new window but keeps counting starts', () => {
  const clock = new FakeClock();
  const first = planStart(onTrial('2.0.0', '1.0.0'), '2.0.0', everythingBoots, clock);
  clock.reboot(); // the monotonic clock starts again near zero: earlier times mean nothing now
  const second = planStart(first.record, '2.0.0', everythingBoots, clock);
  assert.equal(second.slot, '2.0.0');
  assert.equal(second.record.trial?.attempts, 2);
  assert.equal(second.record.trial?.boot, 'boot-2');
  assert.equal(second.trial?.deadlineMs, 3_000 + TRIAL_LIMITS.healthyWithinMs);
});

test('commit ends the trial; later starts run the slot plainly; a failure marks the slot for rollback', () => {
  const clock = new FakeClock();
  const started = planStart(onTrial('1.2.0', '1.1.0'), '1.2.0', everythingBoots, clock);
  const committed = commitTrial(started.record, '1.2.0');
  assert.equal(committed.trial, undefined);
  const later = planStart(committed, '1.2.0', everythingBoots, clock);
  assert.deepEqual([later.slot, later.trial, later.rollback], ['1.2.0', undefined, undefined]);
  // A commit for a trial another install replaced meanwhile changes nothing.
  assert.deepEqual(commitTrial(started.record, '9.9.9'), started.record);
  const failed = failTrial(started.record, '1.2.0', 'no healthy state within 120 s');
  const next = planStart(failed, '1.2.0', everythingBoots, clock);
  assert.equal(next.slot, '1.1.0');
  assert.equal(next.record.bad['1.2.0']?.reason, 'no healthy state within 120 s');
});

test('the link is the truth: a trial it does not name is dropped (a failed one still counts as bad)', () => {
  const clock = new FakeClock();
  // Install cut between writing the trial and switching the link: the old slot runs, nothing is bad.
  const cut = planStart(onTrial('3.0.0', '2.0.0'), '2.0.0', everythingBoots, clock);
  assert.deepEqual([cut.slot, cut.trial, cut.record.trial, cut.record.bad], ['2.0.0', undefined, undefined, {}]);
  // Rollback cut between the switch and the final record: the failed version still ends up marked bad.
  const rb = failTrial(onTrial('3.0.0', '2.0.0'), '3.0.0', 'crashed');
  const after = planStart(rb, '2.0.0', everythingBoots, clock);
  assert.equal(after.slot, '2.0.0');
  assert.equal(after.record.bad['3.0.0']?.reason, 'crashed');
});

test('a slot that cannot start is never run: an incomplete trial rolls back, an incomplete previous means factory', () => {
  const clock = new FakeClock();
  const incomplete = planStart(onTrial('3.0.0', '2.0.0'), '3.0.0', (s) => s !== '3.0.0', clock);
  assert.equal(incomplete.slot, '2.0.0');
  assert.match(incomplete.rollback!.reason, /incomplete/);
  const both = planStart(onTrial('3.0.0', '2.0.0'), '3.0.0', (s) => s === null, clock);
  assert.equal(both.slot, null);
  const committedGone = planStart(emptyRecord(), '3.0.0', (s) => s === null, clock);
  assert.equal(committedGone.slot, null);
  assert.equal(committedGone.rollback?.to, null);
});
