/**
 * spclient (protocol/03 §9, 05 §2–4, 06 §7): metadata (extended-metadata, falling back to /metadata/4),
 * storage-resolve, context-resolve and autoplay with the bearer token and client token. 401 refreshes the token once;
 * 429/503 honour Retry-After (≤ 10 s) a bounded number
 * of times; anything else is a typed HttpError. Never a hot loop.
 */
import { Backoff } from '../core/backoff.js';
import type { Logger } from '../core/log.js';
import { fileIdHex, gidToBase62 } from '../core/spotify-id.js';
import { spotify as dl } from '../gen/download.js';
import { spotify as pl } from '../gen/connect.js';
import { spotify as md } from '../gen/metadata.js';
import { httpFetch, HttpError, retryAfterMs, type HttpResponse } from '../core/http.js';
import type { AccessTokens, ClientToken } from './tokens.js';

export interface AudioFileRef {
  fileId: Buffer;
  /** AudioFile.Format number (protocol/05 §2.2). */
  format: number;
}

/** A Restriction (protocol/05 §2.2): for which catalogues, and the countries allowed or forbidden (2-letter codes). */
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

/** A context page as the app sends it (play command, TransferState): its tracks, or where to fetch them. */
export interface ContextPage {
  tracks: ContextTrack[];
  pageUrl?: string;
  nextPageUrl?: string;
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
  /** extended-metadata is the newest endpoint; once it is missing (404/405/501) only /metadata/4 is asked. */
  #extendedMissing = false;

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
      let res: HttpResponse;
      try {
        res = await httpFetch(`${base}${path}`, { method, headers, ...(o.body ? { body: o.body } : {}) });
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

  /** A track's or episode's metadata with its audio files: extended-metadata first, /metadata/4 as fallback. */
  async metadata(type: 'track' | 'episode', gid: Buffer): Promise<ItemMetadata> {
    const extended = this.#extendedMissing ? undefined : await this.#extendedMetadata(type, gid);
    if (extended) return extended;
    const res = await this.request('GET', `/metadata/4/${type}/${gid.toString('hex')}`);
    return type === 'track'
      ? trackMetadata(gid, md.metadata.Track.decode(res.body))
      : episodeMetadata(gid, md.metadata.Episode.decode(res.body));
  }

  /**
   * POST extended-metadata for the item (TRACK_V4 / EPISODE_V4) and its AUDIO_FILES (protocol/05 §2.1).
   * Undefined when the endpoint gives no usable answer (the caller asks /metadata/4); an entity's own error
   * status (404: no such track) is thrown, as /metadata/4 would say the same.
   */
  async #extendedMetadata(type: 'track' | 'episode', gid: Buffer): Promise<ItemMetadata | undefined> {
    const uri = `spotify:${type}:${gidToBase62(gid)}`;
    const itemKind = type === 'track' ? EXT.TRACK_V4 : EXT.EPISODE_V4;
    const body = md.extendedmetadata.BatchedEntityRequest.encode({
      entityRequest: [{ entityUri: uri, query: [{ extensionKind: itemKind }, { extensionKind: EXT.AUDIO_FILES }] }],
    }).finish();
    let batch: md.extendedmetadata.BatchedExtensionResponse;
    try {
      const res = await this.request('POST', '/extended-metadata/v0/extended-metadata', {
        body: Buffer.from(body),
        contentType: 'application/x-protobuf',
      });
      batch = md.extendedmetadata.BatchedExtensionResponse.decode(res.body);
    } catch (err) {
      const status = err instanceof HttpError ? err.status : 0;
      if (status === 404 || status === 405 || status === 501) this.#extendedMissing = true;
      this.#o.log.info('extended-metadata unusable, asking metadata/4', {
        type,
        status,
        reason: (err as Error).message,
      });
      return undefined;
    }
    const payload = (kind: number): Uint8Array | undefined => {
      const data = batch.extendedMetadata
        ?.find((a) => a.extensionKind === kind)
        ?.extensionData?.find((d) => d.entityUri === uri);
      const status = data?.header?.statusCode ?? 200;
      if (status !== 200) throw new HttpError(`extended-metadata: ${uri} answered ${status}`, status);
      return data?.extensionData?.value ?? undefined;
    };
    const item = payload(itemKind);
    if (!item?.length) {
      this.#o.log.info('extended-metadata had no item data, asking metadata/4', { type });
      return undefined;
    }
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

  /** The tracks of a context (album, playlist, show…), following next_page_url (bounded). */
  async contextResolve(uri: string): Promise<ContextTrack[]> {
    const res = await this.request('GET', `/context-resolve/v1/${encodeURIComponent(uri)}`, {
      accept: 'application/json',
    });
    return (await this.#tracksOf(JSON.parse(res.body.toString('utf8')) as Record<string, unknown>)).tracks;
  }

  /** The tracks of pages the app sent inline, fetching those that only carry page_url / next_page_url. */
  async pageTracks(pages: ContextPage[]): Promise<ContextTrack[]> {
    const json = pages.map((p) => ({
      tracks: p.tracks,
      ...(p.pageUrl ? { page_url: p.pageUrl } : {}),
      ...(p.nextPageUrl ? { next_page_url: p.nextPageUrl } : {}),
    }));
    return (await this.#tracksOf({ pages: json })).tracks;
  }

  /**
   * The autoplay station that continues a finished context (protocol/06 §7): its tracks, which the caller
   * marks as autoplay. `recent` are recently played track uris, so the station does not repeat them.
   */
  async autoplay(contextUri: string, recent: string[]): Promise<{ uri: string; tracks: ContextTrack[] }> {
    const body = pl.player.AutoplayContextRequest.encode({ contextUri, recentTrackUri: recent }).finish();
    const res = await this.request('POST', '/context-resolve/v1/autoplay', {
      body: Buffer.from(body),
      contentType: 'application/x-protobuf',
      accept: 'application/json',
    });
    return this.#tracksOf(JSON.parse(res.body.toString('utf8')) as Record<string, unknown>);
  }

  /** A JSON Context's uri and playable tracks, following page_url / next_page_url (bounded). */
  async #tracksOf(context: Record<string, unknown>, maxPages = 50): Promise<{ uri: string; tracks: ContextTrack[] }> {
    const tracks: ContextTrack[] = [];
    const pages: unknown[] = Array.isArray(context.pages) ? [...context.pages] : [];
    for (let n = 0; n < maxPages && pages.length; n++) {
      const p = (pages.shift() ?? {}) as { tracks?: unknown[]; next_page_url?: string; page_url?: string };
      const listed = Array.isArray(p.tracks) ? p.tracks : [];
      if (!listed.length && p.page_url) pages.unshift(await this.#page(p.page_url));
      for (const t of listed) {
        const o = (t ?? {}) as { uri?: unknown; uid?: unknown; metadata?: unknown };
        if (typeof o.uri === 'string' && o.uri.startsWith('spotify:') && !o.uri.startsWith('spotify:local:')) {
          tracks.push({
            uri: o.uri,
            ...(typeof o.uid === 'string' ? { uid: o.uid } : {}),
            ...(o.metadata && typeof o.metadata === 'object' ? { metadata: o.metadata as Record<string, string> } : {}),
          });
        }
      }
      if (p.next_page_url) pages.push(await this.#page(p.next_page_url));
    }
    return { uri: typeof context.uri === 'string' ? context.uri : '', tracks };
  }

  /** hm://X page references map to <spclient>/X (protocol/06 §7). */
  async #page(ref: string): Promise<unknown> {
    const path = ref.startsWith('hm://') ? `/${ref.slice(5)}` : ref;
    return JSON.parse((await this.request('GET', path, { accept: 'application/json' })).body.toString('utf8'));
  }
}

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
