/**
 * A small tar (ustar + pax) reader and writer for release bundles. The reader streams: it never holds more than
 * one chunk of a file body, and it knows only the entry types a bundle may carry (files, folders, symbolic links).
 * Hard links, devices and FIFOs are refused as unsafe, anything else as not a bundle; entries above a size cap
 * are refused before their body is read. Paths are returned as written; the caller decides what is safe.
 */
import { UpdateError } from './errors.js';

export type TarEntryType = 'file' | 'dir' | 'symlink';

export interface TarEntry {
  path: string;
  type: TarEntryType;
  size: number;
  mode: number;
  linkTarget: string;
}

const BLOCK = 512;
const MAX_META_BYTES = 64 * 1024;

const format = (message: string): UpdateError =>
  new UpdateError('ERR_UPDATE_FORMAT', `not a spotlet bundle: ${message}`);

function cString(b: Buffer, start: number, len: number): string {
  const field = b.subarray(start, start + len);
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? len : end).toString('utf8');
}

function octal(b: Buffer, start: number, len: number, what: string): number {
  const s = cString(b, start, len).trim();
  if (b[start]! & 0x80) throw format(`${what} in base-256 (larger than a bundle may be)`);
  if (s === '') return 0;
  if (!/^[0-7]+$/.test(s)) throw format(`${what} is not an octal number`);
  return Number.parseInt(s, 8);
}

/** pax extended header records: "LEN key=value\n". */
function parsePax(data: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < data.length) {
    const space = data.indexOf(0x20, i);
    if (space < 0) throw format('bad pax header');
    const len = Number(data.subarray(i, space).toString('ascii'));
    if (!Number.isInteger(len) || len <= space - i || i + len > data.length) throw format('bad pax record length');
    const record = data.subarray(space + 1, i + len - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq <= 0) throw format('bad pax record');
    out.set(record.slice(0, eq), record.slice(eq + 1));
    i += len;
  }
  return out;
}

export class TarReader {
  #source: AsyncIterator<Buffer>;
  #chunks: Buffer[] = [];
  #buffered = 0;
  #ended = false;
  /** Body bytes (plus padding) of the current entry not yet consumed. */
  #remaining = 0;
  #padding = 0;
  #maxEntryBytes: number;

  constructor(source: AsyncIterable<Buffer>, opts: { maxEntryBytes: number }) {
    this.#source = source[Symbol.asyncIterator]();
    this.#maxEntryBytes = opts.maxEntryBytes;
  }

  /** The next entry's header (the previous entry's unread body is skipped); undefined at the end of the archive. */
  async next(): Promise<TarEntry | undefined> {
    await this.#skipBody();
    let pax = new Map<string, string>();
    let longName: string | undefined;
    let longLink: string | undefined;
    for (;;) {
      const h = await this.#take(BLOCK, 'header');
      if (h.every((x) => x === 0)) return undefined;
      let sum = 0;
      for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i]!;
      if (sum !== octal(h, 148, 8, 'checksum')) throw format('header checksum mismatch');
      const flag = String.fromCharCode(h[156]!);
      const size = octal(h, 124, 12, 'size');
      if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
        if (size > MAX_META_BYTES) throw format('oversized extended header');
        const data = await this.#take(size, 'extended header');
        await this.#take((BLOCK - (size % BLOCK)) % BLOCK, 'padding');
        if (flag === 'x') pax = parsePax(data);
        else if (flag === 'L') longName = cString(data, 0, data.length);
        else if (flag === 'K') longLink = cString(data, 0, data.length);
        continue;
      }
      const name = cString(h, 0, 100);
      // POSIX ustar keeps long paths' folders in a prefix field; old GNU headers use those bytes for other things.
      const prefix = h.subarray(257, 263).toString('latin1') === 'ustar\0' ? cString(h, 345, 155) : '';
      const path = pax.get('path') ?? longName ?? (prefix ? `${prefix}/${name}` : name);
      const realSize = pax.has('size') ? Number(pax.get('size')) : size;
      if (!Number.isSafeInteger(realSize) || realSize < 0) throw format(`${path}: bad size`);
      const entry = {
        path,
        size: realSize,
        mode: octal(h, 100, 8, 'mode') & 0o7777,
        linkTarget: pax.get('linkpath') ?? longLink ?? cString(h, 157, 100),
      };
      let type: TarEntryType;
      if (flag === '0' || flag === '\0' || flag === '7') type = 'file';
      else if (flag === '5') type = 'dir';
      else if (flag === '2') type = 'symlink';
      else if (flag === '1') throw new UpdateError('ERR_UPDATE_UNSAFE_ENTRY', `${path}: hard links are not allowed`);
      else if (flag === '3' || flag === '4' || flag === '6')
        throw new UpdateError('ERR_UPDATE_UNSAFE_ENTRY', `${path}: device files and FIFOs are not allowed`);
      else throw format(`${path}: unknown entry type ${JSON.stringify(flag)}`);
      if (type !== 'file' && realSize !== 0) throw format(`${path}: a ${type} with a body`);
      if (realSize > this.#maxEntryBytes)
        throw new UpdateError(
          'ERR_UPDATE_UNSAFE_ENTRY',
          `${path}: ${realSize} bytes, more than the ${this.#maxEntryBytes} a file may have`,
        );
      this.#remaining = realSize;
      this.#padding = (BLOCK - (realSize % BLOCK)) % BLOCK;
      return { ...entry, type };
    }
  }

  /** The current entry's body, chunk by chunk. */
  async *body(): AsyncGenerator<Buffer> {
    while (this.#remaining > 0) {
      await this.#fill(1, 'file body');
      const chunk = this.#shift(Math.min(this.#remaining, this.#chunks[0]!.length));
      this.#remaining -= chunk.length;
      yield chunk;
    }
    await this.#take(this.#padding, 'padding');
    this.#padding = 0;
  }

  /** Reads the current entry's body whole (for small entries such as the manifest). */
  async readAll(): Promise<Buffer> {
    const parts: Buffer[] = [];
    for await (const c of this.body()) parts.push(c);
    return Buffer.concat(parts);
  }

  async #skipBody(): Promise<void> {
    for await (const _ of this.body()) {
      /* discard */
    }
  }

  async #fill(n: number, what: string): Promise<void> {
    while (this.#buffered < n) {
      if (this.#ended) throw format(`the archive ends in the middle of a ${what} (truncated?)`);
      const r = await this.#source.next();
      if (r.done) this.#ended = true;
      else if (r.value.length) {
        this.#chunks.push(r.value);
        this.#buffered += r.value.length;
      }
    }
  }

  /** Removes up to n bytes from the first buffered chunk. */
  #shift(n: number): Buffer {
    const first = this.#chunks[0]!;
    const out = first.subarray(0, n);
    if (n >= first.length) this.#chunks.shift();
    else this.#chunks[0] = first.subarray(n);
    this.#buffered -= out.length;
    return out;
  }

  async #take(n: number, what: string): Promise<Buffer> {
    if (n === 0) return Buffer.alloc(0);
    await this.#fill(n, what);
    const parts: Buffer[] = [];
    let left = n;
    while (left > 0) {
      const p = this.#shift(left);
      parts.push(p);
      left -= p.length;
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }
}

function header(name: string, flag: string, size: number, mode: number, link = ''): Buffer {
  const h = Buffer.alloc(BLOCK);
  const put = (s: string, at: number, len: number): void => void h.write(s, at, len, 'utf8');
  const num = (n: number, at: number, len: number): void => put(`${n.toString(8).padStart(len - 1, '0')}\0`, at, len);
  put(name, 0, 100);
  num(mode, 100, 8);
  num(0, 108, 8);
  num(0, 116, 8);
  num(size, 124, 12);
  num(0, 136, 12);
  put(flag, 156, 1);
  put(link, 157, 100);
  put('ustar\0', 257, 6);
  put('00', 263, 2);
  put('root', 265, 32);
  put('root', 297, 32);
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const x of h) sum += x;
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  return h;
}

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const bodyLen = Buffer.byteLength(body);
  // The length counts its own digits.
  let len = bodyLen + 1;
  while (String(len).length + bodyLen !== len) len = String(len).length + bodyLen;
  return `${len}${body}`;
}

const pad = (n: number): Buffer => Buffer.alloc((BLOCK - (n % BLOCK)) % BLOCK);

/** One tar entry as blocks (a pax header first when the path or link target does not fit ustar's fields). */
export function tarEntry(e: TarEntry, body: Buffer = Buffer.alloc(0)): Buffer[] {
  const out: Buffer[] = [];
  const long = Buffer.byteLength(e.path) > 100 || Buffer.byteLength(e.linkTarget) > 100;
  if (long) {
    const pax = Buffer.from(
      paxRecord('path', e.path) + (e.linkTarget ? paxRecord('linkpath', e.linkTarget) : ''),
      'utf8',
    );
    out.push(header('PaxHeader', 'x', pax.length, 0o644), pax, pad(pax.length));
  }
  const flag = e.type === 'file' ? '0' : e.type === 'dir' ? '5' : '2';
  const short = (s: string): string => (Buffer.byteLength(s) > 100 ? '' : s);
  out.push(header(long ? short(e.path) || 'long-name' : e.path, flag, e.size, e.mode, short(e.linkTarget)));
  if (e.type === 'file') out.push(body, pad(body.length));
  return out;
}

/** The end-of-archive marker: two zero blocks. */
export const TAR_END = Buffer.alloc(2 * BLOCK);
