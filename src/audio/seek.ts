/**
 * Seeking by position in an encrypted Ogg Vorbis file: the page that holds the target frame is found by
 * interpolation and bisection over byte ranges (each page carries the granule position of its last packet), so
 * a seek to 5:00 reads a few small ranges instead of the whole file before it. AES-CTR decrypts at any offset.
 */
import { audioCipher } from './decrypt.js';
import { syncOggPages, type OggPage } from './ogg.js';

/** Random access to the encrypted file (the CDN's ranges, or a cached copy). */
export interface RangeReader {
  /** Bytes `start` to `end` (exclusive; cut at the end of the file). */
  read(start: number, end: number, signal?: AbortSignal): Promise<Buffer>;
}

export interface SplicePoint {
  /** File offset of the page the decoder goes on from. */
  offset: number;
  sequence: number;
  /** Granule of the page before it: the decoder's output begins just after this frame. */
  prevGranule: bigint;
  /** Decrypted bytes from `offset` on, fetched already; the file goes on at `offset + bytes.length`. */
  bytes: Buffer;
}

export interface SeekTarget {
  key: Buffer;
  serial: number;
  /** File offset of the first audio page, and the file's size. */
  audioStart: number;
  size: number;
  /** The frame to play from, and an estimate of the stream's length in frames (for interpolation). */
  frame: number;
  totalFrames: number;
}

/** Bytes read per probe: a few pages at 320 kbit/s (libvorbis fills pages to ~4–5 kB). */
const PROBE_BYTES = 24 * 1024;
const MAX_PROBES = 16;

/**
 * The page to splice in at so the decoder's output covers `t.frame`: a page that starts a packet, whose
 * predecessor's granule is before the target and whose successor (the page holding the target) ends at or after
 * it — the page before the target's, so the Vorbis overlap of the first decoded block is right. Undefined when
 * the target is not found in the file (past its end, or the pages cannot be read): the caller then decodes from
 * the start. `onProbe` sees each range read (benchmarks count the bytes).
 */
export async function findSplicePoint(
  file: RangeReader,
  t: SeekTarget,
  signal?: AbortSignal,
  onProbe?: (start: number, bytes: number) => void,
): Promise<SplicePoint | undefined> {
  const target = BigInt(t.frame);
  let lo = { offset: t.audioStart, granule: 0 };
  let hi = { offset: t.size, granule: Math.max(t.totalFrames, t.frame + 1) };
  let reread: number | undefined;
  for (let probe = 0; probe < MAX_PROBES && hi.offset > lo.offset; probe++) {
    // Interpolate while it converges (Vorbis is nearly constant bitrate), then halve.
    const frac = probe < 4 ? (t.frame - lo.granule) / Math.max(1, hi.granule - lo.granule) : 0.5;
    const guess = lo.offset + Math.round(frac * (hi.offset - lo.offset)) - PROBE_BYTES / 2;
    const at = reread ?? Math.max(lo.offset, Math.min(guess, hi.offset - PROBE_BYTES));
    reread = undefined;
    const enc = await file.read(at, Math.min(t.size, at + PROBE_BYTES), signal);
    onProbe?.(at, enc.length);
    const plain = audioCipher(t.key, at).update(enc);
    const pages = syncOggPages(plain, t.serial);
    const timed = pages.filter((p) => p.granule >= 0n);
    if (!timed.length) {
      // No whole page here (a huge page, or the end of the file): look earlier.
      if (at + enc.length >= t.size || hi.offset === at) return undefined;
      hi = { offset: at, granule: hi.granule };
      continue;
    }
    const holds = pages.findIndex((p) => p.granule >= target);
    if (holds < 0) {
      const last = pages.at(-1)!;
      if (at + last.offset + last.length >= t.size) return undefined; // the target is past the end
      lo = { offset: at + last.offset + last.length, granule: Number(timed.at(-1)!.granule) };
      continue;
    }
    if (holds === 0 || timed[0]!.granule >= target) {
      // All of it is past the target.
      hi = { offset: at + pages[0]!.offset, granule: Number(timed[0]!.granule) };
      continue;
    }
    const splice = spliceBefore(pages, holds);
    if (splice !== undefined) {
      const p = pages[splice]!;
      return {
        offset: at + p.offset,
        sequence: p.sequence,
        prevGranule: pages[splice - 1]!.granule,
        bytes: plain.subarray(p.offset),
      };
    }
    // The target's page is too near the start of what was read to see the pages before it: read again, ending
    // just after it.
    const end = at + pages[holds]!.offset + pages[holds]!.length;
    const again = Math.max(t.audioStart, end - PROBE_BYTES);
    if (again >= at) return undefined; // pages too large for a probe
    reread = again;
  }
  return undefined;
}

/**
 * The page to splice at for a target in `pages[holds]`: the latest page before it that begins a packet (not a
 * continuation) and whose own predecessor in `pages` has a granule (it ends a packet).
 */
function spliceBefore(pages: OggPage[], holds: number): number | undefined {
  for (let j = holds - 1; j >= 1; j--) {
    if (!(pages[j]!.headerType & 0x01) && pages[j - 1]!.granule >= 0n) return j;
  }
  return undefined;
}
