/**
 * The one HTTP(S) client of the speaker (web APIs, CDN, apresolve): bounded time, bounded body, typed errors,
 * abortable. A connection that closes before the body ends is an error at once, not a wait for the timeout.
 */
import { request as httpRequest } from 'node:http';
import { SpotletError } from './errors.js';
import { SPOTLET_VERSION } from './settings.js';

export class HttpError extends SpotletError {
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfterMs?: number,
  ) {
    super('ERR_HTTP', message, { protocolCode: status });
  }
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface HttpRequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  timeoutMs?: number;
  /** No byte of the answer for this long (a stalled body) cuts the request off before `timeoutMs`. */
  idleTimeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
}

export const USER_AGENT = `spotlet/${SPOTLET_VERSION} (Linux)`;

/** TLS is loaded with the first https request: a speaker waiting for its user makes none. */
let https: Promise<typeof import('node:https')> | undefined;

export async function httpFetch(url: string, o: HttpRequestOptions = {}): Promise<HttpResponse> {
  const timeoutMs = o.timeoutMs ?? 10_000;
  const maxBytes = o.maxBytes ?? 8 * 1024 * 1024;
  if (url.startsWith('https:')) https ??= import('node:https');
  const request = url.startsWith('https:') ? (await https!).request : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: o.method ?? 'GET',
      headers: {
        'User-Agent': USER_AGENT,
        ...o.headers,
        ...(o.body !== undefined ? { 'Content-Length': String(Buffer.byteLength(o.body)) } : {}),
      },
      ...(o.signal ? { signal: o.signal } : {}),
    });
    const timer = setTimeout(
      () => req.destroy(new HttpError(`${url}: no answer within ${timeoutMs} ms`, 0)),
      timeoutMs,
    );
    let idle: NodeJS.Timeout | undefined;
    const progress = (status: number): void => {
      if (o.idleTimeoutMs === undefined) return;
      clearTimeout(idle);
      idle = setTimeout(
        () => req.destroy(new HttpError(`${url}: nothing came for ${o.idleTimeoutMs} ms`, status)),
        o.idleTimeoutMs,
      );
    };
    const done = (): void => {
      clearTimeout(timer);
      clearTimeout(idle);
    };
    progress(0);
    req.on('error', (err) => {
      done();
      reject(err instanceof HttpError ? err : new HttpError(`${url}: ${err.message}`, 0));
    });
    req.on('response', (res) => {
      const parts: Buffer[] = [];
      let size = 0;
      progress(res.statusCode ?? 0);
      res.on('data', (c: Buffer) => {
        progress(res.statusCode ?? 0);
        size += c.length;
        if (size > maxBytes)
          req.destroy(new HttpError(`${url}: answer larger than ${maxBytes} bytes`, res.statusCode ?? 0));
        else parts.push(c);
      });
      let ended = false;
      res.on('end', () => {
        ended = true;
        done();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) });
      });
      res.on('error', () => {});
      res.on('close', () => {
        done();
        if (!ended)
          reject(new HttpError(`${url}: connection closed after ${size} bytes of the body`, res.statusCode ?? 0));
      });
    });
    req.end(o.body);
  });
}

/**
 * Retry-After (seconds or HTTP date) in ms, capped. An HTTP date is measured from the response's own `Date`, the
 * server's clock: a Pi without a real-time clock may be years off until NTP answers.
 */
export function retryAfterMs(headers: HttpResponse['headers'], capMs = 10_000): number | undefined {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const s = first(headers['retry-after']);
  if (!s) return undefined;
  const sent = Date.parse(first(headers.date) ?? '');
  const ms = /^\d+$/.test(s) ? Number(s) * 1000 : Date.parse(s) - (Number.isFinite(sent) ? sent : Date.now());
  return Number.isFinite(ms) ? Math.min(capMs, Math.max(0, ms)) : undefined;
}
