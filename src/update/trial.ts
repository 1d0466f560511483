/**
 * The trial of a newly installed slot, as pure decisions over the slot record (so a fake clock can drive them).
 * A new slot runs on trial until the speaker reached a healthy state and kept running `commitAfterMs`; it fails
 * after `maxStarts` starts that did not get there, or when no healthy state came within `healthyWithinMs` of the
 * trial's first start in this boot. A failed trial is rolled back: the next start runs the previous slot.
 *
 * Time is the monotonic clock shared by every process of one boot (a Pi has no real-time clock, and the wall
 * clock jumps when it is first synchronised); across a reboot only the start count carries over.
 */
import type { SpeakerState } from '../supervisor/index.js';

export const TRIAL_LIMITS = { maxStarts: 3, healthyWithinMs: 120_000, commitAfterMs: 60_000 };
export type TrialLimits = typeof TRIAL_LIMITS;

/**
 * States that prove the new app works: it started every part and waits for a user or talks to Spotify.
 * `connecting` counts too: a network or Spotify outage must not roll back a good update. `booting` and `error`
 * do not.
 */
export function isHealthyState(state: SpeakerState): boolean {
  return state !== 'booting' && state !== 'error';
}

export interface Trial {
  version: string;
  /** The slot to go back to; null = the factory slot. */
  previous: string | null;
  /** Starts so far (counted before each start, so a crash or power cut during one still counts). */
  attempts: number;
  /** Boot id and monotonic ms of the trial's first start in that boot. */
  boot?: string;
  startedMs?: number;
  /** Set when the trial failed; the next start rolls back. */
  failed?: string;
}

/** slots.json: the bookkeeping of the installed slots. */
export interface SlotRecord {
  format: 1;
  trial?: Trial;
  /** Versions that failed their trial (the update channel passes them over). */
  bad: Record<string, { reason: string }>;
  /** The last rollback, for `spotlet update --status`. */
  rollback?: { from: string; to: string | null; reason: string };
}

export const emptyRecord = (): SlotRecord => ({ format: 1, bad: {} });

export interface MonotonicClock {
  bootId(): string;
  nowMs(): number;
}

export interface StartPlan {
  /** The slot to run; null = the factory slot. */
  slot: string | null;
  /** Run it on trial: healthy before `deadlineMs` (monotonic), committed `commitAfterMs` after that. */
  trial?: { version: string; deadlineMs: number };
  /** Go back from a failed trial: switch `current` to `to` before running it. */
  rollback?: { from: string; to: string | null; reason: string };
  /** The record to write before the start (after the switch when rolling back). */
  record: SlotRecord;
}

const clone = (r: SlotRecord): SlotRecord => JSON.parse(JSON.stringify(r));

/**
 * What the next start runs. `current` is the slot the `current` link names (null: factory); `bootable` tells
 * whether a slot is complete enough to start.
 */
export function planStart(
  record: SlotRecord,
  current: string | null,
  bootable: (slot: string | null) => boolean,
  clock: MonotonicClock,
  limits: TrialLimits = TRIAL_LIMITS,
): StartPlan {
  const rec = clone(record);
  const trial = rec.trial;
  if (trial && trial.version !== current) {
    // An install cut short before its switch, or a rollback cut short after it: the link is the truth.
    if (trial.failed) rec.bad[trial.version] = { reason: trial.failed };
    delete rec.trial;
  }
  const onTrial = rec.trial;
  if (!onTrial || current === null) {
    if (current === null || bootable(current)) return { slot: current, record: rec };
    // A committed slot that lost its files: the factory slot always boots.
    rec.rollback = { from: current, to: null, reason: 'slot is incomplete' };
    return { slot: null, rollback: rec.rollback, record: rec };
  }
  const boot = clock.bootId();
  const now = clock.nowMs();
  let failed = onTrial.failed;
  if (!failed && !bootable(current)) failed = 'slot is incomplete';
  if (!failed && onTrial.attempts >= limits.maxStarts)
    failed = `${onTrial.attempts} starts without reaching a healthy state for ${limits.commitAfterMs / 1000} s`;
  if (
    !failed &&
    onTrial.boot === boot &&
    onTrial.startedMs !== undefined &&
    now - onTrial.startedMs >= limits.healthyWithinMs
  )
    failed = `no healthy state within ${limits.healthyWithinMs / 1000} s`;
  if (failed) {
    const to = bootable(onTrial.previous) ? onTrial.previous : null;
    rec.bad[onTrial.version] = { reason: failed };
    rec.rollback = { from: onTrial.version, to, reason: failed };
    delete rec.trial;
    return { slot: to, rollback: { from: onTrial.version, to, reason: failed }, record: rec };
  }
  onTrial.attempts++;
  if (onTrial.boot !== boot || onTrial.startedMs === undefined) {
    onTrial.boot = boot;
    onTrial.startedMs = now;
  }
  return {
    slot: current,
    trial: { version: current, deadlineMs: onTrial.startedMs + limits.healthyWithinMs },
    record: rec,
  };
}

/** The record once `version` passed its trial (unchanged if another install replaced that trial meanwhile). */
export function commitTrial(record: SlotRecord, version: string): SlotRecord {
  const rec = clone(record);
  if (rec.trial?.version === version) delete rec.trial;
  return rec;
}

/** The record once `version` failed its trial: the next start rolls it back. */
export function failTrial(record: SlotRecord, version: string, reason: string): SlotRecord {
  const rec = clone(record);
  if (rec.trial?.version === version) rec.trial.failed = reason;
  return rec;
}
