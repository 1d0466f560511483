/**
 * The monotonic clock every timer and interval of the speaker is measured on. A Pi has no real-time clock: its
 * wall clock can be years off until NTP answers, and then jumps. Durations (keep-alive, token lifetimes, backoff,
 * silence detection, LED patterns) must never follow such a jump, so they compare this clock, never Date.now().
 */

/**
 * Milliseconds on a clock that only moves forward at a steady pace (its origin is meaningless): CLOCK_MONOTONIC
 * through process.hrtime, which, unlike perf_hooks' performance.now(), loads no module tree at start.
 */
export function monotonicMs(): number {
  const [s, ns] = process.hrtime();
  return s * 1000 + ns / 1e6;
}
