/**
 * spclient (protocol/03 §9, 05 §2–4, 06 §7): metadata, storage-resolve and context-resolve with the bearer
 * token and client token. 401 refreshes the token once; 429/503 honour Retry-After (≤ 10 s) a bounded number
 * of times; anything else is a typed HttpError. Never a hot loop.
 */
import type { Logger } from '../core/log.js';
import { fileIdHex, gidToBase62 } from '../core/spotify-id.js';
import { spotify as dl } from '../gen/download.js';
import { spotify as md } from '../gen/metadata.js';
import { httpFetch, HttpError, retryAfterMs, type HttpResponse } from './http.js';
import type { AccessTokens, ClientToken } from './tokens.js';

export interface AudioFileRef {
  fileId: Buffer;
  /** AudioFile.Format number (protocol/05 §2.2). */
  format: number;
}

export interface ItemMetadata {
  uri: string;
  gid: Buffer;
  name: string;
  durationMs: number;
  artists: string[];
  album: string;
  files: AudioFileRef[];
}

export interface ContextTrack {
  uri: string;
  uid?: string;
  metadata?: Record<string, string>;
}

export interface SpClientOptions {
  /** Base URL, e.g. https://gew4-spclient.spotify.com:443 (from apresolve or configuration). */
  baseUrl: () => Promise<string>;
  tokens: AccessTokens;
  clientToken: ClientToken;
  log: Logger;
  maxAttempts?: number;
}

export class SpClient {
  #o: SpClientOptions & { maxAttempts: number };

  constructor(o: SpClientOptions) {
    this.#o = { maxAttempts: 4, ...o };
  }

  /** GET/PUT/POST with auth, bounded retries on 401/429/5xx. */
  async request(method: string, path: string, o: { accept?: string; body?: Buffer; contentType?: string; headers?: Record<string, string> } = {}): Promise<HttpResponse> {
    const base = (await this.#o.baseUrl()).replace(/\/$/, '');
    let refreshed = false;
    let last: HttpError | undefined;
    for (let attempt = 0; attempt < this.#o.maxAttempts; attempt++) {
      const headers: Record<string, string> = {
        Authorization: `Bearer ${await this.#o.tokens.get()}`,
        'client-token': await this.#o.clientToken.get(),
        Accept: o.accept ?? 'application/x-protobuf',
        ...(o.contentType ? { 'Content-Type': o.contentType } : {}),
        ...o.headers,
      };
      const res = await httpFetch(`${base}${path}`, { method, headers, ...(o.body ? { body: o.body } : {}) });
      if (res.status >= 200 && res.status < 300) return res;
      last = new HttpError(`spclient ${method} ${path.split('?')[0]} answered ${res.status}`, res.status, retryAfterMs(res.headers));
      if (res.status === 401 && !refreshed) {
        refreshed = true;
        this.#o.tokens.invalidate();
        continue;
      }
      if (res.status !== 429 && res.status < 500) throw last;
      const wait = last.retryAfterMs ?? Math.min(10_000, 250 * 2 ** attempt);
      this.#o.log.warn('spclient busy, backing off', { path: path.split('?')[0], status: res.status, waitMs: wait, attempt: attempt + 1 });
      await new Promise((r) => setTimeout(r, wait));
    }
    throw last!;
  }

  async metadata(type: 'track' | 'episode', gid: Buffer): Promise<ItemMetadata> {
    const res = await this.request('GET', `/metadata/4/${type}/${gid.toString('hex')}`);
    if (type === 'track') {
      const t = md.metadata.Track.decode(res.body);
      return {
        uri: `spotify:track:${gidToBase62(gid)}`,
        gid,
        name: t.name ?? '',
        durationMs: t.duration ?? 0,
        artists: (t.artist ?? []).map((a) => a.name ?? ''),
        album: t.album?.name ?? '',
        files: filesOf(t.file),
      };
    }
    const e = md.metadata.Episode.decode(res.body);
    return { uri: `spotify:episode:${gidToBase62(gid)}`, gid, name: e.name ?? '', durationMs: e.duration ?? 0, artists: [], album: e.show?.name ?? '', files: filesOf(e.audio) };
  }

  /** CDN URLs of a file (storage-resolve, interactive). */
  async storageResolve(fileId: Buffer): Promise<string[]> {
    const res = await this.request('GET', `/storage-resolve/files/audio/interactive/${fileIdHex(fileId)}`);
    const r = dl.download.proto.StorageResolveResponse.decode(res.body);
    if (r.result !== dl.download.proto.StorageResolveResponse.Result.CDN) throw new HttpError(`storage-resolve: file not available (result ${r.result})`, 404);
    return r.cdnurl ?? [];
  }

  /** The tracks of a context (album, playlist, show…), following next_page_url (bounded). */
  async contextResolve(uri: string, maxPages = 50): Promise<ContextTrack[]> {
    const first = await this.request('GET', `/context-resolve/v1/${encodeURIComponent(uri)}`, { accept: 'application/json' });
    const tracks: ContextTrack[] = [];
    const context = JSON.parse(first.body.toString('utf8')) as { pages?: unknown[] };
    const pages: unknown[] = Array.isArray(context.pages) ? [...context.pages] : [];
    for (let n = 0; n < maxPages && pages.length; n++) {
      const p = pages.shift() as { tracks?: unknown[]; next_page_url?: string; page_url?: string };
      const listed = Array.isArray(p.tracks) ? p.tracks : [];
      if (!listed.length && p.page_url) pages.unshift(await this.#page(p.page_url));
      for (const t of listed) {
        const o = t as { uri?: unknown; uid?: unknown; metadata?: unknown };
        if (typeof o.uri === 'string' && o.uri.startsWith('spotify:') && !o.uri.startsWith('spotify:local:')) {
          tracks.push({ uri: o.uri, ...(typeof o.uid === 'string' ? { uid: o.uid } : {}), ...(o.metadata && typeof o.metadata === 'object' ? { metadata: o.metadata as Record<string, string> } : {}) });
        }
      }
      if (p.next_page_url) pages.push(await this.#page(p.next_page_url));
    }
    return tracks;
  }

  /** hm://X page references map to <spclient>/X (protocol/06 §7). */
  async #page(ref: string): Promise<unknown> {
    const path = ref.startsWith('hm://') ? `/${ref.slice(5)}` : ref;
    return JSON.parse((await this.request('GET', path, { accept: 'application/json' })).body.toString('utf8'));
  }
}

function filesOf(files: md.metadata.IAudioFile[] | null | undefined): AudioFileRef[] {
  return (files ?? []).filter((f) => f.fileId?.length).map((f) => ({ fileId: Buffer.from(f.fileId!), format: f.format ?? -1 }));
}
