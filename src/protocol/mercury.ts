/**
 * Mercury framing over the AP (docs/protocol/04 §1), for both ends: the 0xb2–0xb5 packet payloads (sequence,
 * flags, parts), the header and Subscription messages, splitting a message into packets and reassembling it.
 */
import type { spotify } from '../gen/ap.js';
import { apMessages } from './messages.js';
import { MercuryError } from './errors.js';
import { errorMessage } from '../core/errors.js';

export const MERCURY_FLAG_FINAL = 1;
export const MERCURY_FLAG_PARTIAL = 2;

export interface MercuryHeader {
  uri: string;
  method?: string;
  contentType?: string;
  statusCode?: number;
  userFields?: { key: string; value: Buffer }[];
}

/** One Mercury packet payload: sequence bytes, flags and its parts. */
export interface MercuryFrame {
  seq: Buffer;
  flags: number;
  parts: Buffer[];
}

export function encodeMercuryFrame(f: MercuryFrame): Buffer {
  let size = 2 + f.seq.length + 1 + 2;
  for (const p of f.parts) size += 2 + p.length;
  const out = Buffer.allocUnsafe(size);
  let at = out.writeUInt16BE(f.seq.length, 0);
  at += f.seq.copy(out, at);
  at = out.writeUInt8(f.flags, at);
  at = out.writeUInt16BE(f.parts.length, at);
  for (const p of f.parts) {
    at = out.writeUInt16BE(p.length, at);
    at += p.copy(out, at);
  }
  return out;
}

export function decodeMercuryFrame(payload: Buffer): MercuryFrame {
  const bad = (): never => {
    throw new MercuryError('ERR_MERCURY_PROTOCOL', `malformed Mercury packet (${payload.length} bytes)`);
  };
  if (payload.length < 2) bad();
  const seqLen = payload.readUInt16BE(0);
  let at = 2 + seqLen;
  if (payload.length < at + 3) bad();
  const seq = payload.subarray(2, at);
  const flags = payload[at]!;
  const count = payload.readUInt16BE(at + 1);
  at += 3;
  const parts: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    if (payload.length < at + 2) bad();
    const len = payload.readUInt16BE(at);
    at += 2;
    if (payload.length < at + len) bad();
    parts.push(payload.subarray(at, at + len));
    at += len;
  }
  return { seq, flags, parts };
}

export function encodeMercuryHeader(h: MercuryHeader): Buffer {
  const pb = apMessages();
  return Buffer.from(
    pb.MercuryHeader.encode({
      uri: h.uri,
      ...(h.contentType !== undefined ? { contentType: h.contentType } : {}),
      ...(h.method !== undefined ? { method: h.method } : {}),
      ...(h.statusCode !== undefined ? { statusCode: h.statusCode } : {}),
      userFields: h.userFields ?? [],
    }).finish(),
  );
}

export function decodeMercuryHeader(b: Buffer): MercuryHeader {
  let m: spotify.ap.MercuryHeader;
  try {
    m = apMessages().MercuryHeader.decode(b);
  } catch (err) {
    throw new MercuryError('ERR_MERCURY_PROTOCOL', `malformed Mercury header: ${errorMessage(err)}`);
  }
  const h: MercuryHeader = { uri: m.uri ?? '' };
  if (m.method) h.method = m.method;
  if (m.contentType) h.contentType = m.contentType;
  if (m.statusCode !== null && m.statusCode !== undefined) h.statusCode = m.statusCode;
  if (m.userFields?.length)
    h.userFields = m.userFields.map((u) => ({ key: u.key ?? '', value: Buffer.from(u.value ?? []) }));
  return h;
}

/** The URI of a Subscription part; undefined when the part is not a Subscription or names none. */
export function decodeSubscription(b: Buffer): string | undefined {
  try {
    return apMessages().Subscription.decode(b).uri || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Splits a whole message (header + body parts) into packet payloads of at most `maxPayload` bytes, using
 * flags 2 (partial: the last part continues in the next packet) and 1 (final), as the AP does.
 */
export function splitMercuryMessage(seq: Buffer, parts: Buffer[], maxPayload = 0xffff): Buffer[] {
  const empty = 2 + seq.length + 3;
  if (maxPayload < empty + 4) throw new RangeError('splitMercuryMessage: maxPayload too small');
  // Invariant: size <= maxPayload - 2, so a continued part (possibly empty) always fits.
  const limit = maxPayload - 2;
  const frames: Buffer[] = [];
  let current: Buffer[] = [];
  let size = empty;
  for (const part of parts) {
    let rest = part;
    while (size + 2 + rest.length > limit) {
      const take = limit - size - 2;
      current.push(rest.subarray(0, Math.max(0, take)));
      rest = rest.subarray(Math.max(0, take));
      frames.push(encodeMercuryFrame({ seq, flags: MERCURY_FLAG_PARTIAL, parts: current }));
      current = [];
      size = empty;
    }
    current.push(rest);
    size += 2 + rest.length;
  }
  frames.push(encodeMercuryFrame({ seq, flags: MERCURY_FLAG_FINAL, parts: current }));
  return frames;
}

/** Reassembles multi-packet messages per sequence (docs/protocol/04 §1). */
export class MercuryAssembler {
  #pending = new Map<string, { parts: Buffer[]; partial: Buffer | undefined }>();

  /** Feeds one packet payload; returns the complete message when this packet was its last. */
  push(payload: Buffer): { seq: Buffer; header: MercuryHeader; body: Buffer[] } | undefined {
    const f = decodeMercuryFrame(payload);
    const key = f.seq.toString('hex');
    const entry = this.#pending.get(key) ?? { parts: [], partial: undefined };
    f.parts.forEach((part, i) => {
      let p = part;
      if (i === 0 && entry.partial) {
        p = Buffer.concat([entry.partial, part]);
        entry.partial = undefined;
      }
      if (f.flags === MERCURY_FLAG_PARTIAL && i === f.parts.length - 1) entry.partial = Buffer.from(p);
      else entry.parts.push(Buffer.from(p));
    });
    if (f.flags !== MERCURY_FLAG_FINAL) {
      if (this.#pending.size > 256 && !this.#pending.has(key))
        throw new MercuryError('ERR_MERCURY_PROTOCOL', 'too many unfinished Mercury messages');
      this.#pending.set(key, entry);
      return undefined;
    }
    this.#pending.delete(key);
    if (!entry.parts.length) throw new MercuryError('ERR_MERCURY_PROTOCOL', 'Mercury message without a header');
    return { seq: Buffer.from(f.seq), header: decodeMercuryHeader(entry.parts[0]!), body: entry.parts.slice(1) };
  }

  clear(): void {
    this.#pending.clear();
  }
}
