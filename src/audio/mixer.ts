/**
 * Mixers: where Connect's volume (0..65535) acts. `soft` scales the samples along a volume curve; `alsa`
 * drives a mixer control of the DAC with `amixer` (alsa-utils) instead, so the DAC's own attenuator keeps full
 * resolution. One table of them (`MIXERS`), as the output backends have `SINKS`.
 */
import { execFile } from 'node:child_process';
import type { Logger } from '../core/log.js';
import { volumeFactor, type VolumeCurve } from './gain.js';

export interface Mixer {
  /** Applies `volume` (0..65535); returns the factor the samples must still be scaled by (1: left to hardware). */
  setVolume(volume: number): number;
}

/** Volume in software, along a curve over `rangeDb`. */
export class SoftMixer implements Mixer {
  constructor(
    readonly curve: VolumeCurve,
    readonly rangeDb = 60,
  ) {}

  setVolume(volume: number): number {
    return volumeFactor(volume, this.curve, this.rangeDb);
  }
}

/** The card part of an ALSA PCM name, for amixer's -D (e.g. hw:CARD=x,DEV=0 → hw:CARD=x). */
export function mixerDeviceFor(pcm: string): string | undefined {
  const m = /^(?:plug)?hw:(?:CARD=)?([^,]+)/.exec(pcm);
  return m ? `hw:${/^\d+$/.test(m[1]!) ? m[1] : `CARD=${m[1]}`}` : undefined;
}

/**
 * An ALSA mixer control. Calls are serialised and coalesced: only the latest value is applied when Connect
 * sends volume steps faster than amixer runs.
 */
export class AlsaMixer implements Mixer {
  #running = false;
  #pending: number | undefined;

  constructor(
    readonly control: string,
    readonly device: string | undefined,
    readonly log: Logger,
  ) {}

  /** Sets the control to `volume` (0..65535) on amixer's perceptual (-M) scale; the samples stay at full scale. */
  setVolume(volume: number): number {
    this.#pending = volume;
    if (!this.#running) this.#apply();
    return 1;
  }

  #apply(): void {
    const v = this.#pending;
    if (v === undefined) return;
    this.#pending = undefined;
    this.#running = true;
    const pct = `${((Math.min(65535, Math.max(0, v)) / 65535) * 100).toFixed(1)}%`;
    const args = [...(this.device ? ['-D', this.device] : []), '-q', '-M', 'sset', this.control, pct];
    execFile('amixer', args, { timeout: 3000 }, (err, _out, stderr) => {
      this.#running = false;
      if (err)
        this.log.warn('hardware volume failed', {
          control: this.control,
          device: this.device ?? 'default',
          reason: stderr.trim() || err.message,
        });
      this.#apply();
    });
  }
}

export interface MixerSettings {
  device: string;
  curve: VolumeCurve;
  rangeDb: number;
  /** The ALSA control for `alsa` (e.g. Digital); empty = none known. */
  control: string;
}

export interface MixerBackend {
  doc: string;
  open(s: MixerSettings, log: Logger): Mixer;
}

/** The mixers, by their `[audio] mixer` name. */
export const MIXERS = {
  soft: {
    doc: 'volume in software, along volume_curve',
    open: (s) => new SoftMixer(s.curve, s.rangeDb),
  },
  alsa: {
    doc: 'volume on the ALSA mixer control named by mixer_control',
    open: (s, log) => {
      if (s.control) return new AlsaMixer(s.control, mixerDeviceFor(s.device), log);
      log.warn('mixer = alsa needs mixer_control; using software volume');
      return new SoftMixer(s.curve, s.rangeDb);
    },
  },
} satisfies Record<string, MixerBackend>;

export type MixerName = keyof typeof MIXERS;
export const MIXER_NAMES = Object.keys(MIXERS) as MixerName[];
