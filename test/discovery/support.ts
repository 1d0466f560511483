/** Shared pieces of the discovery tests: an in-process zeroconf server on loopback and a tiny HTTP client. */
import { request, type IncomingHttpHeaders } from 'node:http';
import { createLogger } from '../../src/core/log.js';
import { ZeroconfServer, type CredentialsReceiver, type ZeroconfServerOptions } from '../../src/discovery/index.js';

export const DEVICE_ID = 'fc7f5dfd063184ff9d1bbd42a3493df8fb6e6196';

export async function startServer(
  receiver: CredentialsReceiver,
  over: Partial<ZeroconfServerOptions> = {},
): Promise<ZeroconfServer> {
  const server = new ZeroconfServer({
    name: 'Test Speaker',
    deviceId: DEVICE_ID,
    deviceType: 'Speaker',
    clientId: '65b708073fc0480ea92a077233ca87bd',
    libraryVersion: '0.1.0',
    port: 0,
    receiver,
    log: createLogger('test'),
    ...over,
  });
  await server.start();
  return server;
}

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

/** One request to the server on 127.0.0.1; `form` is sent as an urlencoded body. */
export function http(
  port: number,
  method: string,
  path: string,
  form?: string | Record<string, string>,
): Promise<Reply> {
  const body = form === undefined ? undefined : typeof form === 'string' ? form : new URLSearchParams(form).toString();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent: false,
        headers: body === undefined ? {} : { 'Content-Type': 'application/x-www-form-urlencoded' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
