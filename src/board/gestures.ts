/**
 * Button gestures from raw pin edges: debounce, press, double press, long press and hold-repeat.
 * The clock is injectable so timing is tested exactly.
 */
import { monotonicMs } from '../core/clock.js';
import type { Gesture } from './profiles.js';

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => monotonicMs(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

export interface GestureTiming {
  /** Edges within this time of the last accepted edge are contact bounce. */
  debounceMs: number;
  /** A second press within this time after a release is a double press. */
  doubleMs: number;
  /** Held this long: a long press (or the start of hold-repeat). */
  longMs: number;
  /** Hold-repeat interval after `longMs`. */
  repeatMs: number;
}

export const DEFAULT_TIMING: GestureTiming = { debounceMs: 30, doubleMs: 300, longMs: 800, repeatMs: 200 };

/** Forgetting the user is destructive: its long press must be deliberate. */
export const FORGET_LONG_MS = 5000;

/**
 * Turns `level(true|false)` (pressed / released, already corrected for active-low) into gestures.
 * With `repeats` a held button fires 'hold' every repeatMs after longMs (volume); otherwise one 'long'.
 * Without a double-press action, a press fires at once on release (no double-press wait).
 */
export class GestureRecognizer {
  #pressed = false;
  #lastEdge = -Infinity;
  /** The latest level seen, applied when the bounce window closes. */
  #raw = false;
  #settleTimer: unknown;
  #pendingSingle: unknown;
  #holdTimer: unknown;
  #longFired = false;

  constructor(
    readonly emit: (g: Gesture) => void,
    readonly opts: { repeats: boolean; doubles: boolean; timing?: GestureTiming; clock?: Clock },
  ) {}

  get #t(): GestureTiming {
    return this.opts.timing ?? DEFAULT_TIMING;
  }

  get #clock(): Clock {
    return this.opts.clock ?? systemClock;
  }

  level(pressed: boolean): void {
    this.#raw = pressed;
    const now = this.#clock.now();
    const wait = this.#lastEdge + this.#t.debounceMs - now;
    if (wait > 0) {
      // Inside the bounce window: look again when it closes, so a short real tap is not lost.
      if (this.#settleTimer === undefined) {
        this.#settleTimer = this.#clock.setTimeout(() => {
          this.#settleTimer = undefined;
          this.level(this.#raw);
        }, wait);
      }
      return;
    }
    if (pressed === this.#pressed) return;
    this.#lastEdge = now;
    this.#pressed = pressed;
    if (pressed) this.#down();
    else this.#up();
  }

  #down(): void {
    this.#longFired = false;
    const repeat = (): void => {
      this.#longFired = true;
      if (this.opts.repeats) {
        this.emit('hold');
        this.#holdTimer = this.#clock.setTimeout(repeat, this.#t.repeatMs);
      } else this.emit('long');
    };
    this.#holdTimer = this.#clock.setTimeout(repeat, this.#t.longMs);
  }

  #up(): void {
    this.#clock.clearTimeout(this.#holdTimer);
    if (this.#longFired) return;
    if (this.#pendingSingle !== undefined) {
      this.#clock.clearTimeout(this.#pendingSingle);
      this.#pendingSingle = undefined;
      this.emit('double');
      return;
    }
    if (!this.opts.doubles) {
      this.emit('press');
      return;
    }
    this.#pendingSingle = this.#clock.setTimeout(() => {
      this.#pendingSingle = undefined;
      this.emit('press');
    }, this.#t.doubleMs);
  }

  dispose(): void {
    this.#clock.clearTimeout(this.#settleTimer);
    this.#clock.clearTimeout(this.#holdTimer);
    this.#clock.clearTimeout(this.#pendingSingle);
  }
}
