/**
 * apresolve on loopback (protocol/02 §1): GET /?type=accesspoint&type=dealer&type=spclient → the emulator's
 * own endpoints as "host:port" lists. Reads the endpoint table at request time, so services started later
 * (dealer, spclient) appear without changes here. Endpoint `apresolve` = its base URL.
 */
import { createServer } from 'node:http';
import type { EmulatorService } from './service.js';

/** apresolve type → emulator endpoint name. */
const TYPES: Record<string, string> = { accesspoint: 'ap', dealer: 'dealer', spclient: 'spclient' };

export const apresolveService: EmulatorService = {
  name: 'apresolve',
  async start(ctx) {
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method !== 'GET' || url.pathname !== '/') {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
        return;
      }
      const body: Record<string, string[]> = {};
      for (const t of url.searchParams.getAll('type')) {
        const ep = TYPES[t] && ctx.endpoints[TYPES[t]!];
        if (ep) body[t] = [ep.replace(/^\w+:\/\//, '').replace(/\/.*$/, '')];
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, ctx.host, () => resolve());
    });
    const a = server.address();
    const port = a && typeof a === 'object' ? a.port : 0;
    return {
      endpoints: { apresolve: `http://${ctx.host}:${port}/` },
      stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  },
};
