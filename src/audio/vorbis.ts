/**
 * Streaming Ogg Vorbis decoding with the WebAssembly build of libvorbis (exact to libvorbis' own output,
 * pure JS install, works on Node 18 and 20; see README "Audio"). The wasm decoder reports nothing on corrupt
 * input, so every page is checked here first (capture pattern, CRC, serial, sequence): a corrupt stream
 * raises `ERR_AUDIO_CORRUPT` instead of playing noise.
 */
import type { OggVorbisDecoder } from '@wasm-audio-decoders/ogg-vorbis';
import { SpotletError } from '../core/errors.js';
import { readOggPage } from './ogg.js';

export class AudioCorruptError extends SpotletError {
  constructor(message: string) {
    super('ERR_AUDIO_CORRUPT', message);
  }
}

export interface PcmBlock {
  left: Float32Array;
  right: Float32Array;
  frames: number;
  /** Stream position (frame) of the first frame. */
  position: number;
}

/** Splits a byte stream into CRC-checked Ogg pages. */
export class OggPageSplitter {
  #buf: Buffer = Buffer.alloc(0);
  #serial: number | undefined;
  #nextSeq: number | undefined;
  /** Granule positions of the pages the last `push` returned. */
  granules: bigint[] = [];

  /** The next page is `sequence` (a splice after a seek); pages after it must follow it again. */
  expectSequence(sequence: number): void {
    this.#nextSeq = sequence;
  }

  /** Adds bytes; returns the complete, verified pages (concatenated) ready for the decoder. */
  push(chunk: Buffer): Buffer {
    this.granules = [];
    this.#buf = this.#buf.length ? Buffer.concat([this.#buf, chunk]) : chunk;
    const pages: Buffer[] = [];
    let off = 0;
    for (;;) {
      if (this.#buf.length - off >= 4 && this.#buf.readUInt32BE(off) !== 0x4f676753) {
        throw new AudioCorruptError(`Ogg capture pattern missing at stream offset ${off}`);
      }
      const page = readOggPage(this.#buf, off);
      if (!page) break;
      if (!page.crcValid) throw new AudioCorruptError(`Ogg page ${page.sequence} fails its CRC`);
      if (this.#serial !== undefined && page.serial !== this.#serial)
        throw new AudioCorruptError('Ogg stream serial changed mid-stream');
      if (this.#nextSeq !== undefined && page.sequence !== this.#nextSeq)
        throw new AudioCorruptError(`Ogg page ${this.#nextSeq} missing`);
      this.#serial = page.serial;
      this.#nextSeq = page.sequence + 1;
      this.granules.push(page.granule);
      pages.push(this.#buf.subarray(off, off + page.length));
      off += page.length;
    }
    this.#buf = Buffer.from(this.#buf.subarray(off));
    return pages.length === 1 ? pages[0]! : Buffer.concat(pages);
  }

  get pending(): number {
    return this.#buf.length;
  }
}

/** The wasm decoder module, loaded on first use: an idle speaker does not pay its memory. */
let decoderModule: Promise<typeof import('@wasm-audio-decoders/ogg-vorbis')> | undefined;

/**
 * A decoder ready for the next stream. Each new one is a wasm instance with 16 MB of memory of its own, and V8
 * answers that allocation with a full garbage collection: ~12 ms of CPU measured here at every seek and skip,
 * nearly a small board's whole budget for 100 ms. A stream that ended leaves its decoder fresh (the library's
 * flush makes it a new instance); one abandoned mid-way (a seek, a skip) is reset for reuse a while later, once the
 * stream that replaced it is under way.
 */
let spare: OggVorbisDecoder | undefined;
/** How long an abandoned decoder waits for its reset: past the first sound of what replaced it, on a small board. */
const RESET_AFTER_MS = 1000;

function takeDecoder(): Promise<OggVorbisDecoder> {
  const d = spare;
  spare = undefined;
  if (d) return Promise.resolve(d);
  decoderModule ??= import('@wasm-audio-decoders/ogg-vorbis');
  return decoderModule.then(async (m) => {
    const fresh = new m.OggVorbisDecoder();
    await fresh.ready;
    return fresh;
  });
}

/** Keeps `d` as the spare (reset first unless `fresh`), or frees it when there is one already. */
function giveBack(d: OggVorbisDecoder, fresh: boolean): void {
  const keep = (): void => {
    if (spare) d.free();
    else spare = d;
  };
  if (fresh || spare) keep();
  else setTimeout(() => (spare ? d.free() : d.reset().then(keep, () => d.free())), RESET_AFTER_MS).unref();
}

/** Where the audio after a splice begins: the page before the splice and the stream's block sizes. */
interface Splice {
  prevGranule: bigint;
  blocksizes: [number, number];
  /** Granules of the pages fed since the splice, and the frames decoded from them. */
  granules: bigint[];
  frames: number;
}

/**
 * One track's decoder: feed Ogg bytes (after Spotify's header page), get planar float PCM with its stream
 * position. A seek feeds the header pages, then `splice()`, then pages from anywhere in the stream.
 */
export class VorbisStream {
  #pages = new OggPageSplitter();
  #ready: Promise<OggVorbisDecoder>;
  #freed = false;
  /** The stream ended and its decoder is fresh again. */
  #ended = false;
  /** Stream position of the next frame out; undefined right after a splice until the first frames come. */
  #position: number | undefined = 0;
  #splice: Splice | undefined;

  constructor() {
    this.#ready = takeDecoder();
    this.#ready.catch(() => {}); // reported by push/end
  }

  async push(chunk: Buffer): Promise<PcmBlock | undefined> {
    const pages = this.#pages.push(chunk);
    if (!pages.length) return undefined;
    const d = await this.#ready;
    const granules = this.#pages.granules;
    return this.#positioned(block(await d.decode(pages)), granules);
  }

  /**
   * The next bytes pushed start at a page boundary elsewhere in the stream: page `sequence`, which follows a
   * page of granule `prevGranule`. Its first packet only primes the decoder's overlap, so the audio out begins
   * a little after `prevGranule`; where exactly is worked out from the first frames decoded.
   */
  splice(sequence: number, prevGranule: bigint, blocksizes: [number, number]): void {
    this.#pages.expectSequence(sequence);
    this.#position = undefined;
    this.#splice = { prevGranule, blocksizes, granules: [], frames: 0 };
  }

  /**
   * Gives a block its stream position. After a splice the first frames out end at a page's granule: the last
   * page fed, or the one before it when the decoder holds a page back until it sees the next (the wasm
   * decoder's Ogg parser does). Which one is told by the primer: the audio must begin a quarter of the previous
   * block plus a quarter of the first block after the page before the splice (Vorbis I, overlap-add of windows).
   */
  #positioned(b: Omit<PcmBlock, 'position'> | undefined, granules: bigint[]): PcmBlock | undefined {
    const s = this.#splice;
    if (s && this.#position === undefined) {
      s.granules.push(...granules.filter((g) => g >= 0n));
      if (!b) return undefined;
      s.frames += b.frames;
      const [short, long] = s.blocksizes;
      const primers = new Set([short / 2, (short + long) / 4, long / 2]);
      const start = [s.granules.at(-1), s.granules.at(-2)]
        .filter((g): g is bigint => g !== undefined)
        .map((g) => Number(g) - s.frames)
        .find((p) => primers.has(p - Number(s.prevGranule)));
      if (start === undefined)
        throw new AudioCorruptError(`audio after the seek does not line up with its pages (${s.frames} frames)`);
      this.#position = start + s.frames - b.frames;
      this.#splice = undefined;
    }
    if (!b) return undefined;
    const position = this.#position!;
    this.#position = position + b.frames;
    return { ...b, position };
  }

  /** Ends the stream: checks nothing was left half-way and returns the last samples. */
  async end(): Promise<PcmBlock | undefined> {
    if (this.#pages.pending)
      throw new AudioCorruptError(`stream ends inside an Ogg page (${this.#pages.pending} bytes left)`);
    const d = await this.#ready;
    const last = await d.flush();
    this.#ended = true;
    return this.#positioned(block(last), []);
  }

  /** Gives the decoder back for the next stream (once it exists: it may still be loading). */
  free(): void {
    if (this.#freed) return;
    this.#freed = true;
    void this.#ready.then(
      (d) => giveBack(d, this.#ended),
      () => {},
    );
  }
}

function block(d: {
  channelData: Float32Array[];
  samplesDecoded: number;
  sampleRate: number;
}): Omit<PcmBlock, 'position'> | undefined {
  if (!d.samplesDecoded) return undefined;
  if (d.sampleRate !== 44100 || d.channelData.length !== 2)
    throw new AudioCorruptError(`unsupported stream: ${d.sampleRate} Hz, ${d.channelData.length} channels`);
  return { left: d.channelData[0]!, right: d.channelData[1]!, frames: d.samplesDecoded };
}
