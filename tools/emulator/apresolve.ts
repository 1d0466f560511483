/**
 * apresolve on loopback (docs/protocol/02 §1): GET /?type=accesspoint&type=dealer&type=spclient → the emulator's
 * own endpoints as "host:port" lists. Reads the endpoint table at request time, so services started later
 * (dealer, spclient) appear without changes here. Endpoint `apresolve` = its base URL.
 *
 * Spotify lists several hosts of each kind, best first, and some may be down (go-librespot #175: a blocked
 * dealer host); `listFirst` puts such hosts before the emulator's own, `failNext` answers 503 like a resolver
 * that is down (both references then fall back).
 */
import { createServer } from 'node:http';
import type { EmulatorService } from './service.js';

/** apresolve type → emulator endpoint name. */
const TYPES: Record<string, string> = { accesspoint: 'ap', dealer: 'dealer', spclient: 'spclient' };

export interface ApresolveEmulator {
  /** "host:port" entries listed before the emulator's own host of that type. */
  listFirst: Partial<Record<'accesspoint' | 'dealer' | 'spclient', string[]>>;
  /** The next `count` requests answer 503. */
  failNext(count?: number): void;
  /** Requests answered (any status). */
  requests: number;
}

export const apresolveService: EmulatorService<ApresolveEmulator> = {
  name: 'apresolve',
  async start(ctx) {
    let failures = 0;
    const api: ApresolveEmulator = { listFirst: {}, failNext: (count = 1) => (failures = count), requests: 0 };
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method !== 'GET' || url.pathname !== '/') {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
        return;
      }
      api.requests++;
      if (failures > 0) {
        failures--;
        res.writeHead(503, { 'content-type': 'text/plain' }).end('service unavailable');
        return;
      }
      const body: Record<string, string[]> = {};
      for (const t of url.searchParams.getAll('type')) {
        const ep = TYPES[t] && ctx.endpoints[TYPES[t]!];
        const first = api.listFirst[t as keyof ApresolveEmulator['listFirst']] ?? [];
        if (ep) body[t] = [...first, ep.replace(/^\w+:\/\//, '').replace(/\/.*$/, '')];
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(ctx.port('apresolve'), ctx.host, () => resolve());
    });
    const a = server.address();
    const port = a && typeof a === 'object' ? a.port : 0;
    return {
      endpoints: { apresolve: `http://${ctx.host}:${port}/` },
      api,
      stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  },
};
