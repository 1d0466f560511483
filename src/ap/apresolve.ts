/**
 * Access-point resolution (protocol/02 §1): GET <apresolve_url>?type=accesspoint&type=dealer&type=spclient,
 * lists of "host:port" best first; Spotify's fallback hosts when the resolver fails or a list is empty.
 */
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

async function fetchJson(url: string, timeoutMs: number): Promise<unknown> {
  const res = await httpFetch(url, { headers: { Accept: 'application/json' }, timeoutMs, maxBytes: 256 * 1024 });
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  return JSON.parse(res.body.toString('utf8'));
}

/** Resolves every endpoint list; never throws (falls back per list, logging why). */
export async function resolveEndpoints(
  apresolveUrl: string,
  log: Logger,
  timeoutMs = 5_000,
): Promise<ResolvedEndpoints> {
  const url = new URL(apresolveUrl);
  for (const t of ['accesspoint', 'dealer', 'spclient']) url.searchParams.append('type', t);
  let body: Record<string, unknown> = {};
  try {
    const json = await fetchJson(url.toString(), timeoutMs);
    if (json && typeof json === 'object') body = json as Record<string, unknown>;
  } catch (err) {
    log.warn('apresolve failed, using fallback access points', { url: url.origin, err });
  }
  const list = (name: keyof ResolvedEndpoints): Endpoint[] => {
    const raw = body[name];
    const parsed = Array.isArray(raw)
      ? raw.flatMap((s) => (typeof s === 'string' ? [parseHostPort(s)].filter((e): e is Endpoint => !!e) : []))
      : [];
    return parsed.length ? parsed : FALLBACK_ENDPOINTS[name];
  };
  return { accesspoint: list('accesspoint'), dealer: list('dealer'), spclient: list('spclient') };
}
