/**
 * The speaker's own web page: plain HTML, CSS and JavaScript served from the speaker (no build step, no
 * third-party service), the JSON endpoints behind it, and the local API mounted under `/api` (now playing,
 * transport, volume, sleep timer: the page uses it as any client does). Views are open on the LAN; anything that
 * changes the speaker, on the page or through its `/api`, needs an owner's browser (owners.ts) and is CSRF-safe:
 * GET never changes anything, a change is a POST from the page's own origin (Origin, else Sec-Fetch-Site; a
 * request with neither is not a browser's and has no owner cookie to ride on; the page's own actions also need a
 * JSON body), and the Host must be a name or address of the LAN, so a DNS rebinding site cannot talk to it as its
 * own origin. Garbage is answered with a status, never a crash: size and time limits as the speaker's other
 * servers have, refusals logged at a bounded rate.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createApiHandler, type ApiAuthPolicy, type ApiHandler } from '../api/index.js';
import { errorMessage } from '../core/errors.js';
import { readBody } from '../core/http-server.js';
import { recentLogLines, ThrottledLog, type Logger } from '../core/log.js';
import type { DeviceLoginStatus, SpeakerPort } from '../port/index.js';
import { PageListener } from './listener.js';
import type { Owners } from './owners.js';
import type { PageSettings } from './settings.js';

export interface PageBackend {
  /** The speaker's command port: the page acts on the speaker only through it. */
  port: SpeakerPort;
  deviceLogin: { readonly status: DeviceLoginStatus; start(source: string): DeviceLoginStatus; cancel(): void };
  settings: PageSettings;
  owners: Owners;
  /** The speaker's state as the page shows it (nothing secret). */
  state(): Record<string, unknown>;
  /** The support report's text. */
  bundle(): Promise<string>;
  /** Applies saved settings: restarts the speaker (called once the answer went out). */
  restart(reason: string): void;
}

export interface PageServerOptions {
  /** TCP port, 0 = any. */
  port: number;
  /** The listener the page that ran before handed over (`handOver`): the page serves on it, not on `port`. */
  listener?: PageListener;
  backend: PageBackend;
  log: Logger;
  /** The speaker's name, for the report's file name. */
  name: string;
  requestTimeoutMs?: number;
}

const COOKIE = 'spotlet_owner';
const MAX_BODY = 16 * 1024;
const MAX_URL = 2048;
/** Where the local API is mounted. */
const API_PREFIX = '/api';
/** Host names a browser on the LAN uses for the speaker: mDNS names, single labels, home domains. */
const LAN_HOST = /^(?:[a-z0-9-]{1,63}|(?:[a-z0-9-]{1,63}\.)+(?:local|lan|home|internal|localhost|home\.arpa))$/i;

const STATIC: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
  '/icon.svg': { file: 'icon.svg', type: 'image/svg+xml' },
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  // Album art comes from Spotify's image servers (any origin the speaker's API names); nothing else leaves.
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data: http: https:; connect-src 'self'; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
};

class PageError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

interface Request {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  owner: boolean;
  token: string | undefined;
  body: Record<string, unknown>;
}

interface Route {
  /** Needs an owner's browser. */
  owner?: boolean;
  run(r: Request): Promise<unknown> | unknown;
}

export class PageServer {
  #o: PageServerOptions;
  #api: ApiHandler | undefined;
  #listener: PageListener | undefined;
  #handOver = false;
  #port: number;
  #static = new Map<string, { body: Buffer; type: string }>();
  #refusals: ThrottledLog;
  #get: Record<string, Route>;
  #post: Record<string, Route>;

  constructor(o: PageServerOptions) {
    this.#o = o;
    this.#port = o.listener?.address.port ?? o.port;
    this.#listener = o.listener;
    this.#refusals = new ThrottledLog(o.log, 'page');
    const b = o.backend;
    this.#get = {
      '/page/state': { run: (r) => this.#state(r) },
      '/page/logs': { run: () => ({ lines: recentLogLines(200) }) },
      '/page/settings': { run: () => ({ settings: b.settings.view(), file: b.settings.file }) },
    };
    // Where the page's update upload (signed bundles, issue #18) goes: one more owner route here.
    this.#post = {
      '/page/pair': { run: () => this.#pair() },
      '/page/pair/claim': { run: (r) => this.#claim(r) },
      '/page/password': { run: (r) => this.#password(r) },
      '/page/sign-out': { run: (r) => this.#signOut(r) },
      '/page/forget-browsers': {
        owner: true,
        run: async (r) => {
          await b.owners.revokeAll();
          r.res.setHeader('Set-Cookie', cookie(''));
          return { forgotten: true };
        },
      },
      '/page/settings': { owner: true, run: (r) => this.#saveSettings(r) },
      '/page/forget-user': {
        owner: true,
        run: async () => {
          const result = await b.port.dispatch({ kind: 'logout' }, 'api');
          if (!result.success) throw new PageError(409, result.reason ?? 'refused');
          return result;
        },
      },
      '/page/device-login': { owner: true, run: () => ({ deviceLogin: b.deviceLogin.start('page') }) },
      '/page/device-login/cancel': {
        owner: true,
        run: () => {
          b.deviceLogin.cancel();
          return { deviceLogin: b.deviceLogin.status };
        },
      },
    };
  }

  get port(): number {
    return this.#port;
  }

  async start(): Promise<void> {
    this.#loadStatic();
    this.#listener ??= await PageListener.open(this.#port, this.#refusals, this.#o.requestTimeoutMs ?? 10_000);
    const a = this.#listener.address;
    this.#port = a.port;
    this.#api = createApiHandler({
      port: this.#o.backend.port,
      auth: this.#apiPolicy(),
      log: this.#o.log,
      prefix: API_PREFIX,
    });
    this.#listener.serve({
      request: (req, res) => void this.#onRequest(req, res),
      // The API's events websocket, for the page's own origin (the handler checks Origin against the Host).
      upgrade: (req, socket, head) => {
        if (hostOf(req.headers.host) === undefined) return socket.end('HTTP/1.1 421 Misdirected Request\r\n\r\n');
        if (!this.#api?.upgrade(req, socket, head)) socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      },
    });
    this.#o.log.info('web page listening', { address: a.address, port: a.port });
  }

  /**
   * Gives the listener away for the next speaker's page (`listener` option): this page's stop leaves it open,
   * its requests waiting for the next page. Undefined when the page is not running.
   */
  handOver(): PageListener | undefined {
    if (this.#listener) this.#handOver = true;
    return this.#listener;
  }

  async stop(): Promise<void> {
    const listener = this.#listener;
    this.#listener = undefined;
    this.#api?.close();
    this.#api = undefined;
    if (this.#handOver) listener?.pause();
    else await listener?.close();
    this.#handOver = false;
  }

  #loadStatic(): void {
    if (this.#static.size) return;
    // Found from dist/src/<part>/, which both this module and the image's bundle (dist/src/cli/) are one level under.
    const dir = fileURLToPath(new URL('../page/static/', import.meta.url));
    for (const [path, { file, type }] of Object.entries(STATIC))
      this.#static.set(path, { body: readFileSync(`${dir}${file}`), type });
  }

  async #onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    req.on('error', () => res.destroy());
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    try {
      if ((req.url ?? '').length > MAX_URL) throw new PageError(414, 'request target too long');
      const host = hostOf(req.headers.host);
      if (host === undefined) throw new PageError(421, 'not a name or address of this speaker on the LAN');
      // The local API answers its own paths (after the page's policy: apiPolicy).
      if (this.#api?.handle(req, res)) return;
      let url: URL;
      try {
        url = new URL(req.url ?? '/', 'http://speaker');
      } catch {
        throw new PageError(400, 'request target is not a valid URL');
      }
      const token = cookieValue(req.headers.cookie);
      const owner = this.#o.backend.owners.isOwner(token);
      if (req.method === 'GET' || req.method === 'HEAD') {
        req.resume();
        const file = this.#static.get(url.pathname);
        if (file) return this.#send(res, 200, file.body, file.type, req.method === 'HEAD', 'no-cache');
        if (url.pathname === '/page/report') return await this.#report(req, res);
        const route = this.#get[url.pathname];
        if (!route) throw new PageError(404, 'no such page');
        return this.#json(res, 200, await route.run({ req, res, url, owner, token, body: {} }), req.method === 'HEAD');
      }
      if (req.method !== 'POST') {
        req.resume();
        res.setHeader('Allow', 'GET, HEAD, POST');
        throw new PageError(405, 'method not allowed');
      }
      const route = this.#post[url.pathname];
      if (!route) {
        req.resume();
        throw new PageError(404, 'no such action');
      }
      const refused = crossOrigin(req, host);
      if (refused) throw new PageError(403, refused);
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/json') throw new PageError(415, 'a JSON body is expected');
      const body = await readJson(req, res);
      if (route.owner && !owner)
        throw new PageError(403, 'only an owner may do this: pair this browser (a press of the speaker button)');
      this.#json(res, 200, await route.run({ req, res, url, owner, token, body }));
    } catch (err) {
      if (!req.readableEnded) req.resume();
      if (err instanceof PageError) {
        // A page that does not exist is the web's everyday noise, not a refusal worth a warning.
        if (err.status !== 404)
          this.#refusals.warn('page request refused', {
            method: req.method?.slice(0, 10),
            path: (req.url ?? '').slice(0, 80),
            status: err.status,
            reason: err.message,
          });
        return this.#json(res, err.status, { error: err.message, ...err.extra });
      }
      this.#o.log.error('page request failed', { path: (req.url ?? '').slice(0, 80), err });
      this.#json(res, 500, { error: 'the speaker could not do this (see its log)' });
    }
  }

  /**
   * Who may use the mounted API: reading it (status, the events websocket) is open on the LAN like the page's
   * views; acting through it needs an owner's browser on the page's own origin.
   */
  #apiPolicy(): ApiAuthPolicy {
    return {
      check: (req) => {
        const host = hostOf(req.headers.host);
        if (host === undefined) return { status: 421, reason: 'not a name or address of this speaker on the LAN' };
        if (req.method === 'GET' || req.method === 'HEAD') return undefined;
        const refused = crossOrigin(req, host);
        if (refused) return { status: 403, reason: refused };
        if (!this.#o.backend.owners.isOwner(cookieValue(req.headers.cookie)))
          return {
            status: 403,
            reason: 'only an owner may do this: pair this browser (a press of the speaker button)',
          };
        return undefined;
      },
    };
  }

  #state(r: Request): Record<string, unknown> {
    const b = this.#o.backend;
    const login = b.deviceLogin.status;
    return {
      ...b.state(),
      owner: r.owner,
      passwordLogin: b.owners.passwordSet,
      pairing: { open: b.owners.pairingOpen },
      // The code logs in whoever enters it first: only an owner's page shows it.
      deviceLogin: r.owner || login.phase !== 'waiting' ? login : { phase: 'waiting', hidden: true },
    };
  }

  #pair(): unknown {
    const request = this.#o.backend.owners.requestPairing();
    if (!request)
      throw new PageError(409, 'another browser asked to pair at the same moment: both were refused; ask again');
    this.#o.log.debug('a browser asks to pair: waiting for a press of a speaker button');
    return request;
  }

  async #claim(r: Request): Promise<unknown> {
    const id = r.body.requestId;
    if (typeof id !== 'string' || id.length > 64) throw new PageError(400, 'requestId expected');
    const { state, token } = await this.#o.backend.owners.claim(id);
    if (token) r.res.setHeader('Set-Cookie', cookie(token));
    return { state };
  }

  async #password(r: Request): Promise<unknown> {
    const password = r.body.password;
    if (typeof password !== 'string' || password.length > 256) throw new PageError(400, 'password expected');
    const result = await this.#o.backend.owners.passwordLogin(password);
    if ('token' in result) {
      r.res.setHeader('Set-Cookie', cookie(result.token));
      return { owner: true };
    }
    if (result.refused === 'no-password') throw new PageError(404, 'no password is set in spotlet.conf');
    if (result.refused === 'wait') {
      r.res.setHeader('Retry-After', '60');
      throw new PageError(429, 'too many wrong passwords: wait a minute');
    }
    throw new PageError(401, 'wrong password');
  }

  async #signOut(r: Request): Promise<unknown> {
    await this.#o.backend.owners.revoke(r.token);
    r.res.setHeader('Set-Cookie', cookie(''));
    return { owner: false };
  }

  async #saveSettings(r: Request): Promise<unknown> {
    const values = r.body.values;
    if (!values || typeof values !== 'object' || Array.isArray(values))
      throw new PageError(400, 'values expected: { "section.key": "value" }');
    const errors = await this.#o.backend.settings.save(values as Record<string, unknown>);
    if (Object.keys(errors).length) throw new PageError(400, 'not saved: some values are not allowed', { errors });
    r.res.once('finish', () => this.#o.backend.restart('settings saved on the page'));
    return { saved: true, restarting: true };
  }

  async #report(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await this.#o.backend.bundle();
    const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 13);
    const name = this.#o.name.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'speaker';
    res.setHeader('Content-Disposition', `attachment; filename="spotlet-report-${name}-${stamp}.txt"`);
    this.#send(res, 200, Buffer.from(text), 'text/plain; charset=utf-8', req.method === 'HEAD', 'no-store');
  }

  #json(res: ServerResponse, status: number, body: unknown, head = false): void {
    this.#send(
      res,
      status,
      Buffer.from(JSON.stringify(body ?? {})),
      'application/json; charset=utf-8',
      head,
      'no-store',
    );
  }

  #send(res: ServerResponse, status: number, body: Buffer, type: string, head: boolean, cache: string): void {
    if (res.headersSent || res.destroyed) return;
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': cache });
    res.end(head ? undefined : body);
  }
}

/** The Host header's host (lower case, with its port) when it names the speaker on the LAN; else undefined. */
function hostOf(header: string | undefined): string | undefined {
  if (!header || header.length > 300) return undefined;
  const h = header.trim().toLowerCase();
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(h);
  if (!m) return undefined;
  const name = m[1]!;
  const bare = name.startsWith('[') ? name.slice(1, -1) : name;
  if (isIP(bare) || LAN_HOST.test(bare)) return h;
  return undefined;
}

function cookieValue(header: string | undefined): string | undefined {
  if (!header || header.length > 8192) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === COOKIE) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}

/** The owner cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's request carries it). */
function cookie(token: string): string {
  const life = token ? 'Max-Age=31536000' : 'Max-Age=0';
  return `${COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; ${life}`;
}

/**
 * Why a change does not come from the page itself (CSRF), or undefined when it does: a browser's request carries
 * Origin (else Sec-Fetch-Site), which must be the page's own; a request with neither is not a browser's.
 */
function crossOrigin(req: IncomingMessage, host: string): string | undefined {
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  if (origin !== undefined) {
    let o: URL | undefined;
    try {
      o = new URL(origin);
    } catch {
      o = undefined;
    }
    if (o?.protocol !== 'http:' || o.host.toLowerCase() !== host) return 'cross-origin request refused';
  } else if (site !== undefined && site !== 'same-origin') return 'cross-site request refused';
  return undefined;
}

/** The JSON object body of a POST, bounded in size; garbage is a 400, a body too large a 413. */
async function readJson(req: IncomingMessage, res: ServerResponse): Promise<Record<string, unknown>> {
  let read;
  try {
    read = await readBody(req, MAX_BODY);
  } catch {
    // A client that goes away mid-body is a refusal like any other, not a failure of the speaker.
    throw new PageError(400, 'the request was cut off');
  }
  if ('tooLarge' in read) {
    if (read.close) res.setHeader('Connection', 'close');
    throw new PageError(413, 'request body too large');
  }
  const text = read.body.toString('utf8');
  if (!text.trim()) return {};
  try {
    const v: unknown = JSON.parse(text);
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('not an object');
    return v as Record<string, unknown>;
  } catch (err) {
    throw new PageError(400, `the body is not a JSON object: ${errorMessage(err).slice(0, 80)}`);
  }
}
