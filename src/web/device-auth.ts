/**
 * The OAuth 2.0 device authorization grant (RFC 8628) against Spotify's accounts service, as go-librespot does
 * it (session/oauth2.go; docs/protocol/03 §5): the keymaster client id asks for a device code with the desktop
 * client's scopes, the user enters the user code at spotify.com/pair on any phone or computer, and the token
 * endpoint is polled every `interval` seconds: `authorization_pending` waits on, `slow_down` adds 5 s to the
 * interval for good, and the code's `expires_in` bounds the whole wait. The access token then logs in to the
 * AP (SPOTIFY_TOKEN, no username: the answer carries none); APWelcome's reusable credentials replace it.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Backoff } from '../core/backoff.js';
import { monotonicMs } from '../core/clock.js';
import { SpotletError } from '../core/errors.js';
import { httpFetch, retryAfterMs, type HttpResponse } from '../core/http.js';
import type { Logger } from '../core/log.js';

/** The scopes go-librespot asks for (the desktop client's; `streaming` is the one the AP needs). */
export const DEVICE_AUTH_SCOPES = [
  'app-remote-control',
  'playlist-modify',
  'playlist-modify-private',
  'playlist-modify-public',
  'playlist-read',
  'playlist-read-collaborative',
  'playlist-read-private',
  'streaming',
  'ugc-image-upload',
  'user-follow-modify',
  'user-follow-read',
  'user-library-modify',
  'user-library-read',
  'user-modify',
  'user-modify-playback-state',
  'user-modify-private',
  'user-personalized',
  'user-read-birthdate',
  'user-read-currently-playing',
  'user-read-email',
  'user-read-play-history',
  'user-read-playback-position',
  'user-read-playback-state',
  'user-read-private',
  'user-read-recently-played',
  'user-top-read',
] as const;

/** RFC 8628 §3.4: the grant type of the token requests. */
export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

/** RFC 8628 §3.2: without an `interval` the client polls every 5 s; §3.5: `slow_down` adds 5 s. */
const DEFAULT_INTERVAL_S = 5;
const SLOW_DOWN_S = 5;
/** A poll that cannot reach the server waits twice as long each time (RFC 8628 §3.5), up to this. */
const MAX_UNREACHABLE_WAIT_MS = 60_000;

export type DeviceAuthErrorCode =
  | 'ERR_DEVICE_AUTH'
  | 'ERR_DEVICE_AUTH_DENIED'
  | 'ERR_DEVICE_AUTH_EXPIRED'
  | 'ERR_DEVICE_AUTH_CANCELLED';

/** The device login failed; `oauthError` is the accounts service's own error code, when it sent one. */
export class DeviceAuthError extends SpotletError {
  constructor(
    code: DeviceAuthErrorCode,
    message: string,
    readonly oauthError?: string,
  ) {
    super(code, message);
  }
}

/** What the user needs to approve the login, and what the speaker polls with. */
export interface DeviceCode {
  /** Secret: whoever holds it gets the token once approved. Never shown, never logged. */
  deviceCode: string;
  /** What the user types at the verification page. */
  userCode: string;
  verificationUri: string;
  /** The verification page with the code filled in, when the service gives one. */
  verificationUriComplete: string | undefined;
  /** When the codes expire (ms, by the client's clock: monotonic, a wall clock set by NTP meanwhile changes nothing). */
  expiresAt: number;
  /** How long the codes live, as the service said (s). */
  expiresInS: number;
  /** Seconds between polls. */
  intervalS: number;
}

export interface DeviceToken {
  accessToken: string;
  expiresInS: number;
  scope: string;
}

/** What the poll loop reports after each answer (for the page and the log). */
export type PollOutcome = 'pending' | 'slow-down' | 'unreachable';

export interface DeviceAuthClock {
  now(): number;
  /** Waits `ms`; rejects when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const SYSTEM_CLOCK: DeviceAuthClock = {
  now: monotonicMs,
  sleep: (ms, signal) => sleep(ms, undefined, signal ? { signal } : {}),
};

export interface DeviceAuthOptions {
  /** The accounts service's base URL (`spotify.accounts_url`). */
  accountsUrl: string;
  clientId: string;
  log: Logger;
  clock?: DeviceAuthClock;
  /** Per request. */
  requestTimeoutMs?: number;
}

type Json = Record<string, unknown>;

/** The RFC 8628 client: one device code at a time is the caller's business; this asks and polls. */
export class DeviceAuthorization {
  readonly #o: DeviceAuthOptions;
  readonly #clock: DeviceAuthClock;
  readonly #base: string;

  constructor(o: DeviceAuthOptions) {
    this.#o = o;
    this.#clock = o.clock ?? SYSTEM_CLOCK;
    this.#base = o.accountsUrl.replace(/\/+$/, '');
  }

  /** Asks for a device code (RFC 8628 §3.1–3.2). */
  async requestCode(signal?: AbortSignal): Promise<DeviceCode> {
    const res = await this.#post(
      '/oauth2/device/authorize',
      { client_id: this.#o.clientId, scope: DEVICE_AUTH_SCOPES.join(' ') },
      signal,
    );
    const body = jsonOf(res);
    if (res.status !== 200) throw refusal('the device code request', res, body);
    const str = (k: string): string | undefined =>
      typeof body[k] === 'string' && body[k] ? String(body[k]) : undefined;
    const deviceCode = str('device_code');
    const userCode = str('user_code');
    const verificationUri = str('verification_uri');
    const expiresIn = body.expires_in;
    const interval = body.interval ?? DEFAULT_INTERVAL_S;
    if (
      !deviceCode ||
      !userCode ||
      userCode.length > 64 ||
      !verificationUri ||
      !/^https?:\/\//.test(verificationUri) ||
      !isPositiveInt(expiresIn) ||
      !isPositiveInt(interval)
    )
      throw new DeviceAuthError('ERR_DEVICE_AUTH', 'the device code answer lacks a code, a verification page or times');
    const complete = str('verification_uri_complete');
    return {
      deviceCode,
      userCode,
      verificationUri,
      verificationUriComplete: complete && /^https?:\/\//.test(complete) ? complete : undefined,
      expiresAt: this.#clock.now() + expiresIn * 1000,
      expiresInS: expiresIn,
      intervalS: interval,
    };
  }

  /**
   * Polls the token endpoint until the user approves (the token), declines (ERR_DEVICE_AUTH_DENIED), the code
   * expires (ERR_DEVICE_AUTH_EXPIRED) or `signal` aborts (ERR_DEVICE_AUTH_CANCELLED). Each answer that means
   * "go on" is reported to `onPoll` with the seconds until the next poll.
   */
  async waitForToken(
    code: DeviceCode,
    signal?: AbortSignal,
    onPoll: (outcome: PollOutcome, waitS: number) => void = () => {},
  ): Promise<DeviceToken> {
    let interval = code.intervalS;
    /** Seconds until the next poll. */
    let wait = interval;
    // The speaker's one retry policy, for a service it cannot reach: from twice the interval, doubling.
    const unreachable = new Backoff({ firstMs: 2 * interval * 1000, maxMs: MAX_UNREACHABLE_WAIT_MS });
    const failed = (retryAfter?: number): number => (wait = unreachable.next(retryAfter) / 1000);
    const expired = (): DeviceAuthError =>
      new DeviceAuthError('ERR_DEVICE_AUTH_EXPIRED', 'the code expired before it was entered', 'expired_token');
    for (;;) {
      const left = code.expiresAt - this.#clock.now();
      if (left <= 0) throw expired();
      try {
        await this.#clock.sleep(Math.min(wait * 1000, left), signal);
      } catch {
        throw new DeviceAuthError('ERR_DEVICE_AUTH_CANCELLED', 'the device login was cancelled');
      }
      if (this.#clock.now() >= code.expiresAt) throw expired();
      let res: HttpResponse;
      try {
        res = await this.#post(
          '/api/token',
          { client_id: this.#o.clientId, grant_type: DEVICE_CODE_GRANT, device_code: code.deviceCode },
          signal,
        );
      } catch (err) {
        if (signal?.aborted) throw new DeviceAuthError('ERR_DEVICE_AUTH_CANCELLED', 'the device login was cancelled');
        // Unreachable: poll less often (RFC 8628 §3.5), the code's expiry still bounds the wait.
        this.#o.log.warn('accounts service unreachable while waiting for the code', { err, retryInS: failed() });
        onPoll('unreachable', wait);
        continue;
      }
      const body = jsonOf(res);
      if (res.status === 200) return tokenOf(body);
      const error = typeof body.error === 'string' ? body.error : undefined;
      if (res.status >= 500 || res.status === 429) {
        const retryInS = failed(retryAfterMs(res.headers, MAX_UNREACHABLE_WAIT_MS));
        this.#o.log.warn('accounts service busy while waiting for the code', { status: res.status, retryInS });
        onPoll('unreachable', wait);
        continue;
      }
      unreachable.reset();
      switch (error) {
        case 'authorization_pending':
          wait = interval;
          onPoll('pending', interval);
          continue;
        case 'slow_down':
          interval += SLOW_DOWN_S;
          wait = interval;
          this.#o.log.info('accounts service asked to poll less often', { intervalS: interval });
          onPoll('slow-down', interval);
          continue;
        case 'access_denied':
          throw new DeviceAuthError('ERR_DEVICE_AUTH_DENIED', 'the login was declined at the verification page', error);
        case 'expired_token':
          throw expired();
        default:
          throw refusal('the token request', res, body);
      }
    }
  }

  #post(path: string, form: Record<string, string>, signal?: AbortSignal): Promise<HttpResponse> {
    return httpFetch(`${this.#base}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
      timeoutMs: this.#o.requestTimeoutMs ?? 10_000,
      maxBytes: 64 * 1024,
      ...(signal ? { signal } : {}),
    });
  }
}

function isPositiveInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= 86_400;
}

function jsonOf(res: HttpResponse): Json {
  try {
    const v: unknown = JSON.parse(res.body.toString('utf8'));
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
  } catch {
    return {};
  }
}

/** An answer that ends the flow: the service's error code and description, bounded. */
function refusal(what: string, res: HttpResponse, body: Json): DeviceAuthError {
  const error = typeof body.error === 'string' ? body.error.slice(0, 64) : undefined;
  const description = typeof body.error_description === 'string' ? `: ${body.error_description.slice(0, 200)}` : '';
  return new DeviceAuthError(
    'ERR_DEVICE_AUTH',
    `the accounts service refused ${what} (HTTP ${res.status}${error ? `, ${error}` : ''}${description})`,
    error,
  );
}

function tokenOf(body: Json): DeviceToken {
  const accessToken = body.access_token;
  if (typeof accessToken !== 'string' || !accessToken || accessToken.length > 4096)
    throw new DeviceAuthError('ERR_DEVICE_AUTH', 'the token answer has no access token');
  if (typeof body.token_type === 'string' && body.token_type.toLowerCase() !== 'bearer')
    throw new DeviceAuthError('ERR_DEVICE_AUTH', `the token answer is of type ${body.token_type.slice(0, 32)}`);
  return {
    accessToken,
    expiresInS: isPositiveInt(body.expires_in) ? body.expires_in : 3600,
    scope: typeof body.scope === 'string' ? body.scope : '',
  };
}
