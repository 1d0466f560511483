import { createHash } from 'node:crypto';
/**
 * Emulated spclient (HTTP): metadata (extended-metadata; the regional /metadata/4 fails as Spotify's does),
 * storage-resolve (both path forms, pointing at the emulator CDN), context-resolve (JSON Context from the catalog,
 * in pages) and autoplay stations (POST context-resolve/v1/autoplay).
 *
 * Strict where every reference client agrees: each request carries a login5 bearer token (401, with the reason,
 * otherwise) and, if it carries a client-token header, a non-empty one (librespot sends none when it has no
 * client token — "these endpoints seem to work fine without it", core/spclient.rs — so a missing header passes;
 * go-librespot always sends one; neither ever sends an empty one). A PUT, POST or DELETE must say its length
 * (411 otherwise, see below). Faults: `failNext(status, count, pathPrefix)` answers 429/503… with Retry-After,
 * optionally only for paths under a prefix (e.g. connect-state PUTs).
 */
import { createServer, type Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { spotify as pl } from '../../../src/gen/connect.js';
import { spotify as md } from '../../../src/gen/metadata.js';
import { AUDIO_FORMATS, type Catalog, type CatalogTrack } from '../catalog.js';
import type { CdnServer } from '../cdn.js';
import type { ConnectCloud } from './dealer.js';
import { readBody } from '../request-body.js';
import type { EmulatorService } from '../service.js';

export interface SpClientEmulatorOptions {
  /**
   * Tracks per context-resolve page. Spotify's page size for context-resolve is not documented anywhere public;
   * 100 is the size of Spotify's own playlist pages elsewhere (the Web API's playlist tracks). Contexts longer
   * than a page come as a first page with `next_page_url`, each further page fetched from spclient.
   */
  pageSize: number;
  /**
   * A variant: context tracks named by gid only (proto3 JSON base64, no uri). Both references take such entries
   * and derive the uri from the gid (librespot `context_to_provided_track`, go-librespot
   * `ContextTrackToProvidedTrack`), so Spotify is taken to send them at times.
   */
  gidOnlyTracks: boolean;
}

export const SPCLIENT_DEFAULTS: SpClientEmulatorOptions = { pageSize: 100, gidOnlyTracks: false };

export interface SpClientEmulator {
  options: SpClientEmulatorOptions;
  /**
   * The next `count` requests (only those whose path starts with `pathPrefix`, if given) answer `status` (with
   * Retry-After: 1 for 429/503).
   */
  failNext(status: number, count?: number, pathPrefix?: string): void;
  /** Every request answered: method, path (as sent, not decoded), status, and when (`performance.now()`). */
  requests: { method: string; path: string; status: number; at: number }[];
}

/** The JSON body of an error answer, in the shape of Spotify's web APIs. */
function errorBody(status: number, message: string): string {
  return JSON.stringify({ error: { status, message } });
}

export const spclientService: EmulatorService<SpClientEmulator> = {
  name: 'spclient',
  async start(ctx) {
    let fault: { status: number; count: number; pathPrefix: string } | undefined;
    const api: SpClientEmulator = {
      options: { ...SPCLIENT_DEFAULTS, ...ctx.options.spclient },
      failNext: (status, count = 1, pathPrefix = '') => (fault = { status, count, pathPrefix }),
      requests: [],
    };
    const cdn = (): CdnServer | undefined => ctx.services?.get('cdn') as CdnServer | undefined;
    const server: Server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://spclient');
      const path = url.pathname;
      const send = (status: number, body?: Uint8Array | string, type = 'application/x-protobuf'): void => {
        api.requests.push({ method: req.method ?? '', path, status, at: performance.now() });
        res
          .writeHead(status, {
            'Content-Type': type,
            ...(status === 429 || status === 503 ? { 'Retry-After': '1' } : {}),
            ...(status === 401 ? { 'WWW-Authenticate': 'Bearer error="invalid_token"' } : {}),
          })
          .end(body === undefined ? undefined : typeof body === 'string' ? body : Buffer.from(body));
      };
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const account = ctx.accounts.byBearer(token);
      if (!account) {
        req.resume();
        const why = !token
          ? 'no bearer token (spclient takes a login5 access token: Authorization: Bearer <token>)'
          : ctx.accounts.byAccessToken(token)
            ? 'an OAuth access token is for SPOTIFY_TOKEN logins at the AP; spclient takes a login5 access token'
            : 'invalid or expired access token (login5 issues them)';
        return send(401, errorBody(401, why), 'application/json');
      }
      const clientToken = req.headers['client-token'];
      if (typeof clientToken === 'string' && !clientToken.trim()) {
        req.resume();
        return send(400, errorBody(400, 'empty client-token header'), 'application/json');
      }
      // A request that may carry a body must say how long it is: Spotify answered the bodiless
      // PUT /connect-state/v1/devices/<id>/inactive with 411 until librespot sent `Content-Length: 0` (librespot
      // PR #1548); its front end is taken to treat DELETE, which may carry a body too, the same way.
      const method = req.method ?? '';
      if (
        (method === 'PUT' || method === 'POST' || method === 'DELETE') &&
        req.headers['content-length'] === undefined &&
        req.headers['transfer-encoding'] === undefined
      ) {
        req.resume();
        return send(411, errorBody(411, 'Length Required'), 'application/json');
      }
      if (fault && fault.count > 0 && path.startsWith(fault.pathPrefix)) {
        fault.count--;
        return send(fault.status);
      }
      const control =
        /^\/connect-state\/v1\/(player\/command|connect\/volume|connect\/transfer)\/from\/([^/]+)\/to\/([0-9a-f]{40})$/.exec(
          path,
        );
      if (control && (req.method === 'POST' || req.method === 'PUT')) {
        const cloud = ctx.services.get('dealer') as ConnectCloud | undefined;
        const username = account.username;
        void readBody(req).then(
          (raw) => {
            let body: Record<string, unknown>;
            try {
              body = JSON.parse(raw.toString('utf8') || '{}') as Record<string, unknown>;
            } catch {
              return send(
                400,
                JSON.stringify({ error_type: 'BAD_REQUEST', message: 'body is not JSON' }),
                'application/json',
              );
            }
            const [, kind, from, to] = control;
            if (!cloud) return send(503);
            if (kind === 'connect/volume') {
              cloud.volume(username, to!, Number(body.volume ?? 0));
              return send(200, '{}', 'application/json');
            }
            const command =
              kind === 'player/command'
                ? (body.command as Record<string, unknown> | undefined)
                : cloud.transferCommand(username);
            if (!command)
              return send(
                404,
                JSON.stringify({ error_type: 'NOTHING_TO_TRANSFER', message: 'no playback to transfer' }),
                'application/json',
              );
            cloud.command(username, to!, command, from).then(
              (ok) =>
                ok
                  ? send(200, JSON.stringify({ ack_id: `${Date.now()}` }), 'application/json')
                  : send(
                      409,
                      JSON.stringify({ error_type: 'COMMAND_REFUSED', message: 'the device refused the command' }),
                      'application/json',
                    ),
              (err: Error) =>
                send(
                  /not connected/.test(err.message) ? 404 : 504,
                  JSON.stringify({ error_type: 'DEVICE_UNREACHABLE', message: err.message }),
                  'application/json',
                ),
            );
          },
          () => {},
        ); // a body over the cap destroyed the request: nothing to answer
        return;
      }
      const attribute = /^\/user-attributes\/v1\/attributes\/([a-z_.-]+)$/.exec(path);
      if (attribute && req.method === 'PUT') {
        // The phone's settings (Autoplay); the speaker only sees the dealer push that follows.
        const cloud = ctx.services.get('dealer') as ConnectCloud | undefined;
        const username = account.username;
        void readBody(req).then(
          (raw) => {
            let value: unknown;
            try {
              value = (JSON.parse(raw.toString('utf8')) as { value?: unknown }).value;
            } catch {
              // answered below
            }
            if (typeof value !== 'string' || !cloud)
              return send(
                400,
                JSON.stringify({ error_type: 'BAD_REQUEST', message: 'body must be {"value": "<string>"}' }),
                'application/json',
              );
            cloud.setUserAttribute(username, attribute[1]!, value);
            send(200, '{}', 'application/json');
          },
          () => {},
        );
        return;
      }
      if (req.method === 'GET') req.resume();
      // Since 2025-08 the regional spclient hosts answer /metadata/4 with 500 (librespot #1527, go-librespot #189):
      // this is a regional host. Clients use extended-metadata.
      let m = /^\/metadata\/4\/(track|episode)\/([0-9a-f]{32})$/.exec(path);
      if (m && req.method === 'GET') return send(500, errorBody(500, 'Internal Server Error'), 'application/json');
      if (path === '/extended-metadata/v0/extended-metadata' && req.method === 'POST') {
        void readBody(req).then(
          (raw) => {
            try {
              send(200, extendedMetadata(ctx.catalog, md.extendedmetadata.BatchedEntityRequest.decode(raw)));
            } catch {
              send(
                400,
                JSON.stringify({ error_type: 'BAD_REQUEST', message: 'not a BatchedEntityRequest' }),
                'application/json',
              );
            }
          },
          () => {},
        );
        return;
      }
      if (path === '/context-resolve/v1/autoplay' && req.method === 'POST') {
        void readBody(req).then(
          (raw) => {
            let ask: pl.player.AutoplayContextRequest;
            try {
              ask = pl.player.AutoplayContextRequest.decode(raw);
            } catch {
              return send(
                400,
                JSON.stringify({ error_type: 'BAD_REQUEST', message: 'not an AutoplayContextRequest' }),
                'application/json',
              );
            }
            const station = autoplayStation(ctx.catalog, ask.contextUri, ask.recentTrackUri ?? []);
            send(
              station ? 200 : 404,
              JSON.stringify(station ?? { error_type: 'NO_STATION', message: `no autoplay for ${ask.contextUri}` }),
              'application/json',
            );
          },
          () => {},
        );
        return;
      }
      m = /^\/storage-resolve\/(?:v2\/)?files\/audio\/interactive(?:_prefetch)?\/(?:\d+\/)?([0-9a-f]{40})$/.exec(path);
      if (m && req.method === 'GET') {
        const body = cdn()?.storageResolve(m[1]!);
        return body ? send(200, body) : send(404);
      }
      m = /^\/connect-state\/v1\/devices\/([0-9a-f]{40})(\/inactive)?$/.exec(path);
      if (m && req.method === 'DELETE' && !m[2]) {
        (ctx.services.get('dealer') as ConnectCloud | undefined)?.remove(account.username, m[1]!);
        return send(204);
      }
      if (m && req.method === 'PUT') {
        const cloud = ctx.services.get('dealer') as ConnectCloud | undefined;
        const username = account.username;
        if (m[2]) {
          cloud?.inactive(username, m[1]!);
          return send(204);
        }
        void readBody(req).then(
          (raw) => {
            try {
              const cluster = cloud?.putState(
                username,
                m![1]!,
                String(req.headers['x-spotify-connection-id'] ?? ''),
                raw,
              );
              if (!cluster)
                return send(
                  400,
                  JSON.stringify({ error_type: 'INVALID_CONNECTION_ID', message: 'unknown connection id' }),
                  'application/json',
                );
              send(200, cluster);
            } catch {
              send(
                400,
                JSON.stringify({ error_type: 'BAD_REQUEST', message: 'not a PutStateRequest' }),
                'application/json',
              );
            }
          },
          () => {},
        ); // a body over the cap destroyed the request: nothing to answer
        return;
      }
      // The context uri as written in the path, colons and all: both references send it raw
      // (`/context-resolve/v1/spotify:album:…`). An escaped one (`spotify%3Aalbum%3A…`) names no context here: a
      // reserved character and its escape are not the same URI (RFC 3986 §2.2), and Spotify is only known to
      // answer the raw form.
      m = /^\/context-resolve\/v1\/(?:page\/(spotify:[^/]+)\/(\d+)|(spotify:[^/]+))$/.exec(path);
      if (m && req.method === 'GET') {
        const uri = m[1] ?? m[3]!;
        const c = ctx.catalog.context(uri);
        if (!c) return send(404, errorBody(404, `no context ${uri}`), 'application/json');
        const page = m[2] === undefined ? 0 : Number(m[2]);
        const size = Math.max(1, api.options.pageSize);
        if (page * size >= Math.max(1, c.tracks.length))
          return send(404, errorBody(404, `no page ${page} of ${uri}`), 'application/json');
        const pageJson = {
          tracks: c.tracks.slice(page * size, page * size + size).map((u, i) => ({
            ...(api.options.gidOnlyTracks ? { gid: ctx.catalog.track(u)!.gid.toString('base64') } : { uri: u }),
            uid: `${c.type}-${page * size + i}`,
            metadata: { context_uri: c.uri },
          })),
          ...((page + 1) * size < c.tracks.length
            ? { next_page_url: `hm://context-resolve/v1/page/${uri}/${page + 1}` }
            : {}),
        };
        if (m[2] !== undefined) return send(200, JSON.stringify(pageJson), 'application/json');
        return send(
          200,
          JSON.stringify({
            uri: c.uri,
            url: `context://${c.uri}`,
            metadata: {
              context_description: c.name,
              ...(c.type === 'playlist' ? { playlist_number_of_tracks: String(c.tracks.length) } : {}),
            },
            pages: [pageJson],
          }),
          'application/json',
        );
      }
      send(404);
    });
    await new Promise<void>((r) => server.listen(0, ctx.host, r));
    const { port } = server.address() as AddressInfo;
    return {
      endpoints: { spclient: `${ctx.host}:${port}`, spclient_url: `http://${ctx.host}:${port}` },
      api,
      stop: () =>
        new Promise<void>((r) => {
          server.closeAllConnections();
          server.close(() => r());
        }),
    };
  },
};

/** The Track or Episode protobuf of a catalog item (what metadata/4 and extended-metadata carry). */
function itemMessage(catalog: Catalog, t: CatalogTrack): Uint8Array {
  const context = catalog.context(t.album ?? '');
  const album = context?.name ?? '';
  const cover = context ? { image: coverOf(context.uri) } : undefined;
  const date = dateOf(context?.released ?? '');
  const restriction = restrictionOf(t);
  if (t.type === 'track') {
    // Alternatives as Spotify lists a relinked track's: gid, files and restrictions of each.
    const alternative = t.alternatives
      .map((u) => catalog.track(u)!)
      .map((a) => ({ gid: a.gid, file: filesOf(a), restriction: restrictionOf(a) }));
    const number = (context?.tracks.indexOf(t.uri) ?? -1) + 1;
    return md.metadata.Track.encode({
      gid: t.gid,
      name: t.name,
      duration: t.durationMs,
      artist: t.artists.map((name) => ({ name })),
      album: {
        name: album,
        artist: (context?.artists ?? []).map((name) => ({ name })),
        ...(date ? { date } : {}),
        ...(cover ? { coverGroup: cover } : {}),
      },
      ...(number ? { number, discNumber: 1 } : {}),
      popularity: 50,
      explicit: false,
      languageOfPerformance: ['en'],
      restriction,
      file: filesOf(t),
      alternative,
    }).finish();
  }
  return md.metadata.Episode.encode({
    gid: t.gid,
    name: t.name,
    duration: t.durationMs,
    audio: filesOf(t),
    description: `${t.name} of ${album}`,
    ...(date ? { publishTime: date } : {}),
    language: 'en',
    explicit: false,
    show: { name: album, ...(cover ? { coverImage: cover } : {}) },
    restriction,
  }).finish();
}

/** A context's cover as three image sizes whose file ids are derived from its uri (no image is served). */
function coverOf(uri: string): md.metadata.IImage[] {
  const S = md.metadata.Image.Size;
  return [
    [S.DEFAULT, 300],
    [S.SMALL, 64],
    [S.LARGE, 640],
  ].map(([size, px]) => ({
    fileId: createHash('sha1').update(`cover\0${uri}\0${size}`).digest(),
    size,
    width: px,
    height: px,
  }));
}

/** A catalog date (YYYY[-MM[-DD]]) as a metadata Date. */
function dateOf(released: string): md.metadata.IDate | undefined {
  const [year, month, day] = released.split('-').map(Number);
  return year ? { year, ...(month ? { month } : {}), ...(day ? { day } : {}) } : undefined;
}

function filesOf(t: CatalogTrack): md.metadata.IAudioFile[] {
  return t.files.map((f) => ({ fileId: f.fileId, format: AUDIO_FORMATS[f.format] }));
}

function restrictionOf(t: CatalogTrack): md.metadata.IRestriction[] {
  if (!t.restricted) return [];
  const { catalogues, countriesAllowed, countriesForbidden } = t.restricted;
  return [
    { catalogueStr: catalogues, ...(countriesAllowed !== undefined ? { countriesAllowed } : { countriesForbidden }) },
  ];
}

const EXT = md.extendedmetadata.ExtensionKind;
const TYPE_URL = {
  [EXT.TRACK_V4]: 'type.googleapis.com/spotify.metadata.Track',
  [EXT.EPISODE_V4]: 'type.googleapis.com/spotify.metadata.Episode',
  [EXT.AUDIO_FILES]: 'type.googleapis.com/spotify.extendedmetadata.audiofiles.AudioFilesExtensionResponse',
} as Record<number, string>;

/** Answers every (entity, kind) asked: one array per kind, a per-entity status (404 unknown, 400 wrong kind). */
function extendedMetadata(catalog: Catalog, batch: md.extendedmetadata.BatchedEntityRequest): Uint8Array {
  const byKind = new Map<number, md.extendedmetadata.IEntityExtensionData[]>();
  for (const e of batch.entityRequest ?? []) {
    const uri = e.entityUri ?? '';
    const t = catalog.track(uri);
    for (const q of e.query ?? []) {
      const kind = q.extensionKind ?? 0;
      let value: Uint8Array | undefined;
      if (t && ((kind === EXT.TRACK_V4 && t.type === 'track') || (kind === EXT.EPISODE_V4 && t.type === 'episode')))
        value = itemMessage(catalog, t);
      else if (t && kind === EXT.AUDIO_FILES) {
        value = md.extendedmetadata.AudioFilesExtensionResponse.encode({
          files: filesOf(t).map((file) => ({ file })),
          defaultFileNormalizationParams: {
            loudnessDb: t.normalisation.trackGainDb,
            truePeakDb: 20 * Math.log10(t.normalisation.trackPeak || 1),
          },
        }).finish();
      }
      const status = value ? 200 : t ? 400 : 404;
      const list = byKind.get(kind) ?? [];
      byKind.set(kind, list);
      list.push({
        header: { statusCode: status },
        entityUri: uri,
        ...(value ? { extensionData: { type_url: TYPE_URL[kind], value } } : {}),
      });
    }
  }
  return md.extendedmetadata.BatchedExtensionResponse.encode({
    header: {},
    extendedMetadata: [...byKind].map(([kind, data]) => ({
      header: { extensionType: md.extendedmetadata.ExtensionType.GENERIC },
      extensionKind: kind,
      extensionData: data,
    })),
  }).finish();
}

/**
 * A station continuing a context: the catalog's other music first, then the context's own tracks, leaving
 * out what was played recently (like Spotify's radio). Shows and episodes get none (no autoplay for podcasts).
 */
function autoplayStation(catalog: Catalog, contextUri: string, recent: string[]): Record<string, unknown> | undefined {
  const c = catalog.context(contextUri);
  if (!c || c.type === 'show') return undefined;
  const music = catalog.tracks.filter((t) => t.type === 'track').map((t) => t.uri);
  const others = music.filter((u) => !c.tracks.includes(u) && !recent.includes(u));
  const picks = others.length ? others : music.filter((u) => !recent.includes(u));
  const list = picks.length ? picks : music;
  const uri = `spotify:station:${c.type}:${contextUri.split(':').pop()}`;
  return {
    uri,
    url: `context://${uri}`,
    metadata: { context_description: `${c.name} Radio` },
    pages: [{ tracks: list.map((u, i) => ({ uri: u, uid: `station-${i}` })) }],
  };
}
