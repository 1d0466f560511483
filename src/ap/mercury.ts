/**
 * Mercury over the AP (protocol/04 §1): framing of the 0xb2–0xb5 payloads, and a client with requests,
 * multi-packet responses, subscriptions and pushed events.
 */
import { spotify } from '../gen/ap.js';
import type { Logger } from '../core/log.js';
import { MercuryError } from './errors.js';
import { CMD } from './packets.js';

const pb = spotify.ap;

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
    m = pb.MercuryHeader.decode(b);
  } catch (err) {
    throw new MercuryError('ERR_MERCURY_PROTOCOL', `malformed Mercury header: ${(err as Error).message}`);
  }
  const h: MercuryHeader = { uri: m.uri ?? '' };
  if (m.method) h.method = m.method;
  if (m.contentType) h.contentType = m.contentType;
  if (m.statusCode !== null && m.statusCode !== undefined) h.statusCode = m.statusCode;
  if (m.userFields?.length)
    h.userFields = m.userFields.map((u) => ({ key: u.key ?? '', value: Buffer.from(u.value ?? []) }));
  return h;
}

export function encodeSubscription(uri: string): Buffer {
  return Buffer.from(pb.Subscription.encode({ uri }).finish());
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

/** Reassembles multi-packet messages per sequence (protocol/04 §1). */
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

export interface MercuryRequest {
  uri: string;
  /** GET (default) or SEND. */
  method?: 'GET' | 'SEND';
  contentType?: string;
  payload?: Buffer[];
}

export interface MercuryResponse {
  header: MercuryHeader;
  statusCode: number;
  payload: Buffer[];
}

export type MercuryEventListener = (event: { uri: string; header: MercuryHeader; payload: Buffer[] }) => void;

/** Sends a packet on the current AP connection; throws when there is none. */
export type PacketSender = (cmd: number, payload: Buffer) => void;

interface Waiter {
  resolve: (r: MercuryResponse) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export class MercuryClient {
  #send: PacketSender;
  #log: Logger;
  #timeoutMs: number;
  #seq = 0n;
  #waiters = new Map<string, Waiter>();
  #assembler = new MercuryAssembler();
  #subscriptions = new Map<string, Set<MercuryEventListener>>();

  constructor(send: PacketSender, log: Logger, timeoutMs = 15_000) {
    this.#send = send;
    this.#log = log;
    this.#timeoutMs = timeoutMs;
  }

  /** GET or SEND; resolves with the response, rejects with MercuryError on status ≥ 400 or timeout. */
  request(req: MercuryRequest): Promise<MercuryResponse> {
    const method = req.method ?? 'GET';
    return this.#exchange(
      CMD.MercuryReq,
      { uri: req.uri, method, ...(req.contentType ? { contentType: req.contentType } : {}) },
      req.payload ?? [],
    );
  }

  /**
   * Subscribes to pushes whose URI starts with `uri` (or the URIs the AP lists in its answer). Resolves
   * with a function that unsubscribes.
   */
  async subscribe(uri: string, listener: MercuryEventListener): Promise<() => Promise<void>> {
    const res = await this.#exchange(CMD.MercurySub, { uri, method: 'SUB' }, []);
    const uris: string[] = [];
    for (const part of res.payload) {
      try {
        const s = pb.Subscription.decode(part);
        if (s.uri) uris.push(s.uri);
      } catch {
        /* a non-Subscription part: use the requested uri */
      }
    }
    if (!uris.length) uris.push(uri);
    for (const u of uris) {
      let set = this.#subscriptions.get(u);
      if (!set) {
        set = new Set();
        this.#subscriptions.set(u, set);
      }
      set.add(listener);
    }
    return async () => {
      for (const u of uris) {
        const set = this.#subscriptions.get(u);
        set?.delete(listener);
        if (set?.size === 0) this.#subscriptions.delete(u);
      }
      await this.#exchange(CMD.MercuryUnsub, { uri, method: 'UNSUB' }, []).catch((err) =>
        this.#log.debug('mercury unsubscribe failed', { uri, err }),
      );
    };
  }

  /** URIs with listeners (re-subscribed by the session after a reconnect). */
  get subscribedUris(): string[] {
    return [...this.#subscriptions.keys()];
  }

  /** Re-sends SUB for every subscribed URI (after a reconnect; the listeners stay). */
  resubscribe(): void {
    for (const uri of this.#subscriptions.keys()) {
      this.#exchange(CMD.MercurySub, { uri, method: 'SUB' }, []).catch((err) =>
        this.#log.warn('mercury resubscribe failed', { uri, err }),
      );
    }
  }

  /** Handles one 0xb2–0xb5 packet from the AP. Malformed input is logged and dropped. */
  handle(cmd: number, payload: Buffer): void {
    let msg;
    try {
      msg = this.#assembler.push(payload);
    } catch (err) {
      this.#log.warn('mercury packet dropped', { cmd, err });
      return;
    }
    if (!msg) return;
    const key = msg.seq.toString('hex');
    const waiter = cmd === CMD.MercuryEvent ? undefined : this.#waiters.get(key);
    if (waiter) {
      this.#waiters.delete(key);
      clearTimeout(waiter.timer);
      const status = msg.header.statusCode ?? 200;
      if (status >= 400)
        waiter.reject(
          new MercuryError('ERR_MERCURY_STATUS', `Mercury ${msg.header.uri || 'request'}: status ${status}`, status),
        );
      else waiter.resolve({ header: msg.header, statusCode: status, payload: msg.body });
      return;
    }
    this.#dispatchEvent(msg.header, msg.body);
  }

  /** Fails every pending request (the connection is gone). */
  failAll(err: Error): void {
    for (const w of this.#waiters.values()) {
      clearTimeout(w.timer);
      w.reject(err);
    }
    this.#waiters.clear();
    this.#assembler.clear();
  }

  #dispatchEvent(header: MercuryHeader, payload: Buffer[]): void {
    const uri = header.uri;
    let delivered = 0;
    for (const [prefix, listeners] of this.#subscriptions) {
      if (!uri.startsWith(prefix)) continue;
      for (const l of listeners) {
        delivered++;
        try {
          l({ uri, header, payload });
        } catch (err) {
          this.#log.warn('mercury listener failed', { uri, err });
        }
      }
    }
    if (!delivered) this.#log.debug('mercury event without subscriber', { uri });
  }

  #exchange(cmd: number, header: MercuryHeader, body: Buffer[]): Promise<MercuryResponse> {
    const seq = Buffer.alloc(8);
    seq.writeBigUInt64BE(this.#seq);
    this.#seq = (this.#seq + 1n) & 0xffffffffffffffffn;
    const key = seq.toString('hex');
    return new Promise((resolve, reject) => {
      const frames = splitMercuryMessage(seq, [encodeMercuryHeader(header), ...body]);
      try {
        for (const f of frames) this.#send(cmd, f);
      } catch (err) {
        reject(err);
        return;
      }
      const timer = setTimeout(() => {
        this.#waiters.delete(key);
        reject(
          new MercuryError(
            'ERR_MERCURY_TIMEOUT',
            `Mercury ${header.method} ${header.uri}: no answer within ${this.#timeoutMs} ms`,
          ),
        );
      }, this.#timeoutMs);
      this.#waiters.set(key, { resolve, reject, timer });
    });
  }
}
