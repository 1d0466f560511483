/**
 * The API's HTTP handling, go-librespot's interface over the speaker's command port: a router of endpoints
 * (each a command through the port, or a read of its status) and the `/events` websocket. It can be mounted
 * under a path prefix in any Node HTTP server; who may call it is decided by an injected `ApiAuthPolicy`,
 * before any endpoint runs, so authentication stays out of the endpoint logic. CORS, rate limits and the
 * listening socket are the hosting server's (`ApiServer` for the API's own port).
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Command, SpeakerPort } from '../port/index.js';
import { errorMessage } from '../core/errors.js';
import { readBody } from '../core/http-server.js';
import { ThrottledLog, type Logger } from '../core/log.js';
import {
  addToQueueCommand,
  ApiRequestError,
  nextCommand,
  optionCommand,
  parseBody,
  playCommand,
  seekCommand,
  sleepTimerCommand,
  volumeCommand,
} from './requests.js';
import { originAllowed } from './origin.js';
import { apiEvents, apiSleepTimer, apiStatus, apiVolume } from './wire.js';

/** Why a request may not use the API: its HTTP status, the reason (sent to the caller) and extra headers. */
export interface ApiRefusal {
  status: number;
  reason: string;
  headers?: Record<string, string>;
}

/**
 * Who may use the API. `check` runs for every request and websocket upgrade before anything else: undefined
 * lets it through, a refusal answers it.
 */
export interface ApiAuthPolicy {
  check(req: IncomingMessage): ApiRefusal | undefined | Promise<ApiRefusal | undefined>;
}

export interface ApiHandlerOptions {
  port: SpeakerPort;
  auth: ApiAuthPolicy;
  log: Logger;
  /** Where the API is mounted, e.g. `/api` (its `/status` is then `/api/status`); '' = at the root. */
  prefix?: string;
  /**
   * Origins whose pages may open the events websocket besides the page's own host (`*` = any). A browser
   * sends Origin; a page of another origin is refused, so a web page cannot listen in on the speaker.
   */
  allowOrigins?: readonly string[];
  maxBodyBytes?: number;
  /** A command that takes longer is answered 504 (it still completes). */
  commandTimeoutMs?: number;
  maxEventClients?: number;
}

/** The API, mountable in a Node HTTP server. */
export interface ApiHandler {
  /** Answers `req` when its path is under the prefix (true); false: not the API's, the host goes on. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** Takes the websocket upgrade of `<prefix>/events` (true); false: not the API's. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Closes the event websockets (going away). */
  close(): void;
}

/** What an endpoint answers: a status and a JSON body (go-librespot answers `null` when there is nothing). */
interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Endpoint = (body: string) => Reply | Promise<Reply>;

/** What go-librespot serves that this speaker deliberately does not (answered 501 with the reason). */
const NOT_OFFERED: Readonly<Record<string, string>> = {
  '/token': "the speaker does not hand the account's Spotify access token to local callers",
  '/web-api':
    "the speaker does not call Spotify's Web API on behalf of local callers (it would need the account's token)",
  '/set_device_name': 'the name is configuration: set name in the config file',
  '/player/output': 'the audio output is configuration: set [audio] device in the config file',
};

const DEFAULTS = { maxBodyBytes: 16 * 1024, commandTimeoutMs: 30_000, maxEventClients: 16 };
/** A client that lets this much queue up unread is cut off (it cannot follow the events). */
const MAX_BUFFERED_EVENTS_BYTES = 1024 * 1024;
const PING_INTERVAL_MS = 30_000;

export function createApiHandler(options: ApiHandlerOptions): ApiHandler {
  const o = { ...DEFAULTS, ...options, prefix: (options.prefix ?? '').replace(/\/+$/, '') };
  const { port, log } = o;
  const refusals = new ThrottledLog(log, 'api');
  const clients = new Set<WebSocket>();
  /** The websocket server, loaded with the first events client: a speaker nobody watches does not carry it. */
  let wss: Promise<WebSocketServer> | undefined;
  const websockets = (): Promise<WebSocketServer> => {
    wss ??= import('ws').then(
      (m) => new m.WebSocketServer({ noServer: true, maxPayload: 4096, clientTracking: false }),
    );
    return wss;
  };

  /** The path below the prefix, or undefined when the request is not the API's. */
  const route = (req: IncomingMessage): string | undefined => {
    let path: string;
    try {
      path = new URL(req.url ?? '/', 'http://speaker').pathname;
    } catch {
      return o.prefix ? undefined : '';
    }
    if (!o.prefix) return path;
    if (path === o.prefix) return '/';
    return path.startsWith(`${o.prefix}/`) ? path.slice(o.prefix.length) : undefined;
  };

  /** Carries out a command through the port: 204 without a user (as go-librespot without a session). */
  const command = async (c: Command): Promise<Reply> => {
    if (port.status().user === undefined) return { status: 204 };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), o.commandTimeoutMs)));
    const result = await Promise.race([port.dispatch(c, 'api'), timeout]).finally(() => clearTimeout(timer));
    if (result === 'timeout') return { status: 504, body: { error: `${c.kind}: the speaker did not answer in time` } };
    return result.success ? { status: 200, body: null } : { status: 500, body: { error: result.reason } };
  };
  const withUser = (read: () => unknown): Reply =>
    port.status().user === undefined ? { status: 204 } : { status: 200, body: read() };
  const volumeSteps = (): number => port.status().volumeSteps;

  const ROUTES: Readonly<Record<string, Partial<Record<'GET' | 'POST', Endpoint>>>> = {
    '/': { GET: () => ({ status: 200, body: { playback_ready: port.status().user !== undefined } }) },
    '/status': { GET: () => withUser(() => apiStatus(port.status())) },
    '/player/play': { POST: (b) => command(playCommand(parseBody(b))) },
    '/player/resume': { POST: () => command({ kind: 'resume' }) },
    '/player/pause': { POST: () => command({ kind: 'pause' }) },
    '/player/playpause': { POST: () => command({ kind: 'toggle' }) },
    // go-librespot's stop also logs its zeroconf session out; ours keeps the user (a logout here deletes the
    // stored credentials): playback stops and the speaker leaves the active device slot.
    '/player/stop': { POST: () => command({ kind: 'stop' }) },
    '/player/next': { POST: (b) => command(nextCommand(parseBody(b))) },
    '/player/prev': { POST: () => command({ kind: 'prev' }) },
    '/player/seek': { POST: (b) => command(seekCommand(parseBody(b))) },
    '/player/volume': {
      GET: () => {
        const s = port.status();
        return withUser(() => ({ value: apiVolume(s.volume, s.volumeSteps), max: s.volumeSteps }));
      },
      POST: (b) => {
        const s = port.status();
        return command(volumeCommand(parseBody(b), apiVolume(s.volume, s.volumeSteps), volumeSteps()));
      },
    },
    '/player/repeat_context': { POST: (b) => command(optionCommand(parseBody(b), 'repeat_context')) },
    '/player/repeat_track': { POST: (b) => command(optionCommand(parseBody(b), 'repeat_track')) },
    '/player/shuffle_context': { POST: (b) => command(optionCommand(parseBody(b), 'shuffle_context')) },
    '/player/add_to_queue': { POST: (b) => command(addToQueueCommand(parseBody(b))) },
    '/player/sleep_timer': {
      GET: () => withUser(() => apiSleepTimer(port.status().sleepTimer)),
      POST: async (b) => {
        const r = await command(sleepTimerCommand(parseBody(b)));
        return r.status === 200 ? { status: 200, body: apiSleepTimer(port.status().sleepTimer) } : r;
      },
    },
  };

  const send = (res: ServerResponse, r: Reply): void => {
    if (res.headersSent || res.destroyed) return;
    const headers: Record<string, string> = { ...r.headers };
    if (r.status === 204) {
      res.writeHead(204, headers).end();
      return;
    }
    const body = `${JSON.stringify(r.body ?? null)}\n`;
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = String(Buffer.byteLength(body));
    res.writeHead(r.status, headers).end(body);
  };
  const refuse = (res: ServerResponse, status: number, reason: string, headers?: Record<string, string>): void => {
    refusals.warn('api request refused', { status, reason });
    send(res, { status, body: { error: reason }, ...(headers ? { headers } : {}) });
  };

  const answer = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    const denied = await o.auth.check(req);
    if (denied) return refuse(res, denied.status, denied.reason, denied.headers);
    const offered = ROUTES[path];
    if (!offered) {
      const notOffered = Object.keys(NOT_OFFERED).find((p) => path === p || path.startsWith(`${p}/`));
      if (notOffered) return refuse(res, 501, NOT_OFFERED[notOffered]!);
      if (path === '/events') return refuse(res, 426, 'the events are a websocket', { Upgrade: 'websocket' });
      return refuse(res, 404, `no such endpoint: ${path.slice(0, 80)}`);
    }
    const endpoint = offered[req.method as 'GET' | 'POST'];
    if (!endpoint) {
      req.resume();
      return refuse(res, 405, `${req.method} is not allowed here`, { Allow: Object.keys(offered).join(', ') });
    }
    const read = await readBody(req, o.maxBodyBytes).catch(() => undefined);
    if (!read) {
      refusals.warn('api request cut off', { path: path.slice(0, 80) });
      return void res.destroy();
    }
    if ('tooLarge' in read)
      return refuse(res, 413, `body larger than ${o.maxBodyBytes} bytes`, read.close ? { Connection: 'close' } : {});
    try {
      send(res, await endpoint(read.body.toString('utf8')));
    } catch (err) {
      if (err instanceof ApiRequestError) return refuse(res, 400, err.message);
      throw err;
    }
  };

  // Every speaker event goes to every client, in order; a client that cannot keep up is cut off.
  const unsubscribe = port.subscribe((event) => {
    if (!clients.size) return;
    for (const e of apiEvents(event, () => port.status())) {
      const text = JSON.stringify(e);
      for (const ws of clients) {
        if (ws.bufferedAmount > MAX_BUFFERED_EVENTS_BYTES) {
          log.warn('events client too slow; disconnected', { buffered: ws.bufferedAmount });
          ws.terminate();
          clients.delete(ws);
        } else ws.send(text);
      }
    }
  });
  const pinger = setInterval(() => {
    for (const ws of clients) {
      if ((ws as WebSocket & { alive?: boolean }).alive === false) {
        ws.terminate();
        clients.delete(ws);
        continue;
      }
      (ws as WebSocket & { alive?: boolean }).alive = false;
      ws.ping();
    }
  }, PING_INTERVAL_MS);
  pinger.unref();

  const rejectUpgrade = (socket: Duplex, status: number, reason: string, headers: Record<string, string> = {}) => {
    refusals.warn('api events connection refused', { status, reason });
    const body = JSON.stringify({ error: reason });
    const extra = Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.end(
      `HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : 'Refused'}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n${extra}Connection: close\r\n\r\n${body}`,
    );
  };

  return {
    handle(req, res) {
      const path = route(req);
      if (path === undefined) return false;
      req.on('error', () => res.destroy());
      answer(req, res, path).catch((err) => {
        log.error('api request failed', { path: path.slice(0, 80), reason: errorMessage(err) });
        if (!res.headersSent && !res.destroyed) send(res, { status: 500, body: { error: 'internal error' } });
        else res.destroy();
      });
      return true;
    },

    upgrade(req, socket, head) {
      if (route(req) !== '/events') return false;
      socket.on('error', () => socket.destroy());
      void (async () => {
        const denied = await o.auth.check(req);
        if (denied) return rejectUpgrade(socket, denied.status, denied.reason, denied.headers);
        if (!originAllowed(req, o.allowOrigins ?? [])) return rejectUpgrade(socket, 403, 'origin not allowed');
        if (clients.size >= o.maxEventClients) return rejectUpgrade(socket, 503, 'too many event clients');
        (await websockets()).handleUpgrade(req, socket, head, (ws) => {
          const client = ws as WebSocket & { alive?: boolean };
          clients.add(client);
          client.on('pong', () => (client.alive = true));
          // go-librespot reads nothing from its clients: what they send is dropped.
          client.on('message', () => {});
          client.on('error', () => client.terminate());
          client.on('close', () => clients.delete(client));
          log.debug('events client connected', { clients: clients.size });
        });
      })().catch((err) => {
        log.error('api events upgrade failed', { reason: errorMessage(err) });
        socket.destroy();
      });
      return true;
    },

    close() {
      clearInterval(pinger);
      unsubscribe();
      for (const ws of clients) ws.close(1001, 'going away');
      clients.clear();
    },
  };
}

/** Lets every request through: for a loopback-only API, or a host whose own server already authenticated. */
export const openAccess: ApiAuthPolicy = { check: () => undefined };

/** Requests must carry `Authorization: Bearer <token>` (compared in constant time). */
export function bearerToken(token: string): ApiAuthPolicy {
  const expected = Buffer.from(token);
  return {
    check(req) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
      const given = Buffer.from(m?.[1] ?? '');
      const ok = m && given.length === expected.length && timingSafeEqual(given, expected);
      return ok
        ? undefined
        : {
            status: 401,
            reason: m ? 'wrong token' : 'Authorization: Bearer <token> required',
            headers: { 'WWW-Authenticate': 'Bearer realm="spotlet"' },
          };
    },
  };
}
