/** Talking to the local API as an integration does: HTTP on loopback, the /events websocket. */
import { request } from 'node:http';
import WebSocket from 'ws';
import { until } from '../ap/helpers.js';
import type { OpenApi } from '../support/openapi.js';
import { errorMessage } from '../../src/core/errors.js';

export interface ApiAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body; undefined when there is none. */
  body: unknown;
}

/** One HTTP request; `body` an object is sent as JSON, a string as it is. */
export function httpCall(
  port: number,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<ApiAnswer> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { ...(data !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          if (text) {
            try {
              parsed = JSON.parse(text);
            } catch {
              return reject(new Error(`${method} ${path}: ${res.statusCode} body is not JSON: ${text.slice(0, 200)}`));
            }
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
        });
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/** An API client whose every answer is checked against the OpenAPI document. */
export function apiClient(port: () => number, doc: OpenApi, headers: Record<string, string> = {}) {
  return async (method: string, path: string, body?: unknown, extra: Record<string, string> = {}) => {
    const a = await httpCall(port(), method, path, body, { ...headers, ...extra });
    doc.assertResponse(method, path, a.status, a.body);
    return a;
  };
}

export interface EventsClient {
  ws: WebSocket;
  /** Every message received, parsed, in order. */
  messages: { type: string; data: unknown }[];
  /** Waits for a message of `type` after index `from` matching `match`; returns its index. */
  next(type: string, match?: (data: never) => boolean, from?: number, ms?: number): Promise<number>;
  close(): void;
}

/** Connects to `<base>/events` and keeps every message (each checked against the document). */
export async function eventsClient(
  url: string,
  doc: OpenApi,
  headers: Record<string, string> = {},
): Promise<EventsClient> {
  const ws = new WebSocket(url, { headers });
  const messages: { type: string; data: unknown }[] = [];
  const problems: string[] = [];
  ws.on('message', (raw) => {
    const m = JSON.parse(raw.toString()) as { type: string; data: unknown };
    try {
      doc.assertEvent(m);
    } catch (err) {
      problems.push(errorMessage(err));
    }
    messages.push(m);
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    ws,
    messages,
    async next(type, match = () => true, from = 0, ms = 8000) {
      let found = -1;
      await until(
        () => {
          if (problems.length) throw new Error(problems.join('\n'));
          found = messages.findIndex((m, i) => i >= from && m.type === type && match(m.data as never));
          return found >= 0;
        },
        ms,
        `event ${type} (seen: ${messages
          .slice(from)
          .map((m) => m.type)
          .join(', ')})`,
      );
      return found;
    },
    close: () => ws.close(),
  };
}
