/**
 * Status LED patterns, one per speaker state, as on/off step lists (ms) that repeat:
 *
 * | state            | pattern                                   |
 * |------------------|-------------------------------------------|
 * | booting          | fast blink (100 on / 100 off)             |
 * | waiting-for-user | slow blink (1 s on / 1 s off)             |
 * | waiting-for-code | long, short, then pause (device login)    |
 * | connecting       | double blink, then pause                  |
 * | ready            | on, with a short dark blink every 3 s     |
 * | playing          | steady on                                 |
 * | paused           | slow pulse (0.5 s on / 1.5 s off)         |
 * | error            | triple fast blink, then 1 s dark          |
 * | button feedback  | one 80 ms dark flash over any pattern     |
 * | forget-user      | five fast blinks                          |
 */
import type { SpeakerState } from '../supervisor/index.js';
import { systemClock, type Clock } from './gestures.js';

/** [on?, duration ms] steps; a single step with duration 0 means "steady". */
export type LedPattern = readonly (readonly [boolean, number])[];

export const LED_PATTERNS: Record<SpeakerState, LedPattern> = {
  booting: [
    [true, 100],
    [false, 100],
  ],
  'waiting-for-user': [
    [true, 1000],
    [false, 1000],
  ],
  'waiting-for-code': [
    [true, 600],
    [false, 200],
    [true, 200],
    [false, 1000],
  ],
  connecting: [
    [true, 120],
    [false, 120],
    [true, 120],
    [false, 800],
  ],
  ready: [
    [true, 2900],
    [false, 100],
  ],
  playing: [[true, 0]],
  paused: [
    [true, 500],
    [false, 1500],
  ],
  error: [
    [true, 100],
    [false, 100],
    [true, 100],
    [false, 100],
    [true, 100],
    [false, 1000],
  ],
};

export const FEEDBACK_PATTERN: LedPattern = [[false, 80]];
export const FORGET_PATTERN: LedPattern = [
  [true, 80],
  [false, 80],
  [true, 80],
  [false, 80],
  [true, 80],
  [false, 80],
  [true, 80],
  [false, 80],
  [true, 80],
  [false, 80],
];

/** Drives one LED through a repeating pattern; an overlay pattern plays once, then the base resumes. */
export class LedDriver {
  #base: LedPattern = LED_PATTERNS.booting;
  #timer: unknown;

  constructor(
    readonly write: (on: boolean) => void,
    readonly clock: Clock = systemClock,
  ) {}

  show(state: SpeakerState): void {
    this.#base = LED_PATTERNS[state];
    this.#play(this.#base, true);
  }

  /** Plays `pattern` once over the current one (button feedback, forget-user confirmation). */
  flash(pattern: LedPattern = FEEDBACK_PATTERN): void {
    this.#play(pattern, false);
  }

  stop(): void {
    this.clock.clearTimeout(this.#timer);
    this.write(false);
  }

  #play(pattern: LedPattern, repeat: boolean, i = 0): void {
    this.clock.clearTimeout(this.#timer);
    const step = pattern[i];
    if (!step) {
      if (repeat) this.#play(pattern, true, 0);
      else this.#play(this.#base, true, 0);
      return;
    }
    this.write(step[0]);
    if (step[1] === 0) return; // steady
    this.#timer = this.clock.setTimeout(() => this.#play(pattern, repeat, i + 1), step[1]);
  }
}
