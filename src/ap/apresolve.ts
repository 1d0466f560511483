/**
 * Access-point resolution (docs/protocol/02 §1): GET <apresolve_url>?type=accesspoint&type=dealer&type=spclient,
 * lists of "host:port" best first; Spotify's fallback hosts after them, and alone while the resolver fails.
 */
import { monotonicMs } from '../core/clock.js';
import { httpFetch } from '../core/http.js';
import type { Logger } from '../core/log.js';

export interface Endpoint {
  host: string;
  port: number;
}

export interface ResolvedEndpoints {
  accesspoint: Endpoint[];
  dealer: Endpoint[];
  spclient: Endpoint[];
}

export const FALLBACK_ENDPOINTS: ResolvedEndpoints = {
  accesspoint: [{ host: 'ap.spotify.com', port: 443 }],
  dealer: [{ host: 'dealer.spotify.com', port: 443 }],
  spclient: [{ host: 'spclient.wg.spotify.com', port: 443 }],
};

/** "host:port" → Endpoint, split at the last colon (IPv6 in brackets allowed); undefined when unusable. */
export function parseHostPort(s: string): Endpoint | undefined {
  const i = s.lastIndexOf(':');
  if (i <= 0) return undefined;
  const port = Number(s.slice(i + 1));
  let host = s.slice(0, i);
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  if (!Number.isInteger(port) || port < 1 || port > 65535 || !host) return undefined;
  return { host, port };
}

/** GET apresolve for every endpoint type: its JSON object (throws on no answer, another status or bad JSON). */
async function fetchApresolve(apresolveUrl: string, timeoutMs: number): Promise<Record<string, unknown>> {
  const url = new URL(apresolveUrl);
  for (const t of ['accesspoint', 'dealer', 'spclient']) url.searchParams.append('type', t);
  const res = await httpFetch(url.toString(), {
    headers: { Accept: 'application/json' },
    timeoutMs,
    maxBytes: 256 * 1024,
  });
  if (res.status !== 200) throw new Error(`${url.origin}: HTTP ${res.status}`);
  const json: unknown = JSON.parse(res.body.toString('utf8'));
  if (!json || typeof json !== 'object') throw new Error(`${url.origin}: not a JSON object`);
  return json as Record<string, unknown>;
}

/** A list of "host:port" strings, unusable entries dropped. */
function endpointList(raw: unknown): Endpoint[] {
  return Array.isArray(raw)
    ? raw.flatMap((s) => (typeof s === 'string' ? [parseHostPort(s)].filter((e): e is Endpoint => !!e) : []))
    : [];
}

export type EndpointKind = keyof ResolvedEndpoints;

interface KindState {
  list: Endpoint[];
  /** Index of the endpoint in use; list.length = every one failed (resolve again). */
  index: number;
}

export interface EndpointDirectoryOptions {
  apresolveUrl: string;
  log: Logger;
  timeoutMs?: number;
  /** A resolved list older than this is resolved again at its next use (go-librespot: 1 hour). */
  maxAgeMs?: number;
}

/**
 * Which access point, dealer and spclient host to use, as both reference clients choose them (docs/protocol/02 §1):
 * apresolve's lists best first, the first host used until a connection to it fails, then the next; when a list is
 * used up, or older than an hour, apresolve is asked again (also after it failed). Spotify's fallback hosts come
 * last, only after every resolved host of that kind failed, or alone while apresolve cannot be reached.
 */
export class EndpointDirectory {
  #o: Required<EndpointDirectoryOptions>;
  #kinds = new Map<EndpointKind, KindState>();
  /** Monotonic time of the last resolution; -Infinity = never, or it failed (resolve at the next use). */
  #resolvedAt = Number.NEGATIVE_INFINITY;
  #resolving: Promise<void> | undefined;

  constructor(o: EndpointDirectoryOptions) {
    this.#o = { timeoutMs: 5_000, maxAgeMs: 3_600_000, ...o };
  }

  /** The endpoint to use now for `kind`, resolving first when its list is used up or stale. */
  async current(kind: EndpointKind): Promise<Endpoint> {
    return (await this.candidates(kind, 1))[0]!;
  }

  /** Up to `max` endpoints to try in order, from the one in use on (an AP attempt tries several). */
  async candidates(kind: EndpointKind, max: number): Promise<Endpoint[]> {
    let s = this.#kinds.get(kind);
    if (!s || s.index >= s.list.length || monotonicMs() - this.#resolvedAt > this.#o.maxAgeMs) {
      await this.#resolve();
      s = this.#kinds.get(kind)!;
    }
    return s.list.slice(s.index, s.index + max);
  }

  /** A connection to `endpoint` failed: the next one of its list is used from now on. */
  failed(kind: EndpointKind, endpoint: Endpoint): void {
    const s = this.#kinds.get(kind);
    const cur = s?.list[s.index];
    if (!s || !cur || cur.host !== endpoint.host || cur.port !== endpoint.port) return;
    s.index++;
    const next = s.list[s.index];
    this.#o.log.warn('endpoint unreachable, trying the next', {
      kind,
      failed: `${endpoint.host}:${endpoint.port}`,
      next: next ? `${next.host}:${next.port}` : 'apresolve again',
    });
  }

  /** One apresolve request at a time; every caller waits for it. */
  #resolve(): Promise<void> {
    this.#resolving ??= (async () => {
      let body: Record<string, unknown> | undefined;
      try {
        body = await fetchApresolve(this.#o.apresolveUrl, this.#o.timeoutMs);
      } catch (err) {
        this.#o.log.warn('apresolve failed, using the fallback hosts until it answers', { err });
      }
      this.#resolvedAt = body ? monotonicMs() : Number.NEGATIVE_INFINITY;
      for (const kind of ['accesspoint', 'dealer', 'spclient'] as const) {
        const resolved = body ? endpointList(body[kind]) : [];
        const fallback = FALLBACK_ENDPOINTS[kind].filter((f) => !resolved.some((e) => sameEndpoint(e, f)));
        this.#kinds.set(kind, { list: [...resolved, ...fallback], index: 0 });
      }
    })().finally(() => (this.#resolving = undefined));
    return this.#resolving;
  }
}

const sameEndpoint = (a: Endpoint, b: Endpoint): boolean => a.host === b.host && a.port === b.port;
