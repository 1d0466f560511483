/**
 * The supervisor boots the parts in order, restarts a failed part with bounded exponential backoff without
 * touching the others, shuts everything down in reverse order within a deadline, and publishes the one
 * speaker state that the LEDs and Connect follow.
 */
import { EventEmitter } from 'node:events';
import { Backoff } from '../core/backoff.js';
import { monotonicMs } from '../core/clock.js';
import { errorMessage, SpotletError } from '../core/errors.js';
import type { Logger } from '../core/log.js';

export type SpeakerState =
  | 'booting'
  | 'waiting-for-user'
  | 'waiting-for-code'
  | 'connecting'
  | 'ready'
  | 'playing'
  | 'paused'
  | 'error';

/** A part of the speaker. `start` resolves once the part runs; a failure later is reported through `fail`. */
export interface Part {
  readonly name: string;
  start(fail: (err: unknown) => void): Promise<void>;
  stop(): Promise<void>;
}

export interface SupervisorOptions {
  log: Logger;
  /** First restart delay (ms); doubles per consecutive failure. */
  backoffMinMs?: number;
  backoffMaxMs?: number;
  /** A part that ran this long without failing gets its backoff reset. */
  stableMs?: number;
  shutdownDeadlineMs?: number;
}

interface Slot {
  part: Part;
  running: boolean;
  backoff: Backoff;
  /** Monotonic time the part last started. */
  startedAt: number;
  timer: NodeJS.Timeout | undefined;
  /** Incremented on every (re)start so late failure reports of an old run are ignored. */
  generation: number;
}

export interface SupervisorEvents {
  state: [state: SpeakerState, reason: string];
  restart: [part: string, attempt: number, delayMs: number];
}

export class Supervisor extends EventEmitter<SupervisorEvents> {
  #slots: Slot[] = [];
  #log: Logger;
  #opts: Required<Omit<SupervisorOptions, 'log'>>;
  #state: SpeakerState = 'booting';
  #stopping = false;

  constructor(opts: SupervisorOptions) {
    super();
    this.#log = opts.log;
    this.#opts = {
      backoffMinMs: opts.backoffMinMs ?? 500,
      backoffMaxMs: opts.backoffMaxMs ?? 30_000,
      stableMs: opts.stableMs ?? 60_000,
      shutdownDeadlineMs: opts.shutdownDeadlineMs ?? 2_000,
    };
  }

  get state(): SpeakerState {
    return this.#state;
  }

  /** Publishes a new speaker state (no event when unchanged). */
  setState(state: SpeakerState, reason = ''): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#log.info('speaker state', { state, reason });
    this.emit('state', state, reason);
  }

  add(part: Part): void {
    const backoff = new Backoff({ firstMs: this.#opts.backoffMinMs, maxMs: this.#opts.backoffMaxMs });
    this.#slots.push({ part, running: false, backoff, startedAt: 0, timer: undefined, generation: 0 });
  }

  /** Starts every part in order. A part that fails to start is retried in the background. */
  async start(): Promise<void> {
    for (const slot of this.#slots) await this.#startSlot(slot);
  }

  isRunning(name: string): boolean {
    return this.#slots.find((s) => s.part.name === name)?.running ?? false;
  }

  async #startSlot(slot: Slot): Promise<void> {
    if (this.#stopping) return;
    const generation = ++slot.generation;
    try {
      await slot.part.start((err) => {
        if (generation === slot.generation) this.#onFailure(slot, err);
      });
      if (generation !== slot.generation || this.#stopping) return;
      slot.running = true;
      slot.startedAt = monotonicMs();
      this.#log.info('part started', { part: slot.part.name });
    } catch (err) {
      if (generation === slot.generation) this.#onFailure(slot, err);
    }
  }

  #onFailure(slot: Slot, err: unknown): void {
    if (this.#stopping || slot.timer) return;
    slot.generation++;
    if (err instanceof SpotletError && err.permanent) {
      // A configuration mistake: restarting would fail the same way, forever.
      const wasRunning = slot.running;
      slot.running = false;
      this.#log.error('part failed; not restarted until the configuration is fixed', { part: slot.part.name, err });
      if (wasRunning)
        void slot.part.stop().catch((e) => this.#log.warn('part stop failed', { part: slot.part.name, err: e }));
      this.setState('error', `${slot.part.name}: ${err.message}`);
      return;
    }
    if (slot.running && monotonicMs() - slot.startedAt >= this.#opts.stableMs) slot.backoff.reset();
    const wasRunning = slot.running;
    slot.running = false;
    const delay = slot.backoff.next();
    const attempt = slot.backoff.failures;
    this.#log.error('part failed', { part: slot.part.name, err, attempt, restartInMs: delay });
    this.emit('restart', slot.part.name, attempt, delay);
    const stopOld = wasRunning
      ? slot.part.stop().catch((e) => this.#log.warn('part stop failed', { part: slot.part.name, err: e }))
      : Promise.resolve();
    slot.timer = setTimeout(() => {
      slot.timer = undefined;
      void stopOld.then(() => this.#startSlot(slot));
    }, delay);
    slot.timer.unref?.();
  }

  /**
   * Stops every part in reverse order within the deadline. Each part gets a fair share of the time left, so
   * one part that hangs cannot keep the others (e.g. the mDNS goodbye) from stopping. Idempotent.
   */
  async shutdown(): Promise<void> {
    if (this.#stopping) return;
    this.#stopping = true;
    const deadlineAt = monotonicMs() + this.#opts.shutdownDeadlineMs;
    const slots = [...this.#slots].reverse();
    for (const [i, slot] of slots.entries()) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = undefined;
      slot.generation++;
      if (!slot.running) continue;
      slot.running = false;
      const share = Math.max(0, deadlineAt - monotonicMs()) / (slots.length - i);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), share)));
      try {
        const result = await Promise.race([slot.part.stop().then(() => 'stopped' as const), timeout]);
        if (result === 'timeout')
          this.#log.warn('part stop timed out', { part: slot.part.name, waitedMs: Math.round(share) });
      } catch (err) {
        this.#log.warn('part stop failed', { part: slot.part.name, err: errorMessage(err) });
      } finally {
        clearTimeout(timer);
      }
    }
  }
}
