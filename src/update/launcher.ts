#!/usr/bin/env node
/**
 * The speaker unit's entry point, run from the factory slot so that no update can break it:
 *   launcher.js [--slots DIR] [--factory DIR] [--plain] [--] SPOTLET-ARGS...
 * It picks the slot to run (the trial and rollback rules of trial.ts), records the start, and runs that slot's
 * `spotlet`: in this process when the slot is proven, or as a child on trial, which it watches: the child's
 * healthy state for 60 s commits the slot; an exit before that, or no healthy state in time, fails the start,
 * and after the last allowed start the next one rolls back. `--plain` (the `spotlet` command of an admin) only
 * picks the current slot and keeps no books.
 * Deliberately small: it imports only the slot bookkeeping, never code of an updated slot.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { errorMessage } from '../core/errors.js';
import { createLogger } from '../core/log.js';
import { updateSection } from './config.js';
import { SLOT_ENTRY } from './manifest.js';
import { SlotStore, systemMonotonicClock } from './slots.js';
import {
  commitTrial,
  failTrial,
  isHealthyState,
  planStart,
  type MonotonicClock,
  type SlotRecord,
  TRIAL_LIMITS,
  type TrialLimits,
} from './trial.js';

/** Same values as index.ts's (not imported: that would load the whole update part). */
const TRIAL_STATE_MESSAGE = 'spotlet-state';
const LAUNCH_NOTICE_ENV = 'SPOTLET_LAUNCH_NOTICE';
const LOCK_WAIT_MS = 10_000;
/** Longer than any install takes, even on a slow card. */
const INSTALL_MAX_MS = 30 * 60_000;

const log = createLogger('launcher');

export interface LaunchOptions {
  slotsDir: string;
  factoryDir: string;
  plain: boolean;
  args: string[];
  clock?: MonotonicClock;
  limits?: TrialLimits;
}

/**
 * Runs `fn` holding the install lock if it can be had within `waitMs` (an install in progress), else without it
 * (a start must not wait for an install) — or not at all when `needed`: pruning must never race an install, which
 * renames its new slot into place, and a trial's commit must not overwrite the record of a newer install.
 */
async function withLock<T>(
  store: SlotStore,
  clock: MonotonicClock,
  fn: () => Promise<T>,
  o: { waitMs: number; needed: boolean } = { waitMs: LOCK_WAIT_MS, needed: false },
): Promise<T | undefined> {
  const { needed } = o;
  let release: (() => Promise<void>) | undefined;
  const until = clock.nowMs() + o.waitMs;
  while (!release) {
    try {
      release = await store.lock(clock);
    } catch (err) {
      if ((err as { code?: string }).code !== 'ERR_UPDATE_BUSY' || clock.nowMs() >= until) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  if (!release && needed) return undefined;
  try {
    return await fn();
  } finally {
    await release?.();
  }
}

function slotEnv(o: LaunchOptions, notice?: string): NodeJS.ProcessEnv {
  return {
    SPOTLET_UPDATE_SLOTS_DIR: o.slotsDir,
    SPOTLET_UPDATE_FACTORY_DIR: o.factoryDir,
    ...(notice ? { [LAUNCH_NOTICE_ENV]: notice } : {}),
  };
}

async function runHere(entry: string, o: LaunchOptions, env: NodeJS.ProcessEnv): Promise<void> {
  Object.assign(process.env, env);
  process.argv = [process.argv[0]!, entry, ...o.args];
  await import(pathToFileURL(entry).href);
}

export async function launch(o: LaunchOptions): Promise<void> {
  const store = new SlotStore(o.slotsDir, o.factoryDir);
  const clock = o.clock ?? systemMonotonicClock;
  const limits = o.limits ?? TRIAL_LIMITS;
  if (o.plain) {
    const current = store.current();
    const slot = store.bootable(current) ? current : null;
    return runHere(join(store.dirOf(slot), SLOT_ENTRY), o, slotEnv(o));
  }

  let notice: string | undefined;
  const plan = (await withLock(store, clock, async () => {
    const before = store.readRecord();
    const p = planStart(before, store.current(), (s) => store.bootable(s), clock, limits);
    try {
      if (p.rollback) {
        notice = `update ${p.rollback.from} rolled back to ${p.rollback.to ?? 'the factory app'}: ${p.rollback.reason}`;
        log.error('update rolled back', { ...p.rollback, to: p.rollback.to ?? 'factory' });
        // Failed first, then the switch: a cut in between still rolls back (and marks it bad) next time.
        if (before.trial?.version === p.rollback.from && !before.trial.failed)
          await store.writeRecord(failTrial(before, p.rollback.from, p.rollback.reason));
        await store.switchTo(p.rollback.to);
      }
      if (JSON.stringify(p.record) !== JSON.stringify(before)) await store.writeRecord(p.record);
      return p;
    } catch (err) {
      // Without a record of this start a crashing slot could loop for ever: run what it would fall back to.
      log.error('slot bookkeeping failed; not trying the new slot', { err: errorMessage(err) });
      const fallback = before.trial?.version === p.slot ? before.trial.previous : p.slot;
      return { slot: store.bootable(fallback) ? fallback : null, record: before };
    }
  }))!;
  // Slots no start needs any more (a replaced trial, a rolled-back slot), once the new start is under way.
  const keep = new Set([plan.slot, plan.record.trial?.previous ?? plan.slot]);
  const prune = (): Promise<void> =>
    withLock(
      store,
      clock,
      async () => {
        for (const v of store.installed()) if (!keep.has(v) && v !== store.current()) await store.remove(v);
      },
      { waitMs: LOCK_WAIT_MS, needed: true },
    ).then(
      () => undefined,
      (err) => log.warn('pruning old slots failed', { err: errorMessage(err) }),
    );

  const entry = join(store.dirOf(plan.slot), SLOT_ENTRY);
  void prune();
  if (plan.trial) runTrial(entry, plan.trial, store, clock, limits, o);
  else await runHere(entry, o, slotEnv(o, notice));
}

function runTrial(
  entry: string,
  trial: { version: string; deadlineMs: number },
  store: SlotStore,
  clock: MonotonicClock,
  limits: TrialLimits,
  o: LaunchOptions,
): void {
  const { version } = trial;
  log.info('starting an update on trial', {
    version,
    healthyWithinS: Math.round((trial.deadlineMs - clock.nowMs()) / 1000),
  });
  const child = spawn(process.execPath, [entry, ...o.args], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, ...slotEnv(o) },
  });
  let committed = false;
  let stopping = false;
  let commitTimer: NodeJS.Timeout | undefined;
  const record = (change: (r: SlotRecord, v: string) => SlotRecord): Promise<void> =>
    withLock(
      store,
      clock,
      async () => {
        await store.writeRecord(change(store.readRecord(), version));
        return true;
      },
      {
        waitMs: INSTALL_MAX_MS,
        needed: true,
      },
    ).then(
      (done) => {
        if (!done) log.error('slot bookkeeping skipped: the install lock stayed taken', { version });
      },
      (err) => log.error('slot bookkeeping failed', { err: errorMessage(err) }),
    );
  const deadline = setTimeout(
    () => {
      const reason = `no healthy state within ${limits.healthyWithinMs / 1000} s`;
      log.error('update failed its trial', { version, reason });
      void record((r, v) => failTrial(r, v, reason)).then(() => {
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      });
    },
    Math.max(0, trial.deadlineMs - clock.nowMs()),
  );
  child.on('message', (m: { type?: string; state?: string }) => {
    if (m?.type !== TRIAL_STATE_MESSAGE || commitTimer || committed) return;
    if (!isHealthyState(m.state as never)) return;
    clearTimeout(deadline);
    log.info('update healthy; committing it if it keeps running', {
      version,
      state: m.state,
      afterS: limits.commitAfterMs / 1000,
    });
    commitTimer = setTimeout(() => {
      void record(commitTrial).then(() => {
        committed = true;
        log.info('update committed', { version });
      });
    }, limits.commitAfterMs);
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.on(signal, () => {
      stopping = true;
      child.kill(signal);
    });
  child.on('exit', (code, signal) => {
    clearTimeout(deadline);
    clearTimeout(commitTimer);
    if (!committed && !stopping)
      log.error('update on trial stopped before it was committed', { version, code, signal });
    // A start that ended before its commit is a failed start: exit non-zero so the unit starts again.
    process.exit(committed || stopping ? (code ?? 1) : 1);
  });
}

const self = fileURLToPath(import.meta.url);
if (process.argv[1] && resolve(process.argv[1]) === self) {
  const argv = process.argv.slice(2);
  // The factory slot is the one this file is in: <factory>/dist/src/update/launcher.js.
  const o: LaunchOptions = {
    slotsDir: updateSection.fields.slots_dir.default,
    factoryDir: resolve(self, '../../../..'),
    plain: false,
    args: [],
  };
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (a === '--slots') o.slotsDir = resolve(argv[++i] ?? '');
    else if (a === '--factory') o.factoryDir = resolve(argv[++i] ?? '');
    else if (a === '--plain') o.plain = true;
    else break;
  }
  o.args = argv.slice(i);
  launch(o).catch((err) => {
    log.error('launch failed', { err: errorMessage(err) });
    process.exit(1);
  });
}
