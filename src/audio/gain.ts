/**
 * Sample-level gain stages (protocol/05 §8–10): normalisation (basic or dynamic limiter), software volume
 * curves, and conversion of float samples to S16LE with TPDF dither.
 */
import type { NormalisationData } from './ogg.js';

export type VolumeCurve = 'log' | 'cubic' | 'linear' | 'fixed';
export type NormalisationType = 'auto' | 'track' | 'album';
export type NormalisationMethod = 'basic' | 'dynamic';

function clampRound(v: number): number {
  const r = Math.round(v);
  return r > 32767 ? 32767 : Math.max(r, -32768);
}

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
 * Stereo float → S16LE converter applying normalisation, the dynamic limiter, volume and TPDF dither.
 * Keeps the limiter state across calls so chunk boundaries are inaudible.
 */
export class GainStage {
  #factor = 1;
  #volume = 1;
  #settings: NormalisationSettings;
  #integrator = [0, 0];
  #peak = [0, 0];
  #attack: number;
  #release: number;
  #kneeFactor: number;
  /** Deterministic dither noise (xorshift32): reproducible output for a given input. */
  #rng = 0x9e3779b9;
  dither = true;

  constructor(settings: NormalisationSettings = DEFAULT_NORMALISATION) {
    this.#settings = settings;
    this.#attack = limiterCoefficient(settings.attackMs);
    this.#release = limiterCoefficient(settings.releaseMs);
    this.#kneeFactor = settings.kneeDb > 0 ? 1 / (8 * settings.kneeDb) : 0;
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

  #noise(): number {
    let x = this.#rng;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.#rng = x >>> 0;
    return this.#rng / 4294967296;
  }

  /**
   * Converts planar float channels to interleaved S16LE. `gainRamp` (optional) gives a per-frame extra gain
   * for click-free pause/resume ramps.
   */
  toS16(left: Float32Array, right: Float32Array, frames = left.length, gainRamp?: (frame: number) => number): Buffer {
    const out = Buffer.allocUnsafe(frames * 4);
    // Int16Array is host-endian: little-endian on every target (x86-64, arm64), as S16LE needs.
    // Buffer's pool may hand out an odd offset; Int16Array needs an aligned one.
    const pcm =
      out.byteOffset % 2 === 0 ? new Int16Array(out.buffer, out.byteOffset, frames * 2) : new Int16Array(frames * 2);
    const dynamic = this.#settings.enabled && this.#settings.method === 'dynamic';
    // Unity gain and no ramp: plain rounding, so output equals libvorbis' own s16 decode (±1 LSB).
    if (!dynamic && this.#factor === 1 && this.#volume === 1 && !gainRamp) {
      for (let i = 0, j = 0; i < frames; i++, j += 2) {
        pcm[j] = clampRound(left[i]! * 32768);
        pcm[j + 1] = clampRound(right[i]! * 32768);
      }
    } else {
      const scale = this.#factor * this.#volume;
      const dither = this.dither;
      for (let i = 0, j = 0; i < frames; i++, j += 2) {
        const ramp = gainRamp ? gainRamp(i) : 1;
        let l = left[i]!;
        let r = right[i]!;
        if (dynamic) {
          l = this.#limit(l * this.#factor, 0) * this.#volume * ramp;
          r = this.#limit(r * this.#factor, 1) * this.#volume * ramp;
        } else {
          l *= scale * ramp;
          r *= scale * ramp;
        }
        pcm[j] = clampRound(l * 32768 + (dither ? this.#noise() - this.#noise() : 0));
        pcm[j + 1] = clampRound(r * 32768 + (dither ? this.#noise() - this.#noise() : 0));
      }
    }
    if (pcm.buffer !== out.buffer) Buffer.from(pcm.buffer).copy(out);
    return out;
  }

  #limit(s: number, ch: number): number {
    const { thresholdDbfs, kneeDb } = this.#settings;
    const bias = ratioToDb(Math.abs(s) + Number.MIN_VALUE) - thresholdDbfs;
    const kb = 2 * bias;
    const limiterDb = kb < -kneeDb ? 0 : Math.abs(kb) <= kneeDb ? (kb + kneeDb) ** 2 * this.#kneeFactor : bias;
    this.#integrator[ch] = Math.max(limiterDb, this.#release * this.#integrator[ch]! + (1 - this.#release) * limiterDb);
    this.#peak[ch] = this.#attack * this.#peak[ch]! + (1 - this.#attack) * this.#integrator[ch]!;
    return s * dbToRatio(-Math.max(this.#peak[0]!, this.#peak[1]!));
  }
}
