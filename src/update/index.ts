/**
 * Field updates of the speaker app: signed release bundles installed into slots beside the image's own (factory)
 * app, switched atomically, run on trial and rolled back by the launcher when they fail. Public face:
 *  - applyUpdate(source, options): install a bundle (file, https URL, bytes or a stream such as an upload);
 *  - checkChannel(...): one check of the `[update] url` channel;
 *  - attachUpdates(...): what a running speaker does (reports its trial health, shows a rollback, checks the
 *    channel daily and restarts into a new release when idle);
 *  - updateStatus(config): the slots, the trial and the versions that failed;
 *  - buildManifest/writeBundle: making a release (scripts/bundle.mjs).
 * The launcher (launcher.ts) is the unit's entry point and is deliberately not exported from here.
 */
import { Backoff } from '../core/backoff.js';
import type { Logger } from '../core/log.js';
import type { SpeakerState } from '../supervisor/index.js';
import type { UpdateConfig } from './config.js';
import { checkChannel } from './channel.js';
import { SlotStore } from './slots.js';

export { applyUpdate, type ApplyOptions, type ApplyResult, type UpdateSource } from './apply.js';
export { buildManifest, bundleFileName, writeBundle } from './bundle.js';
export { checkChannel, pickRelease } from './channel.js';
export { updateSection, type UpdateConfig } from './config.js';
export { UpdateError, type UpdateErrorCode } from './errors.js';
export { compareVersions, isVersion } from './version.js';

/** The message a slot on trial sends its launcher (over the IPC channel) on every speaker state. */
export const TRIAL_STATE_MESSAGE = 'spotlet-state';
/** Set by the launcher for the start right after a rollback: why the update was rolled back. */
export const LAUNCH_NOTICE_ENV = 'SPOTLET_LAUNCH_NOTICE';

/**
 * The channel is checked 10 minutes after start, then daily; a failed check (no network at that hour, the server
 * down) is tried again after 5 minutes, then 10, 20… up to a day, each delay jittered so speakers that failed
 * together do not come back together.
 */
const CHANNEL_CHECKS = { firstMs: 10 * 60_000, intervalMs: 24 * 60 * 60_000, retryFirstMs: 5 * 60_000 };

export interface UpdateStatus {
  /** The version that runs (from the `current` link) and its slot (`factory` or the version). */
  running: string;
  slot: string;
  image: string;
  installed: string[];
  trial: { version: string; previous: string; attempts: number; failed?: string } | null;
  bad: Record<string, { reason: string }>;
  rollback: { from: string; to: string; reason: string } | null;
}

export function updateStatus(config: UpdateConfig): UpdateStatus {
  const store = new SlotStore(config.slots_dir, config.factory_dir);
  const current = store.current();
  const r = store.readRecord();
  const name = (slot: string | null): string => slot ?? 'factory';
  return {
    running: store.versionOf(current),
    slot: name(current),
    image: store.versionOf(null),
    installed: store.installed().sort(),
    trial:
      r.trial && r.trial.version === current
        ? {
            version: r.trial.version,
            previous: name(r.trial.previous),
            attempts: r.trial.attempts,
            ...(r.trial.failed ? { failed: r.trial.failed } : {}),
          }
        : null,
    bad: r.bad,
    rollback: r.rollback ? { ...r.rollback, to: name(r.rollback.to) } : null,
  };
}

/** The speaker's state, as the supervisor publishes it. */
export interface SpeakerStateSource {
  readonly state: SpeakerState;
  setState(state: SpeakerState, reason: string): void;
  on(event: 'state', listener: (state: SpeakerState, reason: string) => void): unknown;
}

/**
 * Wires a running speaker to its updates. `restart` stops the speaker so that its unit starts it again, now
 * from the new slot. Returns a function that cancels the channel's timers.
 */
export function attachUpdates(o: {
  config: UpdateConfig;
  speaker: SpeakerStateSource;
  log: Logger;
  restart: () => void;
  /** When the channel is checked: first after start, between checks, first retry (default CHANNEL_CHECKS). */
  checks?: { firstMs: number; intervalMs: number; retryFirstMs: number };
}): () => void {
  const { speaker, log } = o;
  // On trial, the launcher runs this process as its child and commits the slot once it is healthy.
  if (process.send) {
    const report = (state: SpeakerState): void => {
      if (process.connected) process.send?.({ type: TRIAL_STATE_MESSAGE, state });
    };
    report(speaker.state);
    speaker.on('state', report);
  }
  const notice = process.env[LAUNCH_NOTICE_ENV];
  if (notice) {
    log.error('update rolled back', { reason: notice });
    speaker.setState('error', notice);
  }
  if (!o.config.url) return () => {};

  const checks = o.checks ?? CHANNEL_CHECKS;
  const retries = new Backoff({ firstMs: checks.retryFirstMs, maxMs: checks.intervalMs, jitter: 0.5 });
  let timer: NodeJS.Timeout | undefined;
  let restartPending = false;
  const restartWhenIdle = (): void => {
    if (speaker.state === 'playing' || speaker.state === 'paused') return;
    log.info('restarting into the new release');
    o.restart();
  };
  speaker.on('state', () => {
    if (restartPending) restartWhenIdle();
  });
  const check = (): void => {
    timer = undefined;
    checkChannel({ config: o.config, log }).then(
      (installed) => {
        retries.reset();
        if (!installed) return schedule(checks.intervalMs);
        restartPending = true;
        restartWhenIdle();
      },
      (err) => {
        const inMs = retries.next();
        log.warn('update channel check failed; trying again later', { err, inMs, failures: retries.failures });
        schedule(inMs);
      },
    );
  };
  const schedule = (ms: number): void => {
    timer = setTimeout(check, ms);
    timer.unref();
  };
  schedule(checks.firstMs);
  return () => clearTimeout(timer);
}
