/**
 * Optional on-disk cache of audio files exactly as the CDN serves them (still encrypted), with a size cap and
 * least-recently-used eviction. Off by default: an SD card wears out under constant writes.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../core/log.js';
import { writeFileAtomic } from '../core/state.js';

const NAME = /^[0-9a-f]{40}$/;

export class AudioFileCache {
  constructor(
    readonly dir: string,
    readonly maxBytes: number,
    readonly log: Logger,
  ) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  }

  /** The cached file, marked as just used; undefined when absent or unreadable. */
  read(fileIdHex: string): Buffer | undefined {
    if (!NAME.test(fileIdHex)) return undefined;
    const path = join(this.dir, fileIdHex);
    try {
      const data = readFileSync(path);
      const now = new Date();
      utimesSync(path, now, now);
      return data;
    } catch {
      return undefined;
    }
  }

  /** Stores a complete file, then evicts the least recently used files beyond the cap. */
  async write(fileIdHex: string, data: Buffer): Promise<void> {
    if (!NAME.test(fileIdHex) || data.length > this.maxBytes) return;
    try {
      await writeFileAtomic(join(this.dir, fileIdHex), data, 0o600);
      this.#evict();
    } catch (err) {
      this.log.warn('audio cache write failed', { err });
    }
  }

  #evict(): void {
    const files = readdirSync(this.dir)
      .filter((f) => NAME.test(f))
      .map((f) => {
        const st = statSync(join(this.dir, f));
        return { f, size: st.size, used: st.mtimeMs };
      })
      .sort((a, b) => a.used - b.used);
    let total = files.reduce((n, x) => n + x.size, 0);
    for (const x of files) {
      if (total <= this.maxBytes) break;
      unlinkSync(join(this.dir, x.f));
      total -= x.size;
    }
  }
}
