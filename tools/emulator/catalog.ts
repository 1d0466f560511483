/**
 * The emulator's track catalog: a folder of plain Ogg Vorbis files plus `catalog.json`.
 * The emulator derives file ids and keys (unless the manifest gives them), prepends Spotify's header page and
 * encrypts each file, so anyone can drop in their own Ogg files. Format: see CATALOG.md beside this file.
 */
import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { errorMessage, SpotletError } from '../../src/core/errors.js';
import { gidToBase62, parseSpotifyUri, type SpotifyItemType } from '../../src/core/spotify-id.js';
import {
  audioCipher,
  buildSpotifyHeaderPage,
  NO_NORMALISATION,
  oggPages,
  type NormalisationData,
} from '../../src/audio/index.js';

/** Audio formats (docs/protocol/05 §2.2 AudioFile.Format). */
export const AUDIO_FORMATS = {
  OGG_VORBIS_96: 0,
  OGG_VORBIS_160: 1,
  OGG_VORBIS_320: 2,
  MP3_256: 3,
  MP3_320: 4,
  MP3_160: 5,
  MP3_96: 6,
  MP3_160_ENC: 7,
  AAC_24: 8,
  AAC_48: 9,
} as const;
export type AudioFormatName = keyof typeof AUDIO_FORMATS;

export interface CatalogFile {
  format: AudioFormatName;
  fileId: Buffer;
  key: Buffer;
  /** Absolute path of the plain Ogg Vorbis file. */
  path: string;
}

export interface CatalogTrack {
  uri: string;
  type: 'track' | 'episode';
  gid: Buffer;
  name: string;
  artists: string[];
  /** Album (or show) URI, if any. */
  album: string | undefined;
  durationMs: number;
  files: CatalogFile[];
  normalisation: NormalisationData;
  /** The AP refuses the audio key for this track (AesKeyError), like Spotify does for some tracks. */
  refused: boolean;
  /** The metadata's Restriction: not playable in some countries. */
  restricted: CatalogRestriction | undefined;
  /** URIs of the catalog tracks the metadata lists as `alternative` (relinking), in order. */
  alternatives: string[];
}

/** A Restriction as the metadata carries it: one country list (concatenated 2-letter codes) for these catalogues. */
export interface CatalogRestriction {
  catalogues: string[];
  countriesAllowed?: string;
  countriesForbidden?: string;
}

export interface CatalogContext {
  uri: string;
  type: 'album' | 'playlist' | 'show';
  name: string;
  artists: string[];
  tracks: string[];
  /** Release date (YYYY, YYYY-MM or YYYY-MM-DD); '' when not given. */
  released: string;
}

export class CatalogError extends SpotletError {
  constructor(message: string) {
    super('ERR_CATALOG', message);
  }
}

interface ManifestFile {
  format?: string;
  path?: string;
  fileId?: string;
  key?: string;
}
interface ManifestTrack {
  uri?: string;
  name?: string;
  artists?: string[];
  album?: string;
  durationMs?: number;
  files?: ManifestFile[];
  normalisation?: Partial<NormalisationData>;
  refused?: boolean;
  restricted?: { countriesAllowed?: string; countriesForbidden?: string; catalogues?: string[] };
  alternatives?: string[];
}
interface ManifestContext {
  uri?: string;
  name?: string;
  artists?: string[];
  tracks?: string[];
  released?: string;
}
interface Manifest {
  secret?: string;
  tracks?: ManifestTrack[];
  albums?: ManifestContext[];
  playlists?: ManifestContext[];
  shows?: ManifestContext[];
}

/** Reads sample rate, channels and length (last granule) of a plain Ogg Vorbis file. */
export function probeOggVorbis(data: Buffer): { sampleRate: number; channels: number; samples: number } {
  let first: Buffer | undefined;
  let last = 0n;
  for (const page of oggPages(data)) {
    first ??= page.body;
    if (page.granule > 0n) last = page.granule;
  }
  if (!first || first.length < 16 || first[0] !== 1 || first.toString('latin1', 1, 7) !== 'vorbis') {
    throw new CatalogError('not an Ogg Vorbis file (no Vorbis identification header)');
  }
  return { channels: first[11]!, sampleRate: first.readUInt32LE(12), samples: Number(last) };
}

export class Catalog {
  readonly tracks: CatalogTrack[];
  readonly contexts: CatalogContext[];
  readonly dir: string;
  #byUri = new Map<string, CatalogTrack>();
  #byGid = new Map<string, CatalogTrack>();
  #byFileId = new Map<string, { track: CatalogTrack; file: CatalogFile }>();
  #encrypted = new Map<string, Buffer>();

  private constructor(dir: string, tracks: CatalogTrack[], contexts: CatalogContext[]) {
    this.dir = dir;
    this.tracks = tracks;
    this.contexts = contexts;
    for (const t of tracks) {
      this.#byUri.set(t.uri, t);
      this.#byGid.set(t.gid.toString('hex'), t);
      for (const f of t.files) this.#byFileId.set(f.fileId.toString('hex'), { track: t, file: f });
    }
  }

  /** Loads `<dir>/catalog.json`; every problem is a CatalogError naming the entry. */
  static load(dir: string): Catalog {
    const abs = resolve(dir);
    let manifest: Manifest;
    try {
      manifest = JSON.parse(readFileSync(join(abs, 'catalog.json'), 'utf8')) as Manifest;
    } catch (err) {
      throw new CatalogError(`catalog ${abs}: cannot read catalog.json: ${errorMessage(err)}`);
    }
    const secret = manifest.secret ?? 'spotlet-emulator';
    // Many tracks may share a file (a playlist of thousands over a few recordings): each is read once.
    const probes = new Map<string, ReturnType<typeof probeOggVorbis>>();
    const probe = (path: string) => {
      const known = probes.get(path);
      if (known) return known;
      const info = probeOggVorbis(readFileSync(path));
      probes.set(path, info);
      return info;
    };
    const tracks = (manifest.tracks ?? []).map((t, i) => Catalog.#track(abs, secret, t, i, probe));
    for (const [i, t] of tracks.entries()) {
      for (const u of t.alternatives) {
        const alt = tracks.find((x) => x.uri === u);
        if (alt?.type !== 'track' || alt === t)
          throw new CatalogError(
            `catalog track #${i} (${t.uri}): alternative ${u} must be another track of the catalog`,
          );
      }
    }
    const contexts: CatalogContext[] = [];
    const known = new Set(tracks.map((t) => t.uri));
    const addContexts = (list: ManifestContext[] | undefined, type: CatalogContext['type']): void => {
      for (const [i, c] of (list ?? []).entries()) {
        const where = `${type} #${i}`;
        if (!c.uri || parseUriOrThrow(c.uri, where).type !== type)
          throw new CatalogError(`catalog ${where}: uri must be spotify:${type}:<base62>`);
        for (const u of c.tracks ?? [])
          if (!known.has(u)) throw new CatalogError(`catalog ${where}: unknown track ${u}`);
        if (c.released !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(c.released))
          throw new CatalogError(`catalog ${where}: released must be YYYY, YYYY-MM or YYYY-MM-DD`);
        contexts.push({
          uri: c.uri,
          type,
          name: c.name ?? c.uri,
          artists: c.artists ?? [],
          tracks: c.tracks ?? [],
          released: c.released ?? '',
        });
      }
    };
    addContexts(manifest.albums, 'album');
    addContexts(manifest.playlists, 'playlist');
    addContexts(manifest.shows, 'show');
    return new Catalog(abs, tracks, contexts);
  }

  static #track(
    dir: string,
    secret: string,
    t: ManifestTrack,
    i: number,
    probe: (path: string) => ReturnType<typeof probeOggVorbis>,
  ): CatalogTrack {
    const where = `track #${i}${t.uri ? ` (${t.uri})` : ''}`;
    if (!t.uri) throw new CatalogError(`catalog ${where}: missing uri`);
    const id = parseUriOrThrow(t.uri, where);
    if (id.type !== 'track' && id.type !== 'episode')
      throw new CatalogError(`catalog ${where}: uri must be a track or episode`);
    if (!t.files?.length) throw new CatalogError(`catalog ${where}: needs at least one file`);
    let durationMs = t.durationMs ?? 0;
    const files = t.files.map((f, j): CatalogFile => {
      const fw = `${where} file #${j}`;
      if (!f.path) throw new CatalogError(`catalog ${fw}: missing path`);
      const format = (f.format ?? 'OGG_VORBIS_160') as AudioFormatName;
      if (!(format in AUDIO_FORMATS) || !format.startsWith('OGG_VORBIS'))
        throw new CatalogError(`catalog ${fw}: format must be OGG_VORBIS_96/160/320`);
      const path = resolve(dir, f.path);
      let info;
      try {
        info = probe(path);
      } catch (err) {
        throw new CatalogError(`catalog ${fw}: ${path}: ${errorMessage(err)}`);
      }
      if (info.sampleRate !== 44100 || info.channels !== 2)
        throw new CatalogError(`catalog ${fw}: must be 44100 Hz stereo, is ${info.sampleRate} Hz ${info.channels} ch`);
      if (!t.durationMs) durationMs = Math.round((info.samples * 1000) / info.sampleRate);
      const fileId = f.fileId
        ? hexOrThrow(f.fileId, 20, `${fw} fileId`)
        : createHash('sha1').update(`${t.uri}\0${f.path}\0${format}`).digest();
      const key = f.key
        ? hexOrThrow(f.key, 16, `${fw} key`)
        : createHmac('sha256', secret).update(fileId).digest().subarray(0, 16);
      return { format, fileId, key, path };
    });
    if (t.alternatives?.length && id.type !== 'track')
      throw new CatalogError(`catalog ${where}: only tracks have alternatives`);
    return {
      uri: t.uri,
      type: id.type,
      gid: id.gid,
      name: t.name ?? `Track ${gidToBase62(id.gid)}`,
      artists: t.artists ?? [],
      album: t.album,
      durationMs,
      files,
      normalisation: { ...NO_NORMALISATION, ...(t.normalisation ?? {}) },
      refused: t.refused === true,
      restricted: t.restricted ? restrictionOrThrow(t.restricted, where) : undefined,
      alternatives: t.alternatives ?? [],
    };
  }

  track(uri: string): CatalogTrack | undefined {
    return this.#byUri.get(uri);
  }

  trackByGid(gid: Buffer): CatalogTrack | undefined {
    return this.#byGid.get(gid.toString('hex'));
  }

  context(uri: string): CatalogContext | undefined {
    return this.contexts.find((c) => c.uri === uri);
  }

  file(fileIdHex: string): { track: CatalogTrack; file: CatalogFile } | undefined {
    return this.#byFileId.get(fileIdHex.toLowerCase());
  }

  /** The audio key for (gid, file id): undefined if unknown, 'refused' for tracks marked refused. */
  audioKey(gid: Buffer, fileId: Buffer): Buffer | 'refused' | undefined {
    const hit = this.#byFileId.get(fileId.toString('hex'));
    if (!hit?.track.gid.equals(gid)) return undefined;
    return hit.track.refused ? 'refused' : hit.file.key;
  }

  /** The file as the CDN serves it: Spotify header page + Ogg Vorbis, AES-128-CTR encrypted. Cached. */
  encryptedFile(fileIdHex: string): Buffer | undefined {
    const hit = this.file(fileIdHex);
    if (!hit) return undefined;
    let enc = this.#encrypted.get(hit.file.fileId.toString('hex'));
    if (!enc) {
      enc = encryptForCdn(readFileSync(hit.file.path), hit.file.key, hit.track.normalisation);
      this.#encrypted.set(hit.file.fileId.toString('hex'), enc);
    }
    return enc;
  }
}

/** Prepends Spotify's header page to a plain Ogg Vorbis file and encrypts the whole with `key`. */
export function encryptForCdn(ogg: Buffer, key: Buffer, normalisation: NormalisationData): Buffer {
  const info = probeOggVorbis(ogg);
  const header = buildSpotifyHeaderPage({
    totalSamples: info.samples,
    totalSize: ogg.length + 167,
    serial: 0x5f4f5441,
    normalisation,
  });
  const plain = Buffer.concat([header, ogg]);
  const c = audioCipher(key, 0);
  return Buffer.concat([c.update(plain), c.final()]);
}

function restrictionOrThrow(r: NonNullable<ManifestTrack['restricted']>, where: string): CatalogRestriction {
  const lists = (['countriesAllowed', 'countriesForbidden'] as const).filter((k) => r[k] !== undefined);
  if (lists.length !== 1)
    throw new CatalogError(`catalog ${where}: restricted needs one of countriesAllowed or countriesForbidden`);
  const list = r[lists[0]!]!;
  if (!/^(?:[A-Z]{2})*$/.test(list))
    throw new CatalogError(
      `catalog ${where}: restricted.${lists[0]} must be concatenated 2-letter country codes (e.g. "SEDKNO")`,
    );
  return { catalogues: r.catalogues ?? ['free', 'premium'], [lists[0]!]: list };
}

function parseUriOrThrow(uri: string, where: string): { type: SpotifyItemType; gid: Buffer } {
  try {
    return parseSpotifyUri(uri);
  } catch (err) {
    throw new CatalogError(`catalog ${where}: ${errorMessage(err)}`);
  }
}

function hexOrThrow(hex: string, bytes: number, where: string): Buffer {
  if (!new RegExp(`^[0-9a-fA-F]{${bytes * 2}}$`).test(hex))
    throw new CatalogError(`catalog ${where}: must be ${bytes * 2} hex digits`);
  return Buffer.from(hex, 'hex');
}
