/**
 * Emulated accounts service (accounts.spotify.com): the OAuth 2.0 device authorization grant (RFC 8628) as a
 * speaker uses it (docs/protocol/03 §5), and the pairing page where a user enters the code (spotify.com/pair).
 *
 * - `POST /oauth2/device/authorize` (form: client_id, scope): a device code, a user code, the pairing page,
 *   `expires_in` and `interval`; a client id the device flow is not enabled for gets `unauthorized_client`.
 * - `POST /api/token` (form: grant_type device_code, device_code, client_id): 400 `authorization_pending` until
 *   the user approves, `slow_down` to a client polling sooner than its interval (the interval then grows by 5 s,
 *   as RFC 8628 §3.5 has the client do), `access_denied`, `expired_token`; the approved code's access token once
 *   (a second redeem is `invalid_grant`). The token logs in to the emulated AP as SPOTIFY_TOKEN.
 * - `GET /pair`: the pairing form; `POST /pair` (form: user_code, username, password, [deny]): what a user does
 *   there once logged in.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEVICE_CODE_GRANT } from '../../../src/web/index.js';
import { readBody } from '../request-body.js';
import type { EmulatorService } from '../service.js';

/** The client ids the device flow is enabled for (Spotify's keymaster id, as go-librespot uses). */
const DEVICE_FLOW_CLIENTS = ['65b708073fc0480ea92a077233ca87bd'];
/** RFC 8628 §6.1's suggested alphabet: no vowels, no look-alikes. */
const USER_CODE_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ';

export interface DeviceGrant {
  userCode: string;
  clientId: string;
  scope: string;
  expiresAt: number;
  intervalS: number;
  /** When the client last polled (by the emulator's clock). */
  lastPollAt: number | undefined;
  state: 'pending' | 'approved' | 'denied' | 'redeemed';
  username: string | undefined;
}

export interface OAuthEmulatorOptions {
  expiresInS: number;
  intervalS: number;
}

export interface OAuthEmulator {
  options: OAuthEmulatorOptions;
  /** The emulator's clock (tests replace it to move time without waiting). */
  now: () => number;
  /** Grants by device code. */
  grants: Map<string, DeviceGrant>;
  /** The grant of a user code (as typed: case and dashes do not matter). */
  byUserCode(userCode: string): DeviceGrant | undefined;
  /** A logged-in user approves a code at the pairing page; false when the code is unknown, used or expired. */
  approve(userCode: string, username: string): boolean;
  deny(userCode: string): boolean;
  /** Fault injection: the next `n` polls get `slow_down`, as a busy service answers. */
  slowDown(n: number): void;
  stats: { authorizations: number; polls: number; pending: number; slowDowns: number; tooFast: number; tokens: number };
}

const normalise = (code: string): string => code.toUpperCase().replace(/[^A-Z0-9]/g, '');

export const oauthService: EmulatorService<OAuthEmulator> = {
  name: 'oauth',
  async start(ctx) {
    const grants = new Map<string, DeviceGrant>();
    let forcedSlowDowns = 0;
    const api: OAuthEmulator = {
      options: { expiresInS: 600, intervalS: 5 },
      now: () => Date.now(),
      grants,
      byUserCode(userCode) {
        const want = normalise(userCode);
        for (const g of grants.values()) if (normalise(g.userCode) === want) return g;
        return undefined;
      },
      approve(userCode, username) {
        const g = api.byUserCode(userCode);
        if (g?.state !== 'pending' || api.now() >= g.expiresAt || !ctx.accounts.byUsername(username)) return false;
        g.state = 'approved';
        g.username = username;
        return true;
      },
      deny(userCode) {
        const g = api.byUserCode(userCode);
        if (g?.state !== 'pending') return false;
        g.state = 'denied';
        return true;
      },
      slowDown(n) {
        forcedSlowDowns = n;
      },
      stats: { authorizations: 0, polls: 0, pending: 0, slowDowns: 0, tooFast: 0, tokens: 0 },
    };

    const json = (res: ServerResponse, status: number, body: Record<string, unknown>): void => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(text);
    };
    const oauthError = (res: ServerResponse, error: string, description: string, status = 400): void =>
      json(res, status, { error, error_description: description });

    const authorize = (res: ServerResponse, form: URLSearchParams, base: string): void => {
      const clientId = form.get('client_id') ?? '';
      if (!DEVICE_FLOW_CLIENTS.includes(clientId))
        return oauthError(res, 'unauthorized_client', 'the device flow is not enabled for this client');
      const deviceCode = randomBytes(32).toString('base64url');
      const pick = (): string => USER_CODE_ALPHABET[randomInt(USER_CODE_ALPHABET.length)]!;
      const userCode = `${Array.from({ length: 4 }, pick).join('')}-${Array.from({ length: 4 }, pick).join('')}`;
      grants.set(deviceCode, {
        userCode,
        clientId,
        scope: form.get('scope') ?? '',
        expiresAt: api.now() + api.options.expiresInS * 1000,
        intervalS: api.options.intervalS,
        lastPollAt: undefined,
        state: 'pending',
        username: undefined,
      });
      api.stats.authorizations++;
      json(res, 200, {
        device_code: deviceCode,
        user_code: userCode,
        verification_uri: `${base}/pair`,
        verification_uri_complete: `${base}/pair?code=${userCode}`,
        expires_in: api.options.expiresInS,
        interval: api.options.intervalS,
      });
    };

    const token = (res: ServerResponse, form: URLSearchParams): void => {
      if (form.get('grant_type') !== DEVICE_CODE_GRANT)
        return oauthError(res, 'unsupported_grant_type', 'only the device code grant is emulated');
      const g = grants.get(form.get('device_code') ?? '');
      if (!g || g.clientId !== form.get('client_id') || g.state === 'redeemed')
        return oauthError(res, 'invalid_grant', 'unknown or used device code');
      api.stats.polls++;
      const now = api.now();
      if (now >= g.expiresAt) return oauthError(res, 'expired_token', 'the device code expired');
      // Sooner than the interval (a little slack for timers), or a forced fault: poll less often from now on.
      const tooFast = g.lastPollAt !== undefined && now - g.lastPollAt < g.intervalS * 1000 - 250;
      g.lastPollAt = now;
      if (tooFast || forcedSlowDowns > 0) {
        if (tooFast) api.stats.tooFast++;
        else forcedSlowDowns--;
        api.stats.slowDowns++;
        g.intervalS += 5;
        return oauthError(res, 'slow_down', 'polling too fast');
      }
      if (g.state === 'denied') return oauthError(res, 'access_denied', 'the user declined');
      if (g.state === 'pending') {
        api.stats.pending++;
        return oauthError(res, 'authorization_pending', 'the user has not entered the code yet');
      }
      g.state = 'redeemed';
      api.stats.tokens++;
      json(res, 200, {
        access_token: ctx.accounts.issueAccessToken(g.username!),
        token_type: 'Bearer',
        expires_in: 3600,
        refresh_token: randomBytes(32).toString('base64url'),
        scope: g.scope,
      });
    };

    const pair = (res: ServerResponse, form: URLSearchParams): void => {
      const account = ctx.accounts.checkPassword(
        form.get('username') ?? undefined,
        Buffer.from(form.get('password') ?? ''),
      );
      if (!account) return json(res, 401, { error: 'login failed' });
      const code = form.get('user_code') ?? '';
      const ok = form.has('deny') ? api.deny(code) : api.approve(code, account.username);
      json(res, ok ? 200 : 400, ok ? { paired: !form.has('deny'), username: account.username } : { error: 'bad code' });
    };

    const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
      try {
        const url = new URL(req.url ?? '/', 'http://accounts');
        const base = `http://${ctx.host}:${(server.address() as AddressInfo).port}`;
        if (req.method === 'GET' && url.pathname === '/pair') {
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
          return res.end(
            '<!doctype html><title>Pair</title><form method="post" action="/pair">' +
              `<input name="user_code" value="${(url.searchParams.get('code') ?? '').replace(/[^A-Z0-9-]/gi, '')}">` +
              '<input name="username"><input name="password" type="password"><button>Pair</button></form>',
          );
        }
        if (req.method !== 'POST') return oauthError(res, 'invalid_request', 'POST only', 405);
        const form = new URLSearchParams((await readBody(req)).toString('utf8'));
        if (url.pathname === '/oauth2/device/authorize') return authorize(res, form, base);
        if (url.pathname === '/api/token') return token(res, form);
        if (url.pathname === '/pair') return pair(res, form);
        oauthError(res, 'invalid_request', 'no such endpoint', 404);
      } catch {
        if (!res.headersSent) oauthError(res, 'invalid_request', 'malformed request');
      }
    });
    await new Promise<void>((r) => server.listen(0, ctx.host, r));
    const { port } = server.address() as AddressInfo;
    return {
      endpoints: { accounts: `http://${ctx.host}:${port}` },
      api,
      stop: () =>
        new Promise<void>((r) => {
          server.closeAllConnections();
          server.close(() => r());
        }),
    };
  },
};
