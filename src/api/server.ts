/**
 * The API on its own port (as go-librespot serves it, so its `/` stays the API's): listens on the configured
 * address (loopback by default; the LAN only with a token), limits each client's request rate, answers CORS
 * for the configured origins and hands the rest to the API handler with the bearer-token policy.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { monotonicMs } from '../core/clock.js';
import { ConfigError } from '../core/errors.js';
import { answerClientErrors, closeAtOnce, createHttpServer, listen } from '../core/http-server.js';
import { ThrottledLog, type Logger } from '../core/log.js';
import type { SpeakerPort } from '../port/index.js';
import { isLoopback, type ApiConfig } from './config.js';
import { bearerToken, createApiHandler, openAccess, type ApiHandler } from './handler.js';
import { originAllowed } from './origin.js';

/**
 * A token bucket per client address (on the monotonic clock: a wall clock set back would lock everyone out):
 * `perSecond` requests a second, bursts of twice that. Addresses idle for
 * a minute are forgotten, so a scan of many addresses cannot grow it without bound.
 */
export class RequestRateLimiter {
  #buckets = new Map<string, { tokens: number; at: number }>();
  #sweptAt = 0;

  constructor(readonly perSecond: number) {}

  /** Takes one request of `client`'s allowance; false when it has none left. */
  take(client: string, now = monotonicMs()): boolean {
    const burst = this.perSecond * 2;
    if (now - this.#sweptAt > 60_000) {
      for (const [k, b] of this.#buckets) if (now - b.at > 60_000) this.#buckets.delete(k);
      this.#sweptAt = now;
    }
    const b = this.#buckets.get(client) ?? { tokens: burst, at: now };
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    this.#buckets.set(client, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }
}

export interface ApiServerOptions {
  config: ApiConfig;
  port: SpeakerPort;
  log: Logger;
  requestTimeoutMs?: number;
}

export class ApiServer {
  #o: ApiServerOptions;
  #handler: ApiHandler | undefined;
  #close: (() => Promise<void>) | undefined;
  #refusals: ThrottledLog;
  #bound: { address: string; port: number } | undefined;

  constructor(o: ApiServerOptions) {
    this.#o = o;
    this.#refusals = new ThrottledLog(o.log, 'api');
  }

  /** Where the API listens, once started. */
  get address(): { address: string; port: number } | undefined {
    return this.#bound;
  }

  async start(): Promise<void> {
    const c = this.#o.config;
    if (!isLoopback(c.address) && !c.token)
      throw new ConfigError(
        `api.address ${c.address} puts the API on the LAN: set api.token too (or use 127.0.0.1)`,
        'api.token',
      );
    const limiter = new RequestRateLimiter(c.rate_limit);
    const handler = createApiHandler({
      port: this.#o.port,
      auth: c.token ? bearerToken(c.token) : openAccess,
      log: this.#o.log,
      allowOrigins: c.allow_origins,
    });
    const server = createHttpServer({ requestTimeoutMs: this.#o.requestTimeoutMs, maxConnections: 256 }, (req, res) =>
      this.#onRequest(req, res, limiter, handler),
    );
    this.#close = closeAtOnce(server);
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (!limiter.take(req.socket.remoteAddress ?? '')) {
        this.#refusals.warn('api rate limit', { client: req.socket.remoteAddress });
        return socket.end('HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\nConnection: close\r\n\r\n');
      }
      if (!handler.upgrade(req, socket, head)) socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
    });
    answerClientErrors(server, this.#refusals, 'api', JSON.stringify({ error: 'bad request' }));
    await listen(server, c.port, c.address);
    this.#handler = handler;
    const bound = server.address() as AddressInfo;
    this.#bound = { address: bound.address, port: bound.port };
    this.#o.log.info('local api listening', {
      address: bound.address,
      port: bound.port,
      auth: c.token ? 'bearer' : 'none',
    });
  }

  async stop(): Promise<void> {
    const close = this.#close;
    this.#close = undefined;
    this.#handler?.close();
    this.#handler = undefined;
    await close?.();
  }

  #onRequest(req: IncomingMessage, res: ServerResponse, limiter: RequestRateLimiter, handler: ApiHandler): void {
    const reply = (status: number, reason: string, headers: Record<string, string> = {}): void => {
      this.#refusals.warn('api request refused', { status, reason });
      req.resume();
      const body = `${JSON.stringify({ error: reason })}\n`;
      res
        .writeHead(status, {
          ...headers,
          'Content-Type': 'application/json',
          'Content-Length': String(Buffer.byteLength(body)),
        })
        .end(body);
    };
    if (!limiter.take(req.socket.remoteAddress ?? '')) return reply(429, 'too many requests', { 'Retry-After': '1' });
    const allowed = this.#o.config.allow_origins;
    const origin = req.headers.origin;
    // A page of another origin would have the browser send (and carry out) a request it cannot read.
    if (!originAllowed(req, allowed)) return reply(403, 'origin not allowed');
    if (origin && (allowed.includes('*') || allowed.includes(origin))) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Vary', 'Origin');
      if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
        res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
        res.setHeader('Access-Control-Max-Age', '600');
        if (req.headers['access-control-request-private-network'] === 'true')
          res.setHeader('Access-Control-Allow-Private-Network', 'true');
        req.resume();
        res.writeHead(204).end();
        return;
      }
    }
    if (!handler.handle(req, res)) reply(404, 'not found');
  }
}
