/**
 * The emulator's CDN: serves the catalog's encrypted files over HTTP with Range requests (206 +
 * Content-Range), behind signed, expiring URLs in audio-cf's form (`?verify=<expiry>-<hmac>`), plus
 * storage-resolve answers pointing at it. Faults can be injected per file.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { coverImagePng } from './cover-image.js';
import type { AddressInfo } from 'node:net';
import { spotify } from '../../src/gen/download.js';
import { performance } from 'node:perf_hooks';
import type { Catalog } from './catalog.js';
import type { EmulatorService } from './service.js';

export type CdnFault = 'none' | '503' | 'truncate' | 'slow' | 'expired' | 'stall';

export interface CdnServerOptions {
  catalog: Catalog;
  host?: string;
  port?: number;
  /** Lifetime of signed URLs (s). */
  urlTtlSeconds?: number;
  /** Bytes per second for the 'slow' fault. */
  slowBytesPerSecond?: number;
}

export class CdnServer {
  #server: Server | undefined;
  #secret = randomBytes(16);
  #faults = new Map<string, { kind: CdnFault; remaining: number }>();
  #o: Required<Omit<CdnServerOptions, 'catalog'>> & { catalog: Catalog };
  /** Range requests served, per file id (tests and benchmarks read it). */
  readonly requests: { fileId: string; range: string; status: number; at: number }[] = [];

  constructor(opts: CdnServerOptions) {
    this.#o = { host: '127.0.0.1', port: 0, urlTtlSeconds: 3600, slowBytesPerSecond: 16 * 1024, ...opts };
  }

  async start(): Promise<string> {
    this.#server = createServer((req, res) => this.#handle(req, res));
    await new Promise<void>((r) => this.#server!.listen(this.#o.port, this.#o.host, r));
    return this.baseUrl;
  }

  get baseUrl(): string {
    const a = this.#server!.address() as AddressInfo;
    return `http://${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port}`;
  }

  async stop(): Promise<void> {
    if (!this.#server) return;
    this.#server.closeAllConnections();
    await new Promise((r) => this.#server!.close(r));
    this.#server = undefined;
  }

  /** Makes the next `count` requests for `fileIdHex` ('*' = any file) fail the given way. */
  fault(fileIdHex: string, kind: CdnFault, count = 1): void {
    this.#faults.set(fileIdHex, { kind, remaining: count });
  }

  /** A signed URL for the file (what storage-resolve hands out). */
  urlFor(fileIdHex: string, ttlSeconds = this.#o.urlTtlSeconds): string {
    const exp = Math.floor(Date.now() / 1000) + ttlSeconds;
    return `${this.baseUrl}/audio/${fileIdHex}?verify=${exp}-${this.#sign(fileIdHex, exp)}`;
  }

  /** storage-resolve body (protobuf) for a file id, or undefined if the catalog has no such file. */
  storageResolve(fileIdHex: string): Buffer | undefined {
    if (!this.#o.catalog.file(fileIdHex)) return undefined;
    const msg = spotify.download.proto.StorageResolveResponse.create({
      result: spotify.download.proto.StorageResolveResponse.Result.CDN,
      cdnurl: [this.urlFor(fileIdHex), this.urlFor(fileIdHex)],
      fileid: Buffer.from(fileIdHex, 'hex'),
    });
    return Buffer.from(spotify.download.proto.StorageResolveResponse.encode(msg).finish());
  }

  #sign(fileIdHex: string, exp: number): string {
    return createHmac('sha256', this.#secret).update(`${fileIdHex}:${exp}`).digest('hex').slice(0, 32);
  }

  #takeFault(fileIdHex: string): CdnFault {
    for (const key of [fileIdHex, '*']) {
      const f = this.#faults.get(key);
      if (f && f.remaining > 0) {
        if (--f.remaining === 0) this.#faults.delete(key);
        return f.kind;
      }
    }
    return 'none';
  }

  #handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://cdn');
    // The image server (ProductInfo's image-url points here): cover art by image file id.
    const image = /^\/image\/([0-9a-f]{40})$/.exec(url.pathname);
    if (req.method === 'GET' && image) {
      const png = coverImagePng(image[1]!);
      res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': png.length }).end(png);
      return;
    }
    const m = /^\/audio\/([0-9a-f]{40})$/.exec(url.pathname);
    const fileId = m?.[1] ?? '';
    const done = (status: number, range = ''): void => {
      this.requests.push({ fileId, range, status, at: performance.now() });
    };
    if (req.method !== 'GET' || !m) {
      done(404);
      res.writeHead(404).end();
      return;
    }
    const sig = /^(\d+)-([0-9a-f]{32})$/.exec(url.searchParams.get('verify') ?? '');
    const exp = sig ? Number(sig[1]) : 0;
    const good = sig && timingSafeEqual(Buffer.from(sig[2]!), Buffer.from(this.#sign(fileId, exp)));
    const fault = this.#takeFault(fileId);
    if (!good || exp * 1000 < Date.now() || fault === 'expired') {
      done(403);
      res.writeHead(403).end();
      return;
    }
    const body = this.#o.catalog.encryptedFile(fileId);
    if (!body) {
      done(404);
      res.writeHead(404).end();
      return;
    }
    if (fault === '503') {
      done(503);
      res.writeHead(503, { 'Retry-After': '1' }).end();
      return;
    }
    const r = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    const start = r ? Number(r[1]) : 0;
    const end = Math.min(body.length - 1, r?.[2] ? Number(r[2]) : body.length - 1);
    if (start >= body.length || end < start) {
      done(416, req.headers.range ?? '');
      res.writeHead(416, { 'Content-Range': `bytes */${body.length}` }).end();
      return;
    }
    done(206, `${start}-${end}`);
    const slice = body.subarray(start, end + 1);
    res.writeHead(206, {
      'Content-Range': `bytes ${start}-${end}/${body.length}`,
      'Content-Length': slice.length,
      'Content-Type': 'application/octet-stream',
    });
    if (fault === 'truncate') {
      res.write(slice.subarray(0, slice.length >> 1));
      res.destroy();
    } else if (fault === 'stall') {
      res.write(slice.subarray(0, Math.min(1024, slice.length)));
      // Never finishes: the client's timeout must cut it off.
    } else if (fault === 'slow') {
      let off = 0;
      const step = Math.max(1, Math.round(this.#o.slowBytesPerSecond / 10));
      const t = setInterval(() => {
        if (res.destroyed || off >= slice.length) {
          clearInterval(t);
          if (!res.destroyed) res.end();
          return;
        }
        res.write(slice.subarray(off, off + step));
        off += step;
      }, 100);
      res.on('close', () => clearInterval(t));
    } else res.end(slice);
  }
}

/** The CDN as an emulator service: endpoint `cdn`; its control object is the CdnServer (faults, storageResolve). */
export const cdnService: EmulatorService<CdnServer> = {
  name: 'cdn',
  async start(ctx) {
    const server = new CdnServer({ catalog: ctx.catalog, host: ctx.host });
    const url = await server.start();
    return { endpoints: { cdn: url }, api: server, stop: () => server.stop() };
  },
};
