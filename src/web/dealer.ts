/**
 * The dealer websocket (docs/protocol/06 §1): pushes (messages) and commands (requests that need exactly one
 * reply). Sends a JSON ping every 30 s and drops a connection that stays silent; reconnects with bounded
 * backoff and a fresh token; every new connection announces a new connection id.
 */
import { EventEmitter } from 'node:events';
import { gunzipSync } from 'node:zlib';
import WebSocket from 'ws';
import { Backoff } from '../core/backoff.js';
import { monotonicMs } from '../core/clock.js';
import type { Logger } from '../core/log.js';
import { USER_AGENT } from '../core/http.js';
import { errorMessage } from '../core/errors.js';

export interface DealerMessage {
  uri: string;
  headers: Record<string, string>;
  /** Decoded payload bytes (base64 → gunzip when Transfer-Encoding is gzip); empty when none. */
  payload: Buffer;
}

export interface DealerRequest {
  messageIdent: string;
  key: string;
  /** The decoded JSON command. */
  body: unknown;
}

export interface DealerEvents {
  'connection-id': [id: string];
  message: [msg: DealerMessage];
  request: [req: DealerRequest, reply: (success: boolean) => void];
  state: [state: 'connected' | 'disconnected'];
}

export interface DealerOptions {
  /** Base URL, e.g. wss://gew4-dealer.spotify.com:443 */
  url: () => Promise<string>;
  /** No connection could be made to `url` (refused, unreachable, a server error): the next `url()` may name another. */
  unreachable?: (url: string) => void;
  token: () => Promise<string>;
  /** The dealer refused the token (HTTP 401 on the upgrade): drop it so the next attempt gets a fresh one. */
  onUnauthorized?: () => void;
  log: Logger;
  pingIntervalMs?: number;
  reconnectMinMs?: number;
  reconnectMaxMs?: number;
}

/** How long a close waits for the server's answering close frame before dropping the socket. */
const CLOSE_WAIT_MS = 1000;

export function decodePayload(headers: Record<string, string>, payload: unknown): Buffer {
  let bytes: Buffer;
  if (typeof payload === 'string') bytes = Buffer.from(payload, 'base64');
  else if (payload && typeof payload === 'object') bytes = Buffer.from(JSON.stringify(payload));
  else return Buffer.alloc(0);
  const te = headers['Transfer-Encoding'] ?? headers['transfer-encoding'];
  if (te === 'gzip') bytes = gunzipSync(bytes, { maxOutputLength: 16 * 1024 * 1024 });
  else if (te) throw new Error(`unsupported Transfer-Encoding ${te}`);
  return bytes;
}

/** How long a connection that survived an outage has to answer a ping. */
const VERIFY_MS = 5000;

export class DealerClient extends EventEmitter<DealerEvents> {
  #o: Required<DealerOptions>;
  #ws: WebSocket | undefined;
  #closed = false;
  #backoff: Backoff;
  #timer: NodeJS.Timeout | undefined;
  /** Monotonic time of the last frame or pong from the dealer. */
  #lastSeen = 0;
  /** Waiting for the dealer to be heard from (`verify`). */
  #hearers = new Set<() => void>();
  connectionId: string | undefined;

  constructor(o: DealerOptions) {
    super();
    this.#o = {
      pingIntervalMs: 30_000,
      reconnectMinMs: 500,
      reconnectMaxMs: 30_000,
      onUnauthorized: () => {},
      unreachable: () => {},
      ...o,
    };
    this.#backoff = new Backoff({ firstMs: this.#o.reconnectMinMs, maxMs: this.#o.reconnectMaxMs, jitter: 0.5 });
  }

  start(): void {
    this.#closed = false;
    void this.#connect();
  }

  /**
   * Closes for good with a close frame saying the client goes away (1001), as go-librespot's `Dealer.Close`
   * does, so the cloud learns at once that the device left instead of waiting for the connection to time out.
   * Resolves once the server answered the close (or after a second, the socket then dropped).
   */
  close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    const ws = this.#ws;
    this.#ws = undefined;
    this.connectionId = undefined;
    if (!ws || ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    if (ws.readyState !== WebSocket.OPEN) {
      ws.terminate();
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const t = setTimeout(() => ws.terminate(), CLOSE_WAIT_MS);
      ws.once('close', () => {
        clearTimeout(t);
        resolve();
      });
      ws.close(1001, 'going away');
    });
  }

  async #connect(): Promise<void> {
    if (this.#closed) return;
    let base: string;
    let url: string;
    try {
      base = await this.#o.url();
      url = `${base.replace(/\/$/, '')}/?access_token=${encodeURIComponent(await this.#o.token())}`;
    } catch (err) {
      this.#o.log.warn('dealer: no token or address', { err });
      return this.#retry();
    }
    if (this.#closed) return;
    const ws = new WebSocket(url, {
      headers: { 'User-Agent': USER_AGENT },
      handshakeTimeout: 10_000,
      maxPayload: 16 * 1024 * 1024,
    });
    this.#ws = ws;
    let opened = false;
    let unauthorized = false;
    ws.on('open', () => {
      opened = true;
      this.#lastSeen = monotonicMs();
      this.#schedulePing(ws);
      this.emit('state', 'connected');
    });
    ws.on('message', (data, isBinary) => {
      this.#heard();
      if (!isBinary) this.#onFrame(ws, data.toString());
    });
    ws.on('pong', () => this.#heard());
    ws.on('unexpected-response', (_req, res) => {
      this.#o.log.warn('dealer refused the connection', { status: res.statusCode });
      unauthorized = res.statusCode === 401;
      if (unauthorized) this.#o.onUnauthorized();
      res.resume();
      ws.terminate(); // ends the handshake: 'close' follows and schedules the backoff retry
    });
    ws.on('error', (err) => this.#o.log.warn('dealer connection error', { reason: err.message }));
    ws.on('close', () => {
      if (this.#ws !== ws) return;
      if (!opened && !unauthorized) this.#o.unreachable(base);
      this.#ws = undefined;
      this.connectionId = undefined;
      this.emit('state', 'disconnected');
      this.#retry();
    });
  }

  #heard(): void {
    this.#lastSeen = monotonicMs();
    for (const h of this.#hearers) h();
  }

  /**
   * Whether the connection is alive now: a ping, and true once the dealer answers within `ms`. Whatever it pushed
   * while the link was down arrives before that answer. A silent connection is dropped (a new one follows).
   */
  verify(ms: number): Promise<boolean> {
    const ws = this.#ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return Promise.resolve(false);
    return new Promise((resolve) => {
      const done = (alive: boolean): void => {
        clearTimeout(timer);
        this.#hearers.delete(heard);
        ws.off('close', closed);
        resolve(alive);
      };
      const heard = (): void => done(true);
      const closed = (): void => done(false);
      const timer = setTimeout(() => {
        this.#o.log.warn('dealer did not answer a ping, reconnecting', { withinMs: ms });
        ws.terminate();
        done(false);
      }, ms);
      this.#hearers.add(heard);
      ws.once('close', closed);
      ws.send(JSON.stringify({ type: 'ping' }));
    });
  }

  /** The network is back: a reconnect waiting out its backoff is made now; a connection that survived is checked. */
  retryNow(): void {
    if (this.#closed) return;
    if (this.#ws) {
      void this.verify(VERIFY_MS);
      return;
    }
    clearTimeout(this.#timer);
    this.#backoff.reset();
    this.#o.log.info('dealer reconnecting now: the network is back');
    void this.#connect();
  }

  #retry(): void {
    if (this.#closed) return;
    clearTimeout(this.#timer);
    const delay = this.#backoff.next();
    this.#o.log.info('dealer reconnecting', { inMs: Math.round(delay) });
    this.#timer = setTimeout(() => void this.#connect(), delay);
  }

  #schedulePing(ws: WebSocket): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (this.#ws !== ws) return;
      if (monotonicMs() - this.#lastSeen > this.#o.pingIntervalMs + 10_000) {
        this.#o.log.warn('dealer silent, reconnecting');
        ws.terminate();
        return;
      }
      ws.send(JSON.stringify({ type: 'ping' }));
      this.#schedulePing(ws);
    }, this.#o.pingIntervalMs);
  }

  #onFrame(ws: WebSocket, text: string): void {
    let f: Record<string, unknown>;
    try {
      f = JSON.parse(text) as Record<string, unknown>;
    } catch {
      this.#o.log.warn('dealer: frame is not JSON', { length: text.length });
      return;
    }
    const headers = (f.headers && typeof f.headers === 'object' ? f.headers : {}) as Record<string, string>;
    if (f.type === 'message' && typeof f.uri === 'string') {
      if (f.uri.startsWith('hm://pusher/v1/connections/')) {
        const id = headers['Spotify-Connection-Id'];
        if (id) {
          this.#backoff.reset();
          this.connectionId = id;
          this.emit('connection-id', id);
        }
        return;
      }
      const payloads = Array.isArray(f.payloads) ? f.payloads : [];
      try {
        this.emit('message', { uri: f.uri, headers, payload: decodePayload(headers, payloads[0]) });
      } catch (err) {
        this.#o.log.warn('dealer: bad message payload', { uri: f.uri, reason: errorMessage(err) });
      }
      return;
    }
    if (f.type === 'request' && typeof f.key === 'string') {
      const key = f.key;
      let replied = false;
      const reply = (success: boolean): void => {
        if (replied || ws.readyState !== WebSocket.OPEN) return;
        replied = true;
        ws.send(JSON.stringify({ type: 'reply', key, payload: { success } }));
      };
      try {
        const payload = (f.payload && typeof f.payload === 'object' ? f.payload : {}) as { compressed?: unknown };
        const body = JSON.parse(decodePayload(headers, payload.compressed).toString('utf8')) as unknown;
        this.emit('request', { messageIdent: String(f.message_ident ?? ''), key, body }, reply);
      } catch (err) {
        this.#o.log.warn('dealer: bad request', { reason: errorMessage(err) });
        reply(false);
      }
    }
  }
}
