/**
 * One track's audio from a given frame on: encrypted bytes (CDN or disk cache) → AES-CTR → Ogg pages (checked)
 * → Vorbis → PCM blocks, the first one starting exactly at the frame asked for. A start past what the first
 * range holds seeks by position (`seek.ts`): the header pages, then the file from the page before the target.
 */
import { isNetworkFault, type SpotletError } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import type { CdnFile } from './cdn-file.js';
import { audioCipher } from './decrypt.js';
import type { AudioFileCache } from './file-cache.js';
import { oggPages, readNormalisation, readVorbisHeaders, SPOTIFY_HEADER_SIZE, type NormalisationData } from './ogg.js';
import { findSplicePoint, type RangeReader } from './seek.js';
import { AudioCorruptError, VorbisStream, type PcmBlock } from './vorbis.js';

/** The encrypted file, read in order or at random. */
interface EncryptedFile extends RangeReader {
  readonly size: number | undefined;
  head(signal?: AbortSignal): Promise<Buffer>;
  stream(start: number, signal?: AbortSignal): AsyncGenerator<Buffer>;
}

/** A cached copy as an EncryptedFile. */
function cachedFile(data: Buffer): EncryptedFile {
  const chunk = 64 * 1024;
  return {
    size: data.length,
    head: async () => data.subarray(0, chunk),
    read: async (start, end) => data.subarray(start, end),
    async *stream(start) {
      for (let o = start; o < data.length; o += chunk) yield data.subarray(o, o + chunk);
    },
  };
}

export interface TrackAudioOptions {
  key: Buffer;
  cdn: CdnFile;
  /** The file's id (40 hex) in the disk cache, if there is one. */
  cache?: { store: AudioFileCache; fileId: string };
  startFrame: number;
  /** Estimated length (frames), to aim the first seek probe. */
  totalFrames: number;
  signal: AbortSignal;
  log: Logger;
  /** Bytes arrived (after a network fault: the network is back). */
  onData?: () => void;
  /**
   * A network fault while streaming: resolves when it is worth trying again; the stream then resumes at the byte
   * where it stopped. Without it, the fault is thrown.
   */
  onNetworkFault?: (err: SpotletError) => Promise<void>;
  /** The file's ReplayGain data, known before the first block. */
  onNormalisation: (n: NormalisationData) => void;
  /** Each range a seek reads (benchmarks count the bytes). */
  onSeekProbe?: (start: number, bytes: number) => void;
}

/**
 * Bytes per decoder call (~0.4 s of audio at 320 kbit/s). A whole CDN range decoded at once is tens of ms of CPU
 * in one go here and far more on a small board, where a CPU quota then stops the output's own process too: in
 * slices, each burst is short and what is decoded is written before the next.
 */
const DECODE_SLICE = 16 * 1024;

/** PCM blocks of the track from `startFrame` on (a block's `position` is its first frame in the track). */
export async function* trackAudio(o: TrackAudioOptions): AsyncGenerator<PcmBlock> {
  const cached = o.cache?.store.read(o.cache.fileId);
  const file: EncryptedFile = cached ? cachedFile(cached) : o.cdn;
  const { signal } = o;
  const decipher = audioCipher(o.key, 0);
  const encrypted = [await file.head(signal)];
  let head = decipher.update(encrypted[0]!);
  let headers = readVorbisHeaders(head, SPOTIFY_HEADER_SIZE);
  // Comments with pictures can make the header pages larger than the first range.
  while (!headers && head.length < (file.size ?? 0)) {
    encrypted.push(await file.read(head.length, head.length + encrypted[0]!.length, signal));
    head = Buffer.concat([head, decipher.update(encrypted.at(-1)!)]);
    headers = readVorbisHeaders(head, SPOTIFY_HEADER_SIZE);
  }
  if (!headers) throw new AudioCorruptError('no Vorbis header pages after the Spotify header');
  o.onNormalisation(readNormalisation(head));
  const vorbis = new VorbisStream();
  /** The file from `start` on, resumed where it stopped after each network fault. */
  async function* bytesFrom(start: number): AsyncGenerator<Buffer> {
    let offset = start;
    for (;;) {
      try {
        for await (const chunk of file.stream(offset, signal)) {
          offset += chunk.length;
          o.onData?.();
          yield chunk;
        }
        return;
      } catch (err) {
        if (signal.aborted || !o.onNetworkFault || !isNetworkFault(err)) throw err;
        await o.onNetworkFault(err as SpotletError);
      }
    }
  }
  const from = (b: PcmBlock | undefined): PcmBlock | undefined => {
    if (!b || b.position + b.frames <= o.startFrame) return undefined;
    const cut = Math.max(0, o.startFrame - b.position);
    if (!cut) return b;
    return {
      left: b.left.subarray(cut),
      right: b.right.subarray(cut),
      frames: b.frames - cut,
      position: b.position + cut,
    };
  };
  /** Decodes `bytes` a slice at a time, each slice's audio out before the next is decoded. */
  async function* decode(bytes: Buffer): AsyncGenerator<PcmBlock> {
    for (let o = 0; o < bytes.length && !signal.aborted; o += DECODE_SLICE) {
      const b = from(await vorbis.push(bytes.subarray(o, o + DECODE_SLICE)));
      if (b) yield b;
    }
  }
  try {
    const inHead = [...oggPages(head, headers.audioStart)].some((p) => p.granule >= BigInt(o.startFrame));
    const splice =
      o.startFrame > 0 && !inHead && file.size !== undefined
        ? await findSplicePoint(
            file,
            {
              key: o.key,
              serial: headers.serial,
              audioStart: headers.audioStart,
              size: file.size,
              frame: o.startFrame,
              totalFrames: o.totalFrames,
            },
            signal,
            o.onSeekProbe,
          )
        : undefined;
    if (signal.aborted) return;
    if (splice) {
      await vorbis.push(headers.pages);
      const [short, long] = headers.blocksizes;
      vorbis.splice(splice.sequence, splice.prevGranule, [short, long]);
      yield* decode(splice.bytes);
      const rest = splice.offset + splice.bytes.length;
      const cipher = audioCipher(o.key, rest);
      for await (const chunk of bytesFrom(rest)) {
        if (signal.aborted) return;
        yield* decode(cipher.update(chunk));
      }
    } else {
      if (o.startFrame > 0 && !inHead) o.log.warn('seek target not found by position; decoding from the start');
      yield* decode(head.subarray(SPOTIFY_HEADER_SIZE));
      for await (const chunk of bytesFrom(head.length)) {
        if (signal.aborted) return;
        if (o.cache && !cached) encrypted.push(chunk);
        yield* decode(decipher.update(chunk));
      }
      if (o.cache && !cached && !signal.aborted) await o.cache.store.write(o.cache.fileId, Buffer.concat(encrypted));
    }
    if (signal.aborted) return;
    const last = from(await vorbis.end());
    if (last) yield last;
  } finally {
    vorbis.free();
  }
}
