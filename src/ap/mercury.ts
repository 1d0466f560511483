/**
 * The Mercury client over the AP (docs/protocol/04 §1): requests, multi-packet responses, subscriptions and
 * pushed events. The framing is the shared protocol codec's.
 */
import type { Logger } from '../core/log.js';
import {
  CMD,
  MercuryAssembler,
  MercuryError,
  decodeSubscription,
  encodeMercuryHeader,
  splitMercuryMessage,
  type MercuryHeader,
} from '../protocol/index.js';

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
    // A part that is not a Subscription adds nothing: then the requested uri is used.
    const uris = res.payload.map(decodeSubscription).filter((u): u is string => u !== undefined);
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
