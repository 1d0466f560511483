/**
 * The one retry policy of the speaker: exponential backoff from `firstMs` doubling to `maxMs`, optionally
 * jittered (a delay is drawn from [1 − jitter, 1] of the step, so many clients that failed together do not
 * come back together), never sooner than a server's Retry-After, and cut short when the network comes back
 * (`retryNow`). Every delay runs on the monotonic clock: a wall clock set by NTP, or years off on a Pi
 * without a real-time clock, changes none of them.
 */
import { monotonicMs } from './clock.js';

export interface BackoffPolicy {
  /** The first delay (ms). */
  firstMs: number;
  /** No delay is longer than this (ms), Retry-After aside. */
  maxMs: number;
  /** 0 = exact steps; 0.5 = each delay is drawn from the upper half of its step. */
  jitter?: number;
}

export class Backoff {
  readonly policy: Required<BackoffPolicy>;
  #failures = 0;
  /** Wakes the pending `wait` (retryNow). */
  #wake: (() => void) | undefined;
  /** Monotonic time before which `ready()` is false. */
  #notBefore = 0;

  constructor(policy: BackoffPolicy) {
    this.policy = { jitter: 0, ...policy };
  }

  /** Failures counted since the last success (reset). */
  get failures(): number {
    return this.#failures;
  }

  /**
   * One more failure: the delay before the next attempt (ms), never less than `retryAfterMs` (a server's
   * Retry-After). Also arms `ready()` until then.
   */
  next(retryAfterMs = 0): number {
    const step = Math.min(this.policy.maxMs, this.policy.firstMs * 2 ** Math.min(this.#failures, 30));
    this.#failures++;
    const jittered = Math.round(step * (1 - this.policy.jitter * Math.random()));
    const delay = Math.max(retryAfterMs, jittered);
    this.#notBefore = monotonicMs() + delay;
    return delay;
  }

  /** A success: the next failure starts from `firstMs` again, and nothing waits. */
  reset(): void {
    this.#failures = 0;
    this.#notBefore = 0;
  }

  /** Whether the delay of the last failure is over (for callers that schedule themselves). */
  ready(): boolean {
    return monotonicMs() >= this.#notBefore;
  }

  /** Ms left of the delay of the last failure (0 once over). */
  remainingMs(): number {
    return Math.max(0, Math.ceil(this.#notBefore - monotonicMs()));
  }

  /**
   * Waits `ms` (a delay from `next`), or less if `retryNow` is called or `signal` aborts. Resolves true when the
   * wait ran out or was cut short, false when aborted.
   */
  wait(ms: number, signal?: AbortSignal): Promise<boolean> {
    if (signal?.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const done = (ok: boolean): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (this.#wake === wake) this.#wake = undefined;
        resolve(ok);
      };
      const wake = (): void => done(true);
      const onAbort = (): void => done(false);
      const timer = setTimeout(wake, ms);
      this.#wake?.();
      this.#wake = wake;
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /**
   * The network came back: forget the failures so far and end a pending wait now. Returns whether something was
   * waiting or delayed (a caller that schedules itself then tries again).
   */
  retryNow(): boolean {
    const delayed = this.#failures > 0 || this.#wake !== undefined;
    this.reset();
    this.#wake?.();
    return delayed;
  }
}
