/**
 * Ogg page framing (RFC 3533) and Spotify's extra first page (docs/protocol/05 §7).
 */
export const OGG_CAPTURE = Buffer.from('OggS', 'latin1');
/** Size of Spotify's header page in front of the Vorbis stream. */
export const SPOTIFY_HEADER_SIZE = 0xa7;

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let r = i << 24;
    for (let j = 0; j < 8; j++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
    t[i] = r >>> 0;
  }
  return t;
})();

/** Ogg's CRC-32 (poly 0x04c11db7, init 0, unreflected, no final xor). */
export function oggCrc(data: Uint8Array): number {
  let crc = 0;
  for (let i = 0; i < data.length; i++) crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ data[i]!) & 0xff]!) >>> 0;
  return crc;
}

export interface OggPage {
  /** Byte offset of the page in the buffer it was read from. */
  offset: number;
  /** Total page length (header + lacing + body). */
  length: number;
  headerType: number;
  granule: bigint;
  serial: number;
  sequence: number;
  crcValid: boolean;
  body: Buffer;
}

/** Reads the page at `offset`; undefined if the buffer holds no complete page there. */
export function readOggPage(buf: Buffer, offset: number): OggPage | undefined {
  if (offset + 27 > buf.length || buf.compare(OGG_CAPTURE, 0, 4, offset, offset + 4) !== 0) return undefined;
  const nseg = buf[offset + 26]!;
  const headerLen = 27 + nseg;
  if (offset + headerLen > buf.length) return undefined;
  let bodyLen = 0;
  for (let i = 0; i < nseg; i++) bodyLen += buf[offset + 27 + i]!;
  const length = headerLen + bodyLen;
  if (offset + length > buf.length) return undefined;
  const page = Buffer.from(buf.subarray(offset, offset + length));
  const stored = page.readUInt32LE(22);
  page.writeUInt32LE(0, 22);
  return {
    offset,
    length,
    headerType: buf[offset + 5]!,
    granule: buf.readBigInt64LE(offset + 6),
    serial: buf.readUInt32LE(offset + 14),
    sequence: buf.readUInt32LE(offset + 18),
    crcValid: oggCrc(page) === stored,
    body: buf.subarray(offset + headerLen, offset + length),
  };
}

/** Every complete page in `buf` from `start`, in order. */
export function* oggPages(buf: Buffer, start = 0): Generator<OggPage> {
  let off = start;
  for (;;) {
    const p = readOggPage(buf, off);
    if (!p) return;
    yield p;
    off += p.length;
  }
}

export interface NormalisationData {
  trackGainDb: number;
  trackPeak: number;
  albumGainDb: number;
  albumPeak: number;
}

export const NO_NORMALISATION: NormalisationData = { trackGainDb: 0, trackPeak: 1, albumGainDb: 0, albumPeak: 1 };

/** Reads the ReplayGain floats at offset 144 of the (decrypted) file; falls back to 0 dB / peak 1. */
export function readNormalisation(head: Buffer): NormalisationData {
  if (head.length < 160) return NO_NORMALISATION;
  const v = [0, 4, 8, 12].map((o) => head.readFloatLE(144 + o));
  if (v.some((x) => !Number.isFinite(x))) return NO_NORMALISATION;
  return { trackGainDb: v[0]!, trackPeak: v[1]!, albumGainDb: v[2]!, albumPeak: v[3]! };
}

/**
 * Builds Spotify's 167-byte header page: packet type 0x81, a seek-table segment (total samples, total size,
 * start index, 100 index bytes), the ReplayGain segment (floats at file offset 144) and a -1 segment.
 */
export function buildSpotifyHeaderPage(o: {
  totalSamples: number;
  totalSize: number;
  serial: number;
  seekIndex?: Uint8Array;
  normalisation: NormalisationData;
}): Buffer {
  const body = Buffer.alloc(139);
  let p = 0;
  body[p++] = 0x81;
  body.writeUInt16LE(110, p);
  p += 2;
  body[p++] = 0x00;
  body.writeUInt32LE(o.totalSamples >>> 0, p);
  p += 4;
  body.writeUInt32LE(o.totalSize >>> 0, p);
  p += 4;
  body[p++] = 0; // start index
  const index = o.seekIndex ?? Uint8Array.from({ length: 100 }, (_, i) => i);
  body.set(index.subarray(0, 100), p);
  p += 100;
  body.writeUInt16LE(17, p);
  p += 2;
  body[p++] = 0x01;
  const n = o.normalisation;
  for (const f of [n.trackGainDb, n.trackPeak, n.albumGainDb, n.albumPeak]) {
    body.writeFloatLE(f, p);
    p += 4;
  }
  body.writeUInt16LE(5, p);
  p += 2;
  body[p++] = 0x02;
  body.writeInt32LE(-1, p);
  p += 4;
  const header = Buffer.alloc(28);
  OGG_CAPTURE.copy(header, 0);
  header[4] = 0;
  header[5] = 0x02; // beginning of stream
  header.writeBigInt64LE(0n, 6);
  header.writeUInt32LE(o.serial >>> 0, 14);
  header.writeUInt32LE(0, 18);
  header[26] = 1;
  header[27] = body.length;
  const page = Buffer.concat([header, body]);
  page.writeUInt32LE(oggCrc(page), 22);
  return page;
}

/** What a decoder needs before the audio of a Vorbis stream: its three header packets and their facts. */
export interface VorbisHeaders {
  /** The header pages (identification, comment, setup), as they are in the stream. */
  pages: Buffer;
  /** Offset (in the buffer read) of the first audio page. */
  audioStart: number;
  serial: number;
  /** Sequence number of the first audio page. */
  audioSequence: number;
  /** The short and long block sizes (identification header byte 28). */
  blocksizes: [number, number];
}

/**
 * The Vorbis header pages at `start` of `buf` (the setup header always ends a page, so audio starts on a page
 * of its own); undefined when `buf` does not hold all three yet, or they are not Vorbis headers.
 */
export function readVorbisHeaders(buf: Buffer, start: number): VorbisHeaders | undefined {
  let packets = 0;
  let ident: Buffer | undefined;
  for (const p of oggPages(buf, start)) {
    if (!p.crcValid) return undefined;
    ident ??= p.body;
    const lacing = buf.subarray(p.offset + 27, p.offset + 27 + buf[p.offset + 26]!);
    for (const l of lacing) if (l < 255) packets++;
    if (packets >= 3) {
      if (ident.length < 30 || ident[0] !== 1 || ident.toString('latin1', 1, 7) !== 'vorbis') return undefined;
      const end = p.offset + p.length;
      return {
        pages: buf.subarray(start, end),
        audioStart: end,
        serial: p.serial,
        audioSequence: p.sequence + 1,
        blocksizes: [1 << (ident[28]! & 0x0f), 1 << (ident[28]! >> 4)],
      };
    }
  }
  return undefined;
}

/**
 * The valid pages in `buf`, which starts anywhere in a stream: the first capture pattern that begins a page
 * with a good CRC and `serial`, then the pages that follow it back to back.
 */
export function syncOggPages(buf: Buffer, serial: number): OggPage[] {
  for (let at = buf.indexOf(OGG_CAPTURE); at >= 0; at = buf.indexOf(OGG_CAPTURE, at + 1)) {
    const first = readOggPage(buf, at);
    if (!first?.crcValid || first.serial !== serial) continue;
    const pages: OggPage[] = [];
    for (const p of oggPages(buf, at)) {
      if (!p.crcValid || p.serial !== serial) break;
      pages.push(p);
    }
    return pages;
  }
  return [];
}
