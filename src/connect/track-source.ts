/**
 * Makes a track or episode URI playable (docs/protocol/05 §2–4): metadata → availability in the user's country
 * (relinked to an `alternative` track when the requested one is restricted or has no file, §2.3) → an Ogg
 * Vorbis file by the configured bitrate → its audio key from the AP → CDN URLs from storage-resolve.
 * Failures are typed so the player skips.
 */
import type { PlayableTrack, TrackSource } from '../audio/index.js';
import { errorMessage, SpotletError } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import { fileIdHex, gidToBase62, parseSpotifyUri } from '../core/spotify-id.js';
import {
  HttpError,
  type AudioFileRef,
  type CountryRestriction,
  type ImageSize,
  type ItemDetails,
  type ItemMetadata,
  type SpClient,
} from '../web/index.js';

/** The AP's audio keys (`ApSession.audioKeys`). Rejects with ERR_AUDIO_KEY_REFUSED for refused keys. */
export interface AudioKeySource {
  request(gid: Buffer, fileId: Buffer): Promise<Buffer>;
}

/** What a track source asks spclient (`SpClient`): metadata and storage-resolve. */
export type TrackMetadataSource = Pick<SpClient, 'metadata' | 'storageResolve'>;

/** Ogg Vorbis formats in preference order per configured bitrate (librespot's order, Ogg only). */
const PREFERENCE: Record<96 | 160 | 320, number[]> = {
  96: [0, 1, 2],
  160: [1, 0, 2],
  320: [2, 1, 0],
};

/** The formats played (AudioFile.Format, docs/protocol/05 §2.2): name and nominal bitrate (kbit/s). */
const OGG_FORMATS: Readonly<Record<number, { name: string; kbps: number }>> = {
  0: { name: 'OGG_VORBIS_96', kbps: 96 },
  1: { name: 'OGG_VORBIS_160', kbps: 160 },
  2: { name: 'OGG_VORBIS_320', kbps: 320 },
};

/** Where cover images are when ProductInfo names no `image-url` (Spotify's image CDN, as librespot uses it). */
const IMAGE_URL = 'https://i.scdn.co/image/{file_id}';

/** How many played tracks' details are kept (the current one, the next, and a few before). */
const DETAILS_KEPT = 8;

/** What the speaker shows of a track it plays (its status, a local API, the event hook). */
export interface TrackDetails extends Omit<ItemDetails, 'covers'> {
  /** As asked (a relinked track keeps the uri the app asked for). */
  uri: string;
  type: 'track' | 'episode';
  name: string;
  artists: string[];
  /** The album's name (an episode's: its show's). */
  album: string;
  covers: { url: string; size: ImageSize }[];
  durationMs: number;
  /** The file played: its AudioFile format name (e.g. OGG_VORBIS_160) and nominal bitrate (kbit/s). */
  format: string;
  bitrateKbps: number;
}

export function chooseFile(files: AudioFileRef[], bitrate: 96 | 160 | 320): AudioFileRef | undefined {
  for (const format of PREFERENCE[bitrate]) {
    const f = files.find((x) => x.format === format);
    if (f) return f;
  }
  return undefined;
}

/** Where the user plays from (the AP session's CountryCode and ProductInfo `catalogue`), for country restrictions. */
export interface UserMarket {
  country: string | undefined;
  /** The account's catalogue; `premium` when unknown. */
  catalogue: string | undefined;
}

/**
 * Why `restrictions` keep this user from playing an item, or undefined when they do not (docs/protocol/05 §2.3):
 * the first restriction for the user's catalogue (the first one at all when none names a catalogue) decides,
 * by its allowed or forbidden country list. Without a known country nothing can be decided, so nothing is restricted.
 */
export function countryRestriction(restrictions: CountryRestriction[], market: UserMarket): string | undefined {
  const country = market.country?.toUpperCase();
  if (!country) return undefined;
  const catalogue = market.catalogue || 'premium';
  const r =
    restrictions.find((x) => x.catalogues.includes(catalogue)) ??
    (restrictions.every((x) => !x.catalogues.length) ? restrictions[0] : undefined);
  if (r?.countriesAllowed && !r.countriesAllowed.includes(country)) return `not allowed in ${country}`;
  if (r?.countriesForbidden?.includes(country)) return `forbidden in ${country}`;
  return undefined;
}

export class TrackUnavailableError extends SpotletError {
  constructor(message: string) {
    super('ERR_TRACK_UNAVAILABLE', message);
  }
}

export class SpotifyTrackSource implements TrackSource {
  /** The details of the last tracks loaded, oldest first. */
  #details = new Map<string, TrackDetails>();

  constructor(
    readonly spclient: TrackMetadataSource,
    readonly keys: AudioKeySource,
    readonly bitrate: 96 | 160 | 320,
    readonly market: () => UserMarket,
    readonly log: Logger,
    /** ProductInfo's `image-url` template (`{file_id}` replaced), if the session has one. */
    readonly imageUrl: () => string | undefined = () => undefined,
  ) {}

  /** The details of `uri` if it is one of the last tracks loaded. */
  describe(uri: string): TrackDetails | undefined {
    return this.#details.get(uri);
  }

  async load(uri: string): Promise<PlayableTrack> {
    let id;
    try {
      id = parseSpotifyUri(uri);
    } catch (err) {
      throw new TrackUnavailableError(errorMessage(err));
    }
    if (id.type !== 'track' && id.type !== 'episode')
      throw new TrackUnavailableError(`${uri} is not a track or episode`);
    const meta = await this.spclient.metadata(id.type, id.gid);
    if (meta.durationMs <= 0) throw new TrackUnavailableError(`${uri} has no duration (not playable)`);
    const market = this.market();
    let gid = id.gid;
    let file = this.#usableFile(meta.files, meta.restrictions, market);
    let durationMs = meta.durationMs;
    const reasons = file.reason ? [file.reason] : [];
    // Relinking (docs/protocol/05 §2.3): the first available alternative plays, under the uri the app asked for.
    for (const alt of file.reason ? meta.alternatives : []) {
      let candidate: { files: AudioFileRef[]; restrictions: CountryRestriction[]; durationMs?: number } = alt;
      if (!alt.files.length) {
        try {
          candidate = await this.spclient.metadata('track', alt.gid);
        } catch (err) {
          if (!(err instanceof HttpError && err.status === 404)) throw err;
          reasons.push(`alternative ${gidToBase62(alt.gid)}: no metadata`);
          continue;
        }
      }
      file = this.#usableFile(candidate.files, candidate.restrictions, market);
      if (file.reason) {
        reasons.push(`alternative ${gidToBase62(alt.gid)}: ${file.reason}`);
        continue;
      }
      gid = alt.gid;
      if (candidate.durationMs && candidate.durationMs > 0) durationMs = candidate.durationMs;
      this.log.info('track relinked to an alternative', {
        uri,
        alternative: `spotify:track:${gidToBase62(gid)}`,
        reason: reasons[0],
      });
      break;
    }
    const chosen = file.file;
    if (!chosen) throw new TrackUnavailableError(`${uri} is not playable here: ${reasons.join('; ')}`);
    const key = await this.keys.request(gid, chosen.fileId);
    this.#remember(uri, id.type, meta, durationMs, chosen.format);
    return {
      uri,
      durationMs,
      key,
      fileId: fileIdHex(chosen.fileId),
      cdnUrls: () => this.spclient.storageResolve(chosen.fileId),
    };
  }

  #remember(uri: string, type: 'track' | 'episode', meta: ItemMetadata, durationMs: number, format: number): void {
    const template = this.imageUrl() || IMAGE_URL;
    const played = OGG_FORMATS[format];
    this.#details.delete(uri);
    this.#details.set(uri, {
      ...meta.details,
      uri,
      type,
      name: meta.name,
      artists: meta.artists,
      album: meta.album,
      covers: meta.details.covers.map((c) => ({ url: template.replace('{file_id}', c.fileId), size: c.size })),
      durationMs,
      format: played?.name ?? `FORMAT_${format}`,
      bitrateKbps: played?.kbps ?? 0,
    });
    for (const old of this.#details.keys()) {
      if (this.#details.size <= DETAILS_KEPT) break;
      this.#details.delete(old);
    }
  }

  /** The file to play, or why there is none: restricted in the user's country, or no Ogg Vorbis file. */
  #usableFile(
    files: AudioFileRef[],
    restrictions: CountryRestriction[],
    market: UserMarket,
  ): { file?: AudioFileRef; reason?: string } {
    const restricted = countryRestriction(restrictions, market);
    if (restricted) return { reason: restricted };
    const file = chooseFile(files, this.bitrate);
    return file ? { file } : { reason: 'no Ogg Vorbis file' };
  }
}
