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
}

/** Splits a byte stream into CRC-checked Ogg pages. */
export class OggPageSplitter {
  #buf: Buffer = Buffer.alloc(0);
  #serial: number | undefined;
  #nextSeq: number | undefined;

  /** Adds bytes; returns the complete, verified pages (concatenated) ready for the decoder. */
  push(chunk: Buffer): Buffer {
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
export function loadVorbisDecoder(): Promise<unknown> {
  decoderModule ??= import('@wasm-audio-decoders/ogg-vorbis');
  return decoderModule;
}

/** One track's decoder: feed Ogg bytes (after Spotify's header page), get planar float PCM. */
export class VorbisStream {
  #pages = new OggPageSplitter();
  #ready: Promise<OggVorbisDecoder>;
  #freed = false;

  constructor() {
    this.#ready = (loadVorbisDecoder() as NonNullable<typeof decoderModule>).then(async (m) => {
      const d = new m.OggVorbisDecoder();
      await d.ready;
      return d;
    });
    this.#ready.catch(() => {}); // reported by push/end
  }

  async push(chunk: Buffer): Promise<PcmBlock | undefined> {
    const pages = this.#pages.push(chunk);
    if (!pages.length) return undefined;
    const d = await this.#ready;
    return block(await d.decode(pages));
  }

  /** Ends the stream: checks nothing was left half-way and returns the last samples. */
  async end(): Promise<PcmBlock | undefined> {
    if (this.#pages.pending)
      throw new AudioCorruptError(`stream ends inside an Ogg page (${this.#pages.pending} bytes left)`);
    const d = await this.#ready;
    return block(await d.flush());
  }

  /** Releases the wasm instance (once it exists: it may still be loading). */
  free(): void {
    if (this.#freed) return;
    this.#freed = true;
    void this.#ready.then(
      (d) => d.free(),
      () => {},
    );
  }
}

function block(d: { channelData: Float32Array[]; samplesDecoded: number; sampleRate: number }): PcmBlock | undefined {
  if (!d.samplesDecoded) return undefined;
  if (d.sampleRate !== 44100 || d.channelData.length !== 2)
    throw new AudioCorruptError(`unsupported stream: ${d.sampleRate} Hz, ${d.channelData.length} channels`);
  return { left: d.channelData[0]!, right: d.channelData[1]!, frames: d.samplesDecoded };
}
