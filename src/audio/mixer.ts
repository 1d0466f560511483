/**
 * ALSA hardware volume: drives a mixer control with `amixer` (alsa-utils) instead of scaling samples, so the
 * DAC's own attenuator keeps full resolution. Calls are serialised and coalesced: only the latest value is
 * applied when Connect sends volume steps faster than amixer runs.
 */
import { execFile } from 'node:child_process';
import type { Logger } from '../core/log.js';

/** The card part of an ALSA PCM name, for amixer's -D (e.g. hw:CARD=x,DEV=0 → hw:CARD=x). */
export function mixerDeviceFor(pcm: string): string | undefined {
  const m = /^(?:plug)?hw:(?:CARD=)?([^,]+)/.exec(pcm);
  return m ? `hw:${/^\d+$/.test(m[1]!) ? m[1] : `CARD=${m[1]}`}` : undefined;
}

export class AlsaMixer {
  #running = false;
  #pending: number | undefined;

  constructor(
    readonly control: string,
    readonly device: string | undefined,
    readonly log: Logger,
  ) {}

  /** Sets the control to `volume` (0..65535) on amixer's perceptual (-M) scale. */
  setVolume(volume: number): void {
    this.#pending = volume;
    if (!this.#running) this.#apply();
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
