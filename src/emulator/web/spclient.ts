/**
 * Emulated spclient (HTTP): metadata (/metadata/4/track|episode/<hex>), storage-resolve (both path forms,
 * pointing at the emulator CDN) and context-resolve (JSON Context from the catalog). Every request needs a
 * valid login5 bearer token (401 otherwise). Faults: `failNext(status, count)` answers 429/503… with Retry-After.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spotify as md } from '../../gen/metadata.js';
import { AUDIO_FORMATS } from '../catalog.js';
import type { CdnServer } from '../cdn.js';
import type { ConnectCloud } from './dealer.js';
import { readBody } from '../request-body.js';
import type { EmulatorService } from '../service.js';

export interface SpClientEmulator {
  /** The next `count` requests answer `status` (with Retry-After: 1 for 429/503). */
  failNext(status: number, count?: number): void;
  requests: { method: string; path: string; status: number }[];
}

export const spclientService: EmulatorService<SpClientEmulator> = {
  name: 'spclient',
  async start(ctx) {
    let fault: { status: number; count: number } | undefined;
    const api: SpClientEmulator = {
      failNext: (status, count = 1) => (fault = { status, count }),
      requests: [],
    };
    const cdn = (): CdnServer | undefined => ctx.services?.get('cdn') as CdnServer | undefined;
    const server: Server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://spclient');
      const path = url.pathname;
      const send = (status: number, body?: Uint8Array | string, type = 'application/x-protobuf'): void => {
        api.requests.push({ method: req.method ?? '', path, status });
        res.writeHead(status, { 'Content-Type': type, ...(status === 429 || status === 503 ? { 'Retry-After': '1' } : {}) }).end(body === undefined ? undefined : typeof body === 'string' ? body : Buffer.from(body));
      };
      const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
      if (!ctx.accounts.byBearer(auth?.[1])) return send(401);
      if (fault && fault.count > 0) {
        fault.count--;
        return send(fault.status);
      }
      const control = /^\/connect-state\/v1\/(player\/command|connect\/volume|connect\/transfer)\/from\/([^/]+)\/to\/([0-9a-f]{40})$/.exec(path);
      if (control && (req.method === 'POST' || req.method === 'PUT')) {
        const cloud = ctx.services.get('dealer') as ConnectCloud | undefined;
        const username = ctx.accounts.byBearer(auth![1])!.username;
        void readBody(req).then((raw) => {
          let body: Record<string, unknown>;
          try {
            body = JSON.parse(raw.toString('utf8') || '{}') as Record<string, unknown>;
          } catch {
            return send(400, JSON.stringify({ error_type: 'BAD_REQUEST', message: 'body is not JSON' }), 'application/json');
          }
          const [, kind, from, to] = control;
          if (!cloud) return send(503);
          if (kind === 'connect/volume') {
            cloud.volume(username, to!, Number(body.volume ?? 0));
            return send(200, '{}', 'application/json');
          }
          const command = kind === 'player/command' ? (body.command as Record<string, unknown> | undefined) : cloud.transferCommand(username);
          if (!command) return send(404, JSON.stringify({ error_type: 'NOTHING_TO_TRANSFER', message: 'no playback to transfer' }), 'application/json');
          cloud.command(username, to!, command, from).then(
            (ok) => (ok ? send(200, JSON.stringify({ ack_id: `${Date.now()}` }), 'application/json') : send(409, JSON.stringify({ error_type: 'COMMAND_REFUSED', message: 'the device refused the command' }), 'application/json')),
            (err: Error) => send(/not connected/.test(err.message) ? 404 : 504, JSON.stringify({ error_type: 'DEVICE_UNREACHABLE', message: err.message }), 'application/json'),
          );
        }, () => {}); // a body over the cap destroyed the request: nothing to answer
        return;
      }
      if (req.method !== 'PUT') req.resume();
      let m = /^\/metadata\/4\/(track|episode)\/([0-9a-f]{32})$/.exec(path);
      if (m && req.method === 'GET') {
        const t = ctx.catalog.trackByGid(Buffer.from(m[2]!, 'hex'));
        if (!t || t.type !== m[1]) return send(404);
        const files = t.files.map((f) => ({ fileId: f.fileId, format: AUDIO_FORMATS[f.format] }));
        if (m[1] === 'track') {
          return send(200, md.metadata.Track.encode({ gid: t.gid, name: t.name, duration: t.durationMs, artist: t.artists.map((name) => ({ name })), album: { name: ctx.catalog.context(t.album ?? '')?.name ?? '' }, file: files }).finish());
        }
        return send(200, md.metadata.Episode.encode({ gid: t.gid, name: t.name, duration: t.durationMs, audio: files, show: { name: ctx.catalog.context(t.album ?? '')?.name ?? '' } }).finish());
      }
      m = /^\/storage-resolve\/(?:v2\/)?files\/audio\/interactive(?:_prefetch)?\/(?:\d+\/)?([0-9a-f]{40})$/.exec(path);
      if (m && req.method === 'GET') {
        const body = cdn()?.storageResolve(m[1]!);
        return body ? send(200, body) : send(404);
      }
      m = /^\/connect-state\/v1\/devices\/([0-9a-f]{40})(\/inactive)?$/.exec(path);
      if (m && req.method === 'PUT') {
        const cloud = ctx.services.get('dealer') as ConnectCloud | undefined;
        const username = ctx.accounts.byBearer(auth![1])!.username;
        if (m[2]) {
          cloud?.inactive(username, m[1]!);
          return send(204);
        }
        void readBody(req).then((raw) => {
          try {
            const cluster = cloud?.putState(username, m![1]!, String(req.headers['x-spotify-connection-id'] ?? ''), raw);
            if (!cluster) return send(400, JSON.stringify({ error_type: 'INVALID_CONNECTION_ID', message: 'unknown connection id' }), 'application/json');
            send(200, cluster);
          } catch {
            send(400, JSON.stringify({ error_type: 'BAD_REQUEST', message: 'not a PutStateRequest' }), 'application/json');
          }
        }, () => {}); // a body over the cap destroyed the request: nothing to answer
        return;
      }
      m = /^\/context-resolve\/v1\/(.+)$/.exec(path);
      if (m && req.method === 'GET') {
        const uri = decodeURIComponent(m[1]!);
        const c = ctx.catalog.context(uri);
        if (!c) return send(404, '', 'application/json');
        // One page per 2 tracks after the first page, so clients must follow next_page_url like on Spotify.
        const page = Number(url.searchParams.get('page') ?? '0');
        const size = 2;
        const slice = c.tracks.slice(page * size, page * size + size);
        const pageJson = {
          tracks: slice.map((u, i) => ({ uri: u, uid: `${c.type}-${page * size + i}`, metadata: { context_uri: c.uri } })),
          ...((page + 1) * size < c.tracks.length ? { next_page_url: `hm://context-resolve/v1/${encodeURIComponent(uri)}?page=${page + 1}` } : {}),
        };
        if (page > 0) return send(200, JSON.stringify(pageJson), 'application/json');
        return send(200, JSON.stringify({ uri: c.uri, url: `context://${c.uri}`, metadata: { context_description: c.name }, pages: [pageJson] }), 'application/json');
      }
      send(404);
    });
    await new Promise<void>((r) => server.listen(0, ctx.host, r));
    const { port } = server.address() as AddressInfo;
    return {
      endpoints: { spclient: `${ctx.host}:${port}`, spclient_url: `http://${ctx.host}:${port}` },
      api,
      stop: () => new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
    };
  },
};
