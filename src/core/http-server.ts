/**
 * What the speaker's HTTP servers (zeroconf, the local API, the page) share: no Date header, bodies read to a size
 * limit, the parser's refusals answered, and listening on an address or dual-stack.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { errorCode } from './errors.js';
import type { ThrottledLog } from './log.js';

/** The limits every speaker server has: time to send a request, header size, idle keep-alive, connections. */
export interface HttpServerLimits {
  /** A request (headers and body) must arrive within this (ms; slow senders are cut off). */
  requestTimeoutMs?: number | undefined;
  maxConnections: number;
}

/**
 * Node's HTTP server with the speaker's limits, answering without a `Date` header: a Pi has no real-time clock,
 * so until NTP has set it the date would be wrong (RFC 9110 §6.6.1: a server without a clock sends none), and
 * nothing the speaker serves is cached by date. Formatting it also kept ICU's time-zone data (0.6 MB) resident in
 * a speaker waiting for a user.
 */
export function createHttpServer(limits: HttpServerLimits, onRequest: RequestListener): Server {
  const timeout = limits.requestTimeoutMs ?? 10_000;
  const server = createServer(
    {
      requestTimeout: timeout,
      headersTimeout: timeout,
      connectionsCheckingInterval: Math.min(1000, timeout / 2),
      maxHeaderSize: 16 * 1024,
    },
    (req, res) => {
      res.sendDate = false;
      onRequest(req, res);
    },
  );
  server.keepAliveTimeout = 5000;
  server.maxConnections = limits.maxConnections;
  return server;
}

/** Bodies up to this size are read and thrown away after the limit; beyond it the connection must close. */
export const DRAIN_CAP = 1024 * 1024;

/** A body, or one over the limit (`close`: so far over that the connection must be closed). */
export type BodyResult = { body: Buffer } | { tooLarge: true; close: boolean };

/**
 * Reads the body of `req`, keeping at most `limit` bytes. A bigger body is drained so the client reads the
 * refusal instead of a reset; one declared or found beyond DRAIN_CAP is refused at once. Rejects when the
 * request fails or is cut off before its end.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > DRAIN_CAP) {
      req.resume();
      return resolve({ tooLarge: true, close: true });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: BodyResult): void => {
      if (done) return;
      done = true;
      resolve(r);
    };
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > DRAIN_CAP) finish({ tooLarge: true, close: true });
      else if (size <= limit) chunks.push(c);
    });
    req.on('end', () => finish(size > limit ? { tooLarge: true, close: false } : { body: Buffer.concat(chunks) }));
    req.on('error', (err) => {
      if (!done) reject(err);
      done = true;
    });
    req.on('close', () => {
      if (!done && !req.complete) reject(new Error('request cut off before its end'));
      done = true;
    });
  });
}

/**
 * Answers what Node's parser refuses (garbage, a bad header, a request not complete in time) with 400 or 408
 * and `body` (JSON), instead of dropping the connection without a word; each is logged as a refusal.
 */
export function answerClientErrors(server: Server, refusals: ThrottledLog, what: string, body: string): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    refusals.warn(`${what} bad http request`, { code: err.code ?? errorCode(err), reason: err.message });
    if (!socket.writable || err.code === 'ECONNRESET') return socket.destroy();
    const timedOut = err.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    socket.end(
      `HTTP/1.1 ${timedOut ? '408 Request Timeout' : '400 Bad Request'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}

/** Listens on `host`, or (no host) dual-stack where IPv6 exists, else IPv4 only. */
export function listen(server: Server, port: number, host?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // No host: Node's own dual-stack choice ('::' where IPv6 exists, else 0.0.0.0), without looking up '::'
    // (which compiles Node's IPv6 address pattern, ~10 ms of CPU at every start).
    server.listen(host ? { port, host } : { port }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Tracks the connections of `server` and returns the function that closes it at once: it stops listening and
 * destroys what is still open (keep-alive connections and upgraded websockets would otherwise hold it open).
 */
export function closeAtOnce(server: Server): () => Promise<void> {
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });
  return () => {
    const closed = new Promise<void>((r) => server.close(() => r()));
    for (const s of sockets) s.destroy();
    return closed;
  };
}
