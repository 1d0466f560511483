/**
 * Sample-level gain stages (docs/protocol/05 §8–10): normalisation (basic or dynamic limiter), software volume
 * curves, and conversion of float samples to S16LE with TPDF dither.
 */
import type { NormalisationData } from './ogg.js';

export type VolumeCurve = 'log' | 'cubic' | 'linear' | 'fixed';
export type NormalisationType = 'auto' | 'track' | 'album';
export type NormalisationMethod = 'basic' | 'dynamic';

export const dbToRatio = (db: number): number => 10 ** (db / 20);
export const ratioToDb = (r: number): number => 20 * Math.log10(r);

/** Maps Connect's 0..65535 volume to a linear amplitude factor (0 → 0, 65535 → 1 exactly). */
export function volumeFactor(volume: number, curve: VolumeCurve, rangeDb = 60): number {
  if (curve === 'fixed') return 1;
  const v = Math.min(65535, Math.max(0, Math.round(volume)));
  if (v === 0) return 0;
  const x = v / 65535;
  switch (curve) {
    case 'linear':
      return x;
    case 'cubic': {
      const m = 10 ** (-rangeDb / 60);
      return (x * (1 - m) + m) ** 3;
    }
    case 'log': {
      const ratio = 10 ** (rangeDb / 20);
      return Math.exp(Math.log(ratio) * x) / ratio;
    }
  }
}

export interface NormalisationSettings {
  enabled: boolean;
  type: NormalisationType;
  method: NormalisationMethod;
  pregainDb: number;
  thresholdDbfs: number;
  attackMs: number;
  releaseMs: number;
  kneeDb: number;
}

export const DEFAULT_NORMALISATION: NormalisationSettings = {
  enabled: false,
  type: 'auto',
  method: 'dynamic',
  pregainDb: 0,
  thresholdDbfs: -2,
  attackMs: 5,
  releaseMs: 100,
  kneeDb: 5,
};

/** The gain factor for a track: basic caps it so the peak stays ≤ 1, dynamic leaves peaks to the limiter. */
export function normalisationFactor(
  data: NormalisationData,
  s: Pick<NormalisationSettings, 'type' | 'method' | 'pregainDb'>,
): number {
  // 'auto' uses the track gain: a receiver never knows it plays a whole album in order (librespot does the same).
  const album = s.type === 'album';
  const gain = album ? data.albumGainDb : data.trackGainDb;
  const peak = album ? data.albumPeak : data.trackPeak;
  const factor = dbToRatio(gain + s.pregainDb);
  if (s.method === 'dynamic') return factor;
  return Math.min(1, Math.min(factor, peak > 0 ? 1 / peak : 1));
}

/** Coefficient of the limiter's one-pole smoothing over interleaved stereo at 44.1 kHz. */
export const limiterCoefficient = (ms: number): number => Math.exp(-1 / ((ms / 1000) * 88200));

/**
 * Rounds half up and clips to 16 bits. floor(v + 0.5) is Math.round for every value a sample can take, and
 * several times faster in V8 (Math.round is not lowered to one instruction).
 */
function toInt16(v: number): number {
  const h = v + 0.5;
  return h >= 32767 ? 32767 : h <= -32768 ? -32768 : Math.floor(h);
}

/** A fade over a block's first `frames` frames: frame i is scaled by `gain(i)` (pause, resume, a start mid-track). */
export interface GainRamp {
  frames: number;
  gain(frame: number): number;
}

/** dB of gain reduction below which the limiter's gain is 1 (at full scale a 4·10⁻⁶ LSB difference). */
const LIMITER_IDLE_DB = 1e-6;
/** 10^(-dB/20) = exp(dB · this). */
const DB_TO_LN_ATTENUATION = -Math.LN10 / 20;
/** The dither's xorshift32 output scaled to [0, 1). */
const UNIT = 1 / 4294967296;

/**
 * Stereo float → S16LE converter applying normalisation, the dynamic limiter, volume and TPDF dither in one pass
 * over the samples, with no allocation but the block's output. Keeps the limiter and dither state across calls
 * so chunk boundaries are inaudible.
 */
export class GainStage {
  #factor = 1;
  #volume = 1;
  #settings: NormalisationSettings;
  #dynamic: boolean;
  /** Limiter state per channel: the release integrator and the attack-smoothed gain reduction (dB). */
  #integrator0 = 0;
  #integrator1 = 0;
  #peak0 = 0;
  #peak1 = 0;
  #attack: number;
  #release: number;
  #kneeFactor: number;
  /** Below this amplitude the limiter adds no reduction (bias under the knee): no logarithm to take. */
  #kneeStart: number;
  /** Deterministic dither noise (xorshift32): reproducible output for a given input. */
  #rng = 0x9e3779b9;
  dither = true;

  constructor(settings: NormalisationSettings = DEFAULT_NORMALISATION) {
    this.#settings = settings;
    this.#dynamic = settings.enabled && settings.method === 'dynamic';
    this.#attack = limiterCoefficient(settings.attackMs);
    this.#release = limiterCoefficient(settings.releaseMs);
    this.#kneeFactor = settings.kneeDb > 0 ? 1 / (8 * settings.kneeDb) : 0;
    // 2·bias < −knee ⇔ |s| < 10^((threshold − knee/2)/20); a hair lower so rounding never skips a real reduction.
    this.#kneeStart = dbToRatio(settings.thresholdDbfs - settings.kneeDb / 2) * (1 - 1e-9);
  }

  /** Sets the track's normalisation data (a no-op factor 1 when normalisation is off). */
  setTrack(data: NormalisationData): void {
    this.#factor = this.#settings.enabled ? normalisationFactor(data, this.#settings) : 1;
  }

  /** The current track's normalisation factor. */
  get trackFactor(): number {
    return this.#factor;
  }

  setVolume(factor: number): void {
    this.#volume = factor;
  }

  get volume(): number {
    return this.#volume;
  }

  /** Converts planar float channels to interleaved S16LE; `ramp` fades the block's first frames. */
  toS16(left: Float32Array, right: Float32Array, frames = left.length, ramp?: GainRamp): Buffer {
    const out = Buffer.allocUnsafe(frames * 4);
    // Int16Array is host-endian: little-endian on every target (x86-64, arm64), as S16LE needs.
    // Buffer's pool may hand out an odd offset; Int16Array needs an aligned one.
    const pcm =
      out.byteOffset % 2 === 0 ? new Int16Array(out.buffer, out.byteOffset, frames * 2) : new Int16Array(frames * 2);
    const rampFrames = ramp ? Math.min(ramp.frames, frames) : 0;
    if (!this.#dynamic && this.#factor === 1 && this.#volume === 1 && !rampFrames) {
      // Unity gain: plain rounding, so output equals libvorbis' own s16 decode (±1 LSB).
      for (let i = 0, j = 0; i < frames; i++, j += 2) {
        pcm[j] = toInt16(left[i]! * 32768);
        pcm[j + 1] = toInt16(right[i]! * 32768);
      }
    } else {
      if (rampFrames) this.#scale(left, right, pcm, 0, rampFrames, ramp);
      this.#scale(left, right, pcm, rampFrames, frames, undefined);
    }
    if (pcm.buffer !== out.buffer) Buffer.from(pcm.buffer).copy(out);
    return out;
  }

  /**
   * Frames `from` to `to`: normalisation, the limiter (stereo-linked: each channel is reduced by the larger of
   * the two smoothed reductions), volume, the ramp, TPDF dither, rounding and clipping, with the state in locals.
   */
  #scale(left: Float32Array, right: Float32Array, pcm: Int16Array, from: number, to: number, ramp?: GainRamp): void {
    const dynamic = this.#dynamic;
    const factor = this.#factor;
    const volume = this.#volume;
    const scale = factor * volume;
    const dither = this.dither;
    const attack = this.#attack;
    const release = this.#release;
    const kneeStart = this.#kneeStart;
    let i0 = this.#integrator0;
    let i1 = this.#integrator1;
    let p0 = this.#peak0;
    let p1 = this.#peak1;
    let x = this.#rng;
    for (let i = from, j = from * 2; i < to; i++, j += 2) {
      const g = ramp ? ramp.gain(i) : 1;
      let l = left[i]!;
      let r = right[i]!;
      if (dynamic) {
        l *= factor;
        const al = Math.abs(l);
        const dl = al < kneeStart ? 0 : this.#reductionDb(al);
        i0 = dl === 0 ? release * i0 : Math.max(dl, release * i0 + (1 - release) * dl);
        p0 = attack * p0 + (1 - attack) * i0;
        const ml = Math.max(p0, p1);
        l = (ml > LIMITER_IDLE_DB ? l * Math.exp(ml * DB_TO_LN_ATTENUATION) : l) * volume * g;
        r *= factor;
        const ar = Math.abs(r);
        const dr = ar < kneeStart ? 0 : this.#reductionDb(ar);
        i1 = dr === 0 ? release * i1 : Math.max(dr, release * i1 + (1 - release) * dr);
        p1 = attack * p1 + (1 - attack) * i1;
        const mr = Math.max(p0, p1);
        r = (mr > LIMITER_IDLE_DB ? r * Math.exp(mr * DB_TO_LN_ATTENUATION) : r) * volume * g;
      } else {
        l *= scale * g;
        r *= scale * g;
      }
      l *= 32768;
      r *= 32768;
      if (dither) {
        // Two uniform variates per sample, their difference triangular (TPDF); xorshift32, inline.
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        x >>>= 0;
        let u = x * UNIT;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        x >>>= 0;
        l += u - x * UNIT;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        x >>>= 0;
        u = x * UNIT;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        x >>>= 0;
        r += u - x * UNIT;
      }
      pcm[j] = toInt16(l);
      pcm[j + 1] = toInt16(r);
    }
    this.#integrator0 = i0;
    this.#integrator1 = i1;
    this.#peak0 = p0;
    this.#peak1 = p1;
    this.#rng = x;
  }

  /** The limiter's target reduction (dB) for a sample of amplitude `a` > 0: none under the knee, soft in it. */
  #reductionDb(a: number): number {
    const { thresholdDbfs, kneeDb } = this.#settings;
    const bias = ratioToDb(a) - thresholdDbfs;
    const kb = 2 * bias;
    return kb < -kneeDb ? 0 : Math.abs(kb) <= kneeDb ? (kb + kneeDb) ** 2 * this.#kneeFactor : bias;
  }
}
