/**
 * Crossfade between tracks (`[audio] crossfade_ms`), as go-librespot does: the last `crossfade_ms` of a
 * track are held back while it decodes, so its end is known before it is heard; at its natural end that tail
 * fades out (cos) while the next track fades in (sin) — equal power, so the loudness does not dip. A track that
 * ends sooner than the fade (a seek near its end) gives a shorter fade; a next track shorter than the fade is
 * mixed against silence after it ends.
 */

/** Planar stereo float frames. */
export interface Frames {
  left: Float32Array;
  right: Float32Array;
  frames: number;
}

/** Holds back the last `reserve` frames of what is pushed: the tail of a track (a ring per channel). */
export class TailReserve {
  #left: Float32Array;
  #right: Float32Array;
  #start = 0;
  #len = 0;

  constructor(readonly reserve: number) {
    this.#left = new Float32Array(reserve);
    this.#right = new Float32Array(reserve);
  }

  /** Adds frames; returns those that are no longer in the last `reserve` (to be played now). */
  push(b: Frames): Frames | undefined {
    const cap = this.reserve;
    if (!cap) return b;
    const over = this.#len + b.frames - cap;
    let out: Frames | undefined;
    let from = 0;
    if (over > 0) {
      out = { left: new Float32Array(over), right: new Float32Array(over), frames: over };
      const fromRing = Math.min(over, this.#len);
      this.#copyOut(out, fromRing);
      from = over - fromRing;
      out.left.set(b.left.subarray(0, from), fromRing);
      out.right.set(b.right.subarray(0, from), fromRing);
    }
    for (let i = from; i < b.frames; i++) {
      const at = (this.#start + this.#len++) % cap;
      this.#left[at] = b.left[i]!;
      this.#right[at] = b.right[i]!;
    }
    return out;
  }

  /** What is held: the track's tail. */
  take(): Frames | undefined {
    if (!this.#len) return undefined;
    const n = this.#len;
    const tail = { left: new Float32Array(n), right: new Float32Array(n), frames: n };
    this.#copyOut(tail, n);
    return tail;
  }

  /** Moves the first `n` held frames to the start of `out`. */
  #copyOut(out: Frames, n: number): void {
    for (let i = 0; i < n; i++) {
      const at = (this.#start + i) % this.reserve;
      out.left[i] = this.#left[at]!;
      out.right[i] = this.#right[at]!;
    }
    this.#start = (this.#start + n) % this.reserve;
    this.#len -= n;
  }
}

/** Mixes a track's tail, fading out, into the next track's first frames, fading in. */
export class Crossfade {
  #pos = 0;

  /** `tailGain` scales the tail to the next track's gain stage (their normalisation differs). */
  constructor(
    readonly tail: Frames,
    public tailGain = 1,
  ) {}

  get done(): boolean {
    return this.#pos >= this.tail.frames;
  }

  /** `b` with the tail mixed into its first frames (a new block; `b` is left as it is). */
  mix(b: Frames): Frames {
    if (this.done) return b;
    const n = Math.min(b.frames, this.tail.frames - this.#pos);
    const left = Float32Array.from(b.left.subarray(0, b.frames));
    const right = Float32Array.from(b.right.subarray(0, b.frames));
    this.#mixInto(left, right, n, 1);
    return { left, right, frames: b.frames };
  }

  /** The rest of the tail, faded out against silence (the next track was shorter than the fade). */
  rest(): Frames | undefined {
    if (this.done) return undefined;
    const n = this.tail.frames - this.#pos;
    const left = new Float32Array(n);
    const right = new Float32Array(n);
    this.#mixInto(left, right, n, 0);
    return { left, right, frames: n };
  }

  #mixInto(left: Float32Array, right: Float32Array, n: number, withNext: number): void {
    const len = this.tail.frames;
    for (let i = 0; i < n; i++, this.#pos++) {
      const x = ((this.#pos + 0.5) / len) * (Math.PI / 2);
      const out = Math.cos(x) * this.tailGain;
      const into = Math.sin(x) * withNext;
      left[i] = this.tail.left[this.#pos]! * out + left[i]! * into;
      right[i] = this.tail.right[this.#pos]! * out + right[i]! * into;
    }
  }
}
