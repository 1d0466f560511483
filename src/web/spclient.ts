/**
 * spclient (docs/protocol/03 §9, 05 §2–4, 06 §7): metadata (extended-metadata), storage-resolve, context-resolve and
 * autoplay with the bearer token and client token. 401 refreshes the token once; 429/503 honour Retry-After
 * (≤ 10 s) a bounded number of times; anything else is a typed HttpError. Never a hot loop.
 */
import { Backoff } from '../core/backoff.js';
import type { Logger } from '../core/log.js';
import { fileIdHex, gidToBase62, uriFromGid } from '../core/spotify-id.js';
import { spotify as dl } from '../gen/download.js';
import { spotify as pl } from '../gen/connect.js';
import { spotify as md } from '../gen/metadata.js';
import { httpFetch, HttpError, retryAfterMs, type HttpResponse } from '../core/http.js';
import type { AccessTokens, ClientToken } from './tokens.js';

export interface AudioFileRef {
  fileId: Buffer;
  /** AudioFile.Format number (docs/protocol/05 §2.2). */
  format: number;
}

/**
 * A Restriction (docs/protocol/05 §2.2): for which catalogues, and the countries allowed or forbidden (2-letter codes).
 */
export interface CountryRestriction {
  catalogues: string[];
  /** Present: only these countries may play it. */
  countriesAllowed?: string[];
  /** Present: these countries may not play it. */
  countriesForbidden?: string[];
}

/**
 * A Track's `alternative` entry: the relinked track's gid, and its files and restrictions when the entry carries them.
 */
export interface AlternativeRef {
  gid: Buffer;
  files: AudioFileRef[];
  restrictions: CountryRestriction[];
}

export interface ItemMetadata {
  uri: string;
  gid: Buffer;
  name: string;
  durationMs: number;
  artists: string[];
  /** The album's name (an episode's: its show's). */
  album: string;
  files: AudioFileRef[];
  restrictions: CountryRestriction[];
  /** Tracks that may play instead when this one is restricted or has no file (episodes have none). */
  alternatives: AlternativeRef[];
  details: ItemDetails;
}

export type ImageSize = 'default' | 'small' | 'large' | 'xlarge';

/** What a listener is shown of an item besides its name (a local API, an event hook); unknown: empty or 0. */
export interface ItemDetails {
  albumArtists: string[];
  /** Cover images (the album's; an episode's own, else its show's): file ids (40 hex) and sizes. */
  covers: { fileId: string; size: ImageSize }[];
  number: number;
  discNumber: number;
  popularity: number;
  explicit: boolean;
  /** The album's release or the episode's publication: YYYY-MM-DD, YYYY-MM or YYYY; '' when unknown. */
  date: string;
  language: string[];
  /** An episode's description. */
  description: string;
}

export interface ContextTrack {
  uri: string;
  uid?: string;
  metadata?: Record<string, string>;
}

/**
 * A context page (docs/protocol/06 §7), as context-resolve answers or the app sends it (play command, TransferState):
 * its tracks, or where to fetch them (`pageUrl`), and where the page after it is (`nextPageUrl`).
 */
export interface ContextPage {
  tracks: ContextTrack[];
  pageUrl?: string;
  nextPageUrl?: string;
}

/**
 * A context as one context-resolve answer gives it: its metadata and pages, of which only the first usually
 * carries tracks (a long playlist names the rest by `next_page_url`, fetched with `contextPage` when needed).
 */
export interface ResolvedContext {
  uri: string;
  metadata: Record<string, string>;
  /** The context's restrictions (Restrictions message, proto3 JSON names): reason lists by what is disallowed. */
  restrictions: Record<string, string[]>;
  pages: ContextPage[];
}

export interface SpClientOptions {
  /** Base URL, e.g. https://gew4-spclient.spotify.com:443 (from apresolve or configuration). */
  baseUrl: () => Promise<string>;
  /** No connection to `baseUrl` (refused, unreachable, timed out): the next `baseUrl()` may name another host. */
  unreachable?: (baseUrl: string) => void;
  tokens: AccessTokens;
  clientToken: ClientToken;
  log: Logger;
  maxAttempts?: number;
}

const EXT = md.extendedmetadata.ExtensionKind;
/** A busy spclient (429/5xx): 0.25 s doubling to 10 s between attempts, never sooner than its Retry-After. */
const BUSY_RETRY = { firstMs: 250, maxMs: 10_000 };

export class SpClient {
  #o: SpClientOptions & { maxAttempts: number };

  constructor(o: SpClientOptions) {
    this.#o = { maxAttempts: 4, ...o };
  }

  /**
   * GET/PUT/POST with auth, bounded retries on 401/429/5xx. `busyRetries: false` throws a 429/5xx at once (with
   * its Retry-After), for callers that resend fresh data themselves rather than this request's body.
   */
  async request(
    method: string,
    path: string,
    o: {
      accept?: string;
      body?: Buffer;
      contentType?: string;
      headers?: Record<string, string>;
      busyRetries?: boolean;
    } = {},
  ): Promise<HttpResponse> {
    let base = (await this.#o.baseUrl()).replace(/\/$/, '');
    let refreshed = false;
    let last: HttpError | undefined;
    const busy = new Backoff(BUSY_RETRY);
    for (let attempt = 0; attempt < this.#o.maxAttempts; attempt++) {
      const headers: Record<string, string> = {
        Authorization: `Bearer ${await this.#o.tokens.get()}`,
        'client-token': await this.#o.clientToken.get(),
        Accept: o.accept ?? 'application/x-protobuf',
        ...(o.contentType ? { 'Content-Type': o.contentType } : {}),
        ...o.headers,
      };
      // Every request that is not a GET says its length, an empty one too: Spotify answers a bodiless PUT without
      // Content-Length with 411 Length Required (librespot PR #1548, `put_connect_state_inactive`; librespot has
      // sent the header on every spclient request since).
      const body = o.body ?? (method === 'GET' ? undefined : Buffer.alloc(0));
      let res: HttpResponse;
      try {
        res = await httpFetch(`${base}${path}`, { method, headers, ...(body ? { body } : {}) });
      } catch (err) {
        // No connection to this host: once more on the next host of apresolve's list, if there is another.
        this.#o.unreachable?.(base);
        const next = (await this.#o.baseUrl()).replace(/\/$/, '');
        if (next === base || attempt + 1 >= this.#o.maxAttempts) throw err;
        this.#o.log.warn('spclient unreachable, trying the next host', { failed: base, next });
        base = next;
        continue;
      }
      if (res.status >= 200 && res.status < 300) return res;
      last = new HttpError(
        `spclient ${method} ${path.split('?')[0]} answered ${res.status}`,
        res.status,
        retryAfterMs(res.headers),
      );
      if (res.status === 401 && !refreshed) {
        refreshed = true;
        this.#o.tokens.invalidate();
        continue;
      }
      if ((res.status !== 429 && res.status < 500) || o.busyRetries === false) throw last;
      const wait = busy.next(last.retryAfterMs);
      this.#o.log.warn('spclient busy, backing off', {
        path: path.split('?')[0],
        status: res.status,
        waitMs: wait,
        attempt: attempt + 1,
      });
      await busy.wait(wait);
    }
    throw last!;
  }

  /**
   * A track's or episode's metadata with its audio files: POST extended-metadata for the item (TRACK_V4 /
   * EPISODE_V4) and its AUDIO_FILES (docs/protocol/05 §2.1). An entity's own error status (404: no such track) is
   * thrown as an HttpError of that status.
   *
   * No fallback to `GET /metadata/4/<type>/<hex>`: since 2025-08 the regional spclient hosts answer it with
   * HTTP 500 (librespot #1527, go-librespot #189). librespot now sends it to spclient.wg.spotify.com only;
   * go-librespot dropped it for extended-metadata, as we do.
   */
  async metadata(type: 'track' | 'episode', gid: Buffer): Promise<ItemMetadata> {
    const uri = `spotify:${type}:${gidToBase62(gid)}`;
    const itemKind = type === 'track' ? EXT.TRACK_V4 : EXT.EPISODE_V4;
    const body = md.extendedmetadata.BatchedEntityRequest.encode({
      entityRequest: [{ entityUri: uri, query: [{ extensionKind: itemKind }, { extensionKind: EXT.AUDIO_FILES }] }],
    }).finish();
    const res = await this.request('POST', '/extended-metadata/v0/extended-metadata', {
      body: Buffer.from(body),
      contentType: 'application/x-protobuf',
    });
    const batch = md.extendedmetadata.BatchedExtensionResponse.decode(res.body);
    const payload = (kind: number): Uint8Array | undefined => {
      const data = batch.extendedMetadata
        ?.find((a) => a.extensionKind === kind)
        ?.extensionData?.find((d) => d.entityUri === uri);
      const status = data?.header?.statusCode ?? 200;
      if (status !== 200) throw new HttpError(`extended-metadata: ${uri} answered ${status}`, status);
      return data?.extensionData?.value ?? undefined;
    };
    const item = payload(itemKind);
    if (!item?.length) throw new HttpError(`extended-metadata: no ${type} data for ${uri}`, 404);
    const meta =
      type === 'track'
        ? trackMetadata(gid, md.metadata.Track.decode(item))
        : episodeMetadata(gid, md.metadata.Episode.decode(item));
    const audio = payload(EXT.AUDIO_FILES);
    const files = audio
      ? filesOf((md.extendedmetadata.AudioFilesExtensionResponse.decode(audio).files ?? []).map((f) => f.file ?? {}))
      : [];
    if (files.length) meta.files = files;
    return meta;
  }

  /** CDN URLs of a file (storage-resolve, interactive). */
  async storageResolve(fileId: Buffer): Promise<string[]> {
    const res = await this.request('GET', `/storage-resolve/files/audio/interactive/${fileIdHex(fileId)}`);
    const r = dl.download.proto.StorageResolveResponse.decode(res.body);
    if (r.result !== dl.download.proto.StorageResolveResponse.Result.CDN)
      throw new HttpError(`storage-resolve: file not available (result ${r.result})`, 404);
    return r.cdnurl ?? [];
  }

  /**
   * A context (album, playlist, show…) as context-resolve answers it: one request. Its further pages are
   * fetched with `contextPage` as playback needs them (docs/protocol/06 §7).
   */
  async contextResolve(uri: string): Promise<ResolvedContext> {
    // The uri goes into the path as it is, colons and all, as both references send it (librespot
    // `get_context`, go-librespot `ContextResolve`); only characters a URL cannot carry are escaped.
    const res = await this.request('GET', `/context-resolve/v1/${encodeURI(uri)}`, { accept: 'application/json' });
    return contextOf(parseJson(res.body, 'context-resolve'));
  }

  /**
   * One page of the context `contextUri`, by its page_url or next_page_url: hm://X maps to <spclient>/X
   * (docs/protocol/06 §7).
   */
  async contextPage(url: string, contextUri: string): Promise<ContextPage> {
    const path = url.startsWith('hm://') ? `/${url.slice(5)}` : url;
    if (!path.startsWith('/')) throw new HttpError(`context page url ${JSON.stringify(url)} is not an hm:// url`, 400);
    const res = await this.request('GET', path, { accept: 'application/json' });
    return pageOf(parseJson(res.body, 'context page'), contextUri);
  }

  /**
   * The autoplay station that continues a finished context (docs/protocol/06 §7): a context whose tracks the caller
   * marks as autoplay. `recent` are recently played track uris, so the station does not repeat them.
   */
  async autoplay(contextUri: string, recent: string[]): Promise<ResolvedContext> {
    const body = pl.player.AutoplayContextRequest.encode({ contextUri, recentTrackUri: recent }).finish();
    const res = await this.request('POST', '/context-resolve/v1/autoplay', {
      body: Buffer.from(body),
      contentType: 'application/x-protobuf',
      accept: 'application/json',
    });
    return contextOf(parseJson(res.body, 'autoplay'));
  }
}

type Json = Record<string, unknown>;

function parseJson(body: Buffer, what: string): Json {
  let v: unknown;
  try {
    v = JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(`${what}: the answer is not JSON`, 502);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new HttpError(`${what}: the answer is not an object`, 502);
  return v as Json;
}

const strings = (v: unknown): Record<string, string> =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? (Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === 'string')) as Record<string, string>)
    : {};

/**
 * A Restrictions message as JSON (proto3 JSON's snake_case, or the camelCase of a decoded protobuf): each
 * `disallow_…_reasons` list under its camelCase field name (`disallowTogglingShuffleReasons`).
 */
export function contextRestrictionsOf(v: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!v || typeof v !== 'object' || Array.isArray(v)) return out;
  for (const [k, list] of Object.entries(v)) {
    const name = k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    if (/^disallow[A-Za-z]+Reasons$/.test(name) && Array.isArray(list))
      out[name] = list.filter((x): x is string => typeof x === 'string');
  }
  return out;
}

/** A JSON Context (proto3 JSON names, as context-resolve answers). */
function contextOf(c: Json): ResolvedContext {
  const restrictions = contextRestrictionsOf(c.restrictions);
  const uri = typeof c.uri === 'string' ? c.uri : '';
  return {
    uri,
    metadata: strings(c.metadata),
    restrictions,
    pages: (Array.isArray(c.pages) ? c.pages : []).map((p) => pageOf((p ?? {}) as Json, uri)),
  };
}

/**
 * A JSON ContextPage of the context `contextUri`: its playable tracks (local files and delimiters are not; one
 * named only by its gid is given its uri), page_url and next_page_url.
 */
function pageOf(p: Json, contextUri = ''): ContextPage {
  const tracks: ContextTrack[] = [];
  for (const t of Array.isArray(p.tracks) ? p.tracks : []) {
    const o = (t ?? {}) as { uri?: unknown; uid?: unknown; gid?: unknown; metadata?: unknown };
    const uri = typeof o.uri === 'string' && o.uri ? o.uri : uriFromGid(o.gid, contextUri);
    if (!uri || !PLAYABLE.test(uri)) continue;
    tracks.push({
      uri,
      ...(typeof o.uid === 'string' && o.uid ? { uid: o.uid } : {}),
      ...(o.metadata && typeof o.metadata === 'object' ? { metadata: strings(o.metadata) } : {}),
    });
  }
  return {
    tracks,
    ...(typeof p.page_url === 'string' && p.page_url ? { pageUrl: p.page_url } : {}),
    ...(typeof p.next_page_url === 'string' && p.next_page_url ? { nextPageUrl: p.next_page_url } : {}),
  };
}

/** Track and episode uris play; local files (`spotify:local:`), delimiters and anything else do not. */
const PLAYABLE = /^spotify:(track|episode):/;

function trackMetadata(gid: Buffer, t: md.metadata.Track): ItemMetadata {
  const artists = (t.artist ?? []).map((a) => a.name ?? '');
  const alternatives = (t.alternative ?? [])
    .filter((a) => a.gid?.length === 16)
    .map((a) => ({ gid: Buffer.from(a.gid!), files: filesOf(a.file), restrictions: restrictionsOf(a.restriction) }));
  return {
    uri: `spotify:track:${gidToBase62(gid)}`,
    gid,
    name: t.name ?? '',
    durationMs: t.duration ?? 0,
    artists,
    album: t.album?.name ?? '',
    files: filesOf(t.file),
    restrictions: restrictionsOf(t.restriction),
    alternatives,
    details: {
      albumArtists: (t.album?.artist ?? []).map((a) => a.name ?? ''),
      covers: imagesOf(t.album?.coverGroup?.image?.length ? t.album.coverGroup.image : t.album?.cover),
      number: t.number ?? 0,
      discNumber: t.discNumber ?? 0,
      popularity: t.popularity ?? 0,
      explicit: t.explicit ?? false,
      date: dateOf(t.album?.date),
      language: t.languageOfPerformance ?? [],
      description: '',
    },
  };
}

function episodeMetadata(gid: Buffer, e: md.metadata.Episode): ItemMetadata {
  return {
    uri: `spotify:episode:${gidToBase62(gid)}`,
    gid,
    name: e.name ?? '',
    durationMs: e.duration ?? 0,
    artists: [],
    album: e.show?.name ?? '',
    files: filesOf(e.audio),
    restrictions: restrictionsOf(e.restriction),
    alternatives: [],
    details: {
      albumArtists: [],
      covers: imagesOf(e.coverImage?.image?.length ? e.coverImage.image : e.show?.coverImage?.image),
      number: 0,
      discNumber: 0,
      popularity: 0,
      explicit: e.explicit ?? false,
      date: dateOf(e.publishTime),
      language: e.language ? [e.language] : [],
      description: e.description ?? '',
    },
  };
}

const IMAGE_SIZES: Record<number, ImageSize> = { 0: 'default', 1: 'small', 2: 'large', 3: 'xlarge' };

function imagesOf(images: md.metadata.IImage[] | null | undefined): ItemDetails['covers'] {
  return (images ?? [])
    .filter((i) => i.fileId?.length)
    .map((i) => ({ fileId: Buffer.from(i.fileId!).toString('hex'), size: IMAGE_SIZES[i.size ?? 0] ?? 'default' }));
}

/** A metadata Date as YYYY-MM-DD, as much of it as is known. */
function dateOf(d: md.metadata.IDate | null | undefined): string {
  if (!d?.year) return '';
  const two = (n: number): string => String(n).padStart(2, '0');
  return [String(d.year).padStart(4, '0'), ...(d.month ? [two(d.month), ...(d.day ? [two(d.day)] : [])] : [])].join(
    '-',
  );
}

/**
 * Restrictions as decoded: a country list counts only when its field was on the wire (an empty allowed list allows
 * none).
 */
function restrictionsOf(list: md.metadata.IRestriction[] | null | undefined): CountryRestriction[] {
  const countries = (s: string): string[] => s.toUpperCase().match(/../g) ?? [];
  return (list ?? []).map((r) => ({
    catalogues: r.catalogueStr ?? [],
    ...(Object.hasOwn(r, 'countriesAllowed') && r.countriesAllowed != null
      ? { countriesAllowed: countries(r.countriesAllowed) }
      : {}),
    ...(Object.hasOwn(r, 'countriesForbidden') && r.countriesForbidden != null
      ? { countriesForbidden: countries(r.countriesForbidden) }
      : {}),
  }));
}

function filesOf(files: md.metadata.IAudioFile[] | null | undefined): AudioFileRef[] {
  return (files ?? [])
    .filter((f) => f.fileId?.length)
    .map((f) => ({ fileId: Buffer.from(f.fileId!), format: f.format ?? -1 }));
}
