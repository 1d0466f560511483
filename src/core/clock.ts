/**
 * Time on a board without a real-time clock. Until NTP answers (and on a LAN without internet time, for ever)
 * the wall clock of a Raspberry Pi can be hours or years off, and NTP later jumps it. So durations and
 * deadlines use the monotonic clock, and every time the speaker sends to Spotify or compares with Spotify's
 * (PlayerState timestamps, client_side_timestamp, started_playing_at, the take-over check) is Spotify's time:
 * the monotonic clock plus an offset learnt from Spotify. A jump of the wall clock changes neither.
 */

/**
 * Milliseconds on a clock that only moves forward at a steady pace (its origin is meaningless): CLOCK_MONOTONIC
 * through process.hrtime, which, unlike perf_hooks' performance.now(), loads no module tree at start.
 */
export function monotonicMs(): number {
  const [s, ns] = process.hrtime();
  return s * 1000 + ns / 1e6;
}

/** How fast two crystal clocks drift apart at most (100 ppm): an old estimate of the offset grows uncertain. */
const DRIFT = 1e-4;
/**
 * A millisecond sample further than this from what the AP's whole seconds allow is not believed (the second's
 * width, a generous one-way delay of the Ping, and margin): a sample can only refine the AP's time, not move it.
 */
const FINE_SAMPLE_TOLERANCE_MS = 3000;

/**
 * Spotify's clock as this speaker knows it: monotonic time plus the offset of the best sample so far.
 *
 * - The AP's Ping carries Spotify's time in whole seconds (docs/protocol/02 §10; librespot keeps
 *   `server − local` in seconds from it and adds it to every connect-state time, `Spirc::now_ms`). That
 *   alone is right to within a second.
 * - The connect-state PUT's answer, a `Cluster`, carries `server_timestamp_ms` (connect.proto field 9): read
 *   against the request's round trip it gives the offset to within half that round trip (NTP's rule), which
 *   keeps the position the app draws from our timestamps within a few milliseconds of what is heard.
 *
 * Before Spotify has said anything the wall clock is the best guess there is.
 */
export class ServerClock {
  #offsetMs: number;
  /** How far #offsetMs may be off, as of #sampledAt (monotonic). */
  #errorMs = Number.POSITIVE_INFINITY;
  #sampledAt = 0;
  /** The offset the AP's seconds give, to check millisecond samples against. */
  #apOffsetMs: number | undefined;

  constructor() {
    this.#offsetMs = Date.now() - monotonicMs();
  }

  /** Spotify's time now, in ms since the epoch. */
  now(): number {
    return Math.round(monotonicMs() + this.#offsetMs);
  }

  /** Spotify's time at a moment of the monotonic clock. */
  at(monotonic: number): number {
    return Math.round(monotonic + this.#offsetMs);
  }

  /** How far `now()` may be off Spotify's clock (ms); Infinity until Spotify said its time. */
  get uncertaintyMs(): number {
    return this.#errorMs + (monotonicMs() - this.#sampledAt) * DRIFT;
  }

  /**
   * The AP's Ping: Spotify's time in whole seconds when it was sent. It was sent within that second and
   * arrives a moment later, so the middle of the second is the estimate, half a second either way.
   */
  observeSeconds(serverSeconds: number, receivedAt = monotonicMs()): void {
    const offset = serverSeconds * 1000 + 500 - receivedAt;
    this.#apOffsetMs = offset;
    this.#sample(offset, 500, receivedAt);
  }

  /**
   * A millisecond server time in the answer to a request sent at `sentAt` and answered at `receivedAt`
   * (monotonic): stamped somewhere in between, so the middle is the estimate, off by half the round trip
   * at most. Ignored when it is no time at all, or contradicts the AP's seconds.
   */
  observeRoundTrip(serverMs: number, sentAt: number, receivedAt: number): boolean {
    if (!(serverMs > 0) || receivedAt < sentAt) return false;
    const offset = serverMs - (sentAt + receivedAt) / 2;
    if (this.#apOffsetMs !== undefined && Math.abs(offset - this.#apOffsetMs) > FINE_SAMPLE_TOLERANCE_MS) return false;
    this.#sample(offset, (receivedAt - sentAt) / 2, receivedAt);
    return true;
  }

  /** A sample replaces the estimate when it is at least as certain as the estimate has become with age. */
  #sample(offset: number, errorMs: number, at: number): void {
    const aged = this.#errorMs + Math.max(0, at - this.#sampledAt) * DRIFT;
    if (errorMs > aged) return;
    this.#offsetMs = offset;
    this.#errorMs = errorMs;
    this.#sampledAt = at;
  }
}
