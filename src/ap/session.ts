/**
 * The AP session: resolve → connect + handshake → Login → APWelcome/ProductInfo, then keep-alive, packet
 * dispatch (Mercury, audio keys) and reconnects with the reusable credentials. It publishes its state
 * (connecting / ready / reconnecting / error / closed) for the supervisor and the LEDs.
 */
import { EventEmitter } from 'node:events';
import type { KeyObject } from 'node:crypto';
import type { Logger } from '../core/log.js';
import type { StoredCredentials } from '../core/state.js';
import { Backoff } from '../core/backoff.js';
import { monotonicMs, ServerClock } from '../core/clock.js';
import { errorMessage, SpotletError } from '../core/errors.js';
import { EndpointDirectory, parseHostPort, type Endpoint } from './apresolve.js';
import { AudioKeyClient } from './audio-key.js';
import { connectAp, type ApConnection } from './connection.js';
import {
  ApConnectionError,
  ApHandshakeError,
  CMD,
  LOGIN_ERROR,
  loadApMessages,
  loginPayload,
  parseApLoginFailed,
  parseApWelcome,
  parseProductInfo,
  platformForArch,
  type ApPacket,
  type Credentials,
  type Welcome,
} from '../protocol/index.js';
import { loadApPublicKey } from './ap-key.js';
import { ApLoginError, PremiumRequiredError, UserNotAllowedError } from './errors.js';
import { MercuryClient } from './mercury.js';

export type SessionState = 'idle' | 'connecting' | 'ready' | 'reconnecting' | 'error' | 'closed';

/** Every delay the session uses (ms); tests shorten them. Defaults follow librespot (docs/protocol/02 §2, §10). */
export interface SessionTimers {
  /** TCP connect + handshake, per access point. */
  connectMs: number;
  /** Login packet → APWelcome/APLoginFailed. */
  loginMs: number;
  /** APWelcome → ProductInfo (the premium check); without it the session proceeds. */
  productInfoMs: number;
  /** Keep-alive: ExpectingPing after login. */
  initialPingTimeoutMs: number;
  /** Keep-alive: PendingPong, the pause before answering a Ping. */
  pongDelayMs: number;
  /** Keep-alive: ExpectingPongAck. */
  pongAckTimeoutMs: number;
  /** Keep-alive: ExpectingPing after a PongAck (60 s period + 20 s margin). */
  pingTimeoutMs: number;
  reconnectMinMs: number;
  reconnectMaxMs: number;
  /**
   * Rate limit for a flapping session: at most `reconnectLimit` sessions lost within `stableSessionMs` of their
   * login per `reconnectWindowMs`, then the next try waits for the window. A session that lived longer was healthy
   * and its loss (Wi-Fi, a router, the AP going away) does not count: a speaker must be back within seconds however
   * often its network fails. librespot gives up for good after 5 lost sessions in 10 minutes (main.rs,
   * RECONNECT_RATE_LIMIT); go-librespot retries every loss with exponential backoff and no count (ap.go); we keep
   * librespot's limit only for sessions that die right after login, where retrying fast helps nobody.
   */
  reconnectLimit: number;
  reconnectWindowMs: number;
  stableSessionMs: number;
  mercuryMs: number;
  audioKeyMs: number;
  apresolveMs: number;
}

export const DEFAULT_TIMERS: SessionTimers = {
  connectMs: 5_000,
  loginMs: 10_000,
  productInfoMs: 3_000,
  initialPingTimeoutMs: 20_000,
  pongDelayMs: 60_000,
  pongAckTimeoutMs: 20_000,
  pingTimeoutMs: 80_000,
  reconnectMinMs: 1_000,
  reconnectMaxMs: 60_000,
  reconnectLimit: 5,
  reconnectWindowMs: 600_000,
  stableSessionMs: 60_000,
  mercuryMs: 15_000,
  audioKeyMs: 5_000,
  apresolveMs: 5_000,
};

/** librespot tries at most this many access points per attempt. */
const MAX_ACCESS_POINTS = 6;

/** Where the session finds Spotify and what it tells the access point about itself. */
export interface ApEndpoints {
  apresolveUrl: string;
  /** A fixed access point `host:port` that skips apresolve; empty = resolve. */
  accessPoint: string;
  /** PEM file with the access point's RSA public key; empty = Spotify's own key. */
  apKeyFile: string;
  versionString: string;
  systemInfo: string;
}

export interface ApSessionOptions {
  endpoints: ApEndpoints;
  /** Spotify desktop protocol version sent in ClientHello (default: librespot's). */
  buildVersion?: number;
  deviceId: string;
  /** Where APWelcome's reusable credentials are saved (atomically): the StateStore. */
  store?: { saveCredentials(c: StoredCredentials): Promise<void>; clearCredentials(): Promise<void> };
  log: Logger;
  timers?: Partial<SessionTimers>;
  /** Verification key instead of the one in `endpoints.apKeyFile`. */
  serverKey?: KeyObject;
  /** Whether the account may use this speaker (checked on the canonical username APWelcome names). */
  admits?: (username: string) => boolean;
}

export interface SessionInfo {
  /** Canonical username from APWelcome. */
  username: string;
  countryCode: string | undefined;
  /** ProductInfo attributes (`type`, `catalogue`, `image-url`, …). */
  productInfo: Record<string, string>;
  accessPoint: string;
}

export interface ApSessionEvents {
  state: [state: SessionState, detail: { reason: string; error?: Error }];
  ready: [info: SessionInfo];
}

type KeepaliveState = 'expecting-ping' | 'pending-pong' | 'expecting-pong-ack';

/** One live connection and what it told us. */
interface Link {
  conn: ApConnection;
  countryCode?: string;
  productInfo?: Record<string, string>;
  login?: { resolve: (w: Welcome) => void; reject: (e: Error) => void };
  onProductInfo?: () => void;
  keepalive: KeepaliveState;
  timer?: NodeJS.Timeout;
}

/** A login attempt overtaken by a newer login/start or by close(). */
class Cancelled extends SpotletError {
  constructor() {
    super('ERR_AP_CANCELLED', 'the login was superseded by a newer login or the session was closed');
  }
}

/** Errors that another attempt cannot fix: stop retrying and report. */
function isFinal(err: unknown): boolean {
  if (err instanceof ApLoginError)
    return (
      err.protocolCode !== LOGIN_ERROR.TryAnotherAP && err.protocolCode !== LOGIN_ERROR.CouldNotValidateCredentials
    );
  return err instanceof PremiumRequiredError || err instanceof ApHandshakeError || err instanceof UserNotAllowedError;
}

export class ApSession extends EventEmitter<ApSessionEvents> {
  /** apresolve's access points, dealers and spclients (the Connect service takes its hosts from it too). */
  readonly endpoints: EndpointDirectory;
  readonly mercury: MercuryClient;
  readonly audioKeys: AudioKeyClient;
  /** Spotify's clock, learnt from the AP's Pings (and refined by whoever gets millisecond server times). */
  readonly clock = new ServerClock();
  #opts: ApSessionOptions;
  #timers: SessionTimers;
  #log: Logger;
  #serverKey: KeyObject | undefined;
  #state: SessionState = 'idle';
  #link: Link | undefined;
  #info: SessionInfo | undefined;
  /** Reusable credentials from the last APWelcome: used for every reconnect. */
  #reusable: Credentials | undefined;
  /** Bumped by login/start/close: stale attempts and reconnect loops see it and stop. */
  #generation = 0;
  /** Monotonic times of the sessions lost lately (the reconnect rate limit). */
  #lostAt: number[] = [];
  /** Monotonic time of the last login (how long the session lived when it is lost). */
  #readyAt = 0;
  /** Delays between login attempts (jittered, doubling to reconnectMaxMs); a retry loop starts it afresh. */
  #backoff: Backoff;
  #sleepers = new Set<() => void>();

  constructor(opts: ApSessionOptions) {
    super();
    this.#opts = opts;
    this.#log = opts.log;
    this.#timers = { ...DEFAULT_TIMERS, ...opts.timers };
    this.#serverKey = opts.serverKey;
    this.endpoints = new EndpointDirectory({
      apresolveUrl: opts.endpoints.apresolveUrl,
      log: this.#log.child('apresolve'),
      timeoutMs: this.#timers.apresolveMs,
    });
    this.#backoff = new Backoff({
      firstMs: this.#timers.reconnectMinMs,
      maxMs: this.#timers.reconnectMaxMs,
      jitter: 0.5,
    });
    const send = (cmd: number, payload: Buffer): void => this.send(cmd, payload);
    this.mercury = new MercuryClient(send, this.#log.child('mercury'), this.#timers.mercuryMs);
    this.audioKeys = new AudioKeyClient(send, this.#log.child('audio-key'), this.#timers.audioKeyMs);
  }

  get state(): SessionState {
    return this.#state;
  }

  /** The logged-in session's details, while ready. */
  get info(): SessionInfo | undefined {
    return this.#state === 'ready' ? this.#info : undefined;
  }

  /** Sends a packet on the current connection; throws ApConnectionError when there is none. */
  send(cmd: number, payload: Uint8Array): void {
    if (!this.#link || this.#state !== 'ready')
      throw new ApConnectionError('ERR_AP_DISCONNECTED', 'not connected to Spotify');
    this.#link.conn.send(cmd, payload);
  }

  /**
   * Logs in with `creds` (replacing any current session) and resolves once ready. Rejects with
   * ApLoginError (ERR_AP_LOGIN_FAILED), PremiumRequiredError, ApHandshakeError or ApConnectionError. After a
   * failure a previously working session is restored in the background with its reusable credentials.
   */
  async login(creds: Credentials): Promise<SessionInfo> {
    const previous = this.#reusable;
    const gen = this.#restart('connecting', 'login');
    try {
      return await this.#establish(creds, gen);
    } catch (err) {
      if (gen === this.#generation) {
        this.#setState('error', errorMessage(err), err as Error);
        if (previous && !(err instanceof Cancelled)) {
          this.#log.info('restoring the previous session after a failed login');
          this.#reusable = previous;
          void this.#retryLoop(previous, this.#restart('connecting', 'restore previous session'), 0);
        }
      }
      throw err;
    }
  }

  /** Logs in in the background and keeps retrying transient failures (boot with stored credentials). */
  start(creds: Credentials): void {
    void this.#retryLoop(creds, this.#restart('connecting', 'start'), 0);
  }

  /** The network is back: a login attempt waiting out its backoff is made now. */
  retryNow(): void {
    this.#backoff.reset();
    for (const wake of this.#sleepers) wake();
  }

  /** Ends the session for good (until the next login/start). */
  async close(): Promise<void> {
    this.#restart('closed', 'closed');
  }

  /** Ends the session and forgets its reusable credentials (a failed later login restores nothing). */
  async logout(): Promise<void> {
    this.#reusable = undefined;
    this.#restart('closed', 'logged out');
  }

  #restart(state: SessionState, reason: string): number {
    const gen = ++this.#generation;
    for (const wake of this.#sleepers) wake();
    this.#dropLink(new ApConnectionError('ERR_AP_DISCONNECTED', `session ${reason}`));
    this.#setState(state, reason);
    return gen;
  }

  #setState(state: SessionState, reason: string, error?: Error): void {
    if (state === this.#state && state !== 'error') return;
    this.#state = state;
    const level = state === 'error' ? 'warn' : 'info';
    this.#log[level]('session state', { state, reason, ...(error ? { err: error } : {}) });
    this.emit('state', state, error ? { reason, error } : { reason });
  }

  async #retryLoop(creds: Credentials, gen: number, firstDelayMs: number): Promise<void> {
    let delay = firstDelayMs;
    this.#backoff.reset();
    for (let attempt = 0; ; attempt++) {
      if (delay > 0 && !(await this.#sleep(delay, gen))) return;
      if (gen !== this.#generation) return;
      try {
        await this.#establish(creds, gen);
        return;
      } catch (err) {
        if (gen !== this.#generation || err instanceof Cancelled) return;
        if (isFinal(err)) {
          const refused =
            (err instanceof ApLoginError && err.protocolCode === LOGIN_ERROR.BadCredentials) ||
            err instanceof UserNotAllowedError;
          if (refused && this.#opts.store) {
            // Stored credentials Spotify no longer accepts, or of an account no longer allowed here: forget them
            // so the speaker waits for a user.
            await this.#opts.store
              .clearCredentials()
              .catch((e) => this.#log.error('could not clear credentials', { err: e }));
            this.#reusable = undefined;
          }
          this.#setState('error', errorMessage(err), err as Error);
          return;
        }
        delay = this.#backoff.next();
        this.#log.warn('access point login failed, retrying', { err, attempt: attempt + 1, retryInMs: delay });
        this.#setState(this.#state === 'reconnecting' ? 'reconnecting' : 'connecting', `retry in ${delay} ms`);
      }
    }
  }

  /** Waits `ms`; false when the session was restarted or closed meanwhile. */
  #sleep(ms: number, gen: number): Promise<boolean> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(t);
        this.#sleepers.delete(wake);
        resolve(gen === this.#generation);
      };
      const t = setTimeout(wake, ms);
      this.#sleepers.add(wake);
    });
  }

  /** The configured access point, or apresolve's from the one in use on (`resolved`: failures rotate them). */
  async #accessPoints(): Promise<{ aps: Endpoint[]; resolved: boolean }> {
    const fixed = this.#opts.endpoints.accessPoint;
    if (fixed) {
      const ep = parseHostPort(fixed);
      if (!ep) throw new ApConnectionError('ERR_AP_CONNECT', `access point ${JSON.stringify(fixed)} is not host:port`);
      return { aps: [ep], resolved: false };
    }
    return { aps: await this.endpoints.candidates('accesspoint', MAX_ACCESS_POINTS), resolved: true };
  }

  /** One login attempt over the access point list; on success the link becomes current. */
  async #establish(creds: Credentials, gen: number): Promise<SessionInfo> {
    this.#serverKey ??= loadApPublicKey(this.#opts.endpoints.apKeyFile);
    await loadApMessages(); // not at start: a speaker waiting for its user does not need them
    const { aps, resolved } = await this.#accessPoints();
    let lastErr: unknown = new ApConnectionError('ERR_AP_CONNECT', 'no access point to try');
    for (const ap of aps) {
      if (gen !== this.#generation) throw new Cancelled();
      let link: Link | undefined;
      try {
        const conn = await connectAp({
          host: ap.host,
          port: ap.port,
          serverKey: this.#serverKey,
          build: { version: this.#opts.buildVersion ?? 124200290, platform: platformForArch() },
          timeoutMs: this.#timers.connectMs,
          log: this.#log,
        });
        link = { conn, keepalive: 'expecting-ping' };
        if (gen !== this.#generation) throw new Cancelled();
        return await this.#authenticate(link, creds, gen);
      } catch (err) {
        link?.conn.close();
        if (err instanceof Cancelled) throw err;
        lastErr = err;
        if (isFinal(err)) throw err;
        const tryAnother = err instanceof ApLoginError && err.protocolCode === LOGIN_ERROR.TryAnotherAP;
        // An unreachable or refusing access point: the next of apresolve's list is used from now on.
        if (resolved && (tryAnother || err instanceof ApConnectionError)) this.endpoints.failed('accesspoint', ap);
        if (tryAnother) continue;
        this.#log.warn('access point failed', { accessPoint: `${ap.host}:${ap.port}`, err });
      }
    }
    throw lastErr;
  }

  async #authenticate(link: Link, creds: Credentials, gen: number): Promise<SessionInfo> {
    const { conn } = link;
    const closed = new Promise<never>((_, reject) => {
      conn.on('close', (err) =>
        reject(err ?? new ApConnectionError('ERR_AP_DISCONNECTED', 'connection closed during login')),
      );
    });
    closed.catch(() => {});
    conn.on('packet', (p) => this.#onPacket(link, p));
    const welcome = await this.#within(
      this.#timers.loginMs,
      'login',
      new Promise<Welcome>((resolve, reject) => {
        link.login = { resolve, reject };
        conn.send(
          CMD.Login,
          loginPayload(creds, {
            deviceId: this.#opts.deviceId,
            versionString: this.#opts.endpoints.versionString,
            systemInformation: this.#opts.endpoints.systemInfo,
          }),
        );
      }),
      closed,
    );
    if (!link.productInfo) {
      await this.#within(
        this.#timers.productInfoMs,
        'product info',
        new Promise<void>((resolve) => (link.onProductInfo = resolve)),
        closed,
      ).catch((err) => {
        if (!(err instanceof ApConnectionError && err.code === 'ERR_AP_TIMEOUT')) throw err;
        this.#log.warn('no ProductInfo after login; premium not checked', { accessPoint: conn.address });
      });
    }
    const type = link.productInfo?.type;
    if (type !== undefined && type !== 'premium') throw new PremiumRequiredError(type);
    if (this.#opts.admits && !this.#opts.admits(welcome.username)) throw new UserNotAllowedError(welcome.username);
    if (gen !== this.#generation) throw new Cancelled();

    this.#reusable = { username: welcome.username, authType: welcome.authType, authData: welcome.authData };
    if (this.#opts.store) {
      await this.#opts.store
        .saveCredentials({ username: welcome.username, authType: welcome.authType, authData: welcome.authData })
        .catch((err) => this.#log.error('could not save credentials', { err }));
    }
    if (gen !== this.#generation) throw new Cancelled();
    this.#link = link;
    this.#info = {
      username: welcome.username,
      countryCode: link.countryCode,
      productInfo: link.productInfo ?? {},
      accessPoint: conn.address,
    };
    conn.on('close', (err) => this.#onLost(link, err));
    this.#armKeepalive(link, 'expecting-ping', this.#timers.initialPingTimeoutMs);
    this.#readyAt = monotonicMs();
    this.#setState('ready', `logged in as ${welcome.username} via ${conn.address}`);
    this.emit('ready', this.#info);
    if (this.mercury.subscribedUris.length) this.mercury.resubscribe();
    return this.#info;
  }

  #within<T>(ms: number, what: string, p: Promise<T>, closed: Promise<never>): Promise<T> {
    let t: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      t = setTimeout(
        () => reject(new ApConnectionError('ERR_AP_TIMEOUT', `access point: no ${what} answer within ${ms} ms`)),
        ms,
      );
    });
    return Promise.race([p, timeout, closed]).finally(() => clearTimeout(t));
  }

  #onPacket(link: Link, p: ApPacket): void {
    const current = link === this.#link;
    switch (p.cmd) {
      case CMD.APWelcome:
      case CMD.AuthFailure: {
        const waiter = link.login;
        if (!waiter) return this.#log.debug('unexpected login answer ignored', { cmd: p.cmd });
        link.login = undefined;
        try {
          if (p.cmd === CMD.APWelcome) waiter.resolve(parseApWelcome(p.payload));
          else {
            const f = parseApLoginFailed(p.payload);
            waiter.reject(new ApLoginError(f.errorCode, f.description));
          }
        } catch (err) {
          waiter.reject(err as Error);
        }
        return;
      }
      case CMD.Ping:
        if (p.payload.length >= 4) this.clock.observeSeconds(p.payload.readUInt32BE(0));
        if (link.keepalive === 'pending-pong') return this.#log.debug('unexpected ping while a pong is pending');
        return this.#armKeepalive(link, 'pending-pong', this.#timers.pongDelayMs);
      case CMD.PongAck:
        if (link.keepalive !== 'expecting-pong-ack') return this.#log.debug('unexpected pong ack');
        return this.#armKeepalive(link, 'expecting-ping', this.#timers.pingTimeoutMs);
      case CMD.CountryCode:
        link.countryCode = p.payload.toString('ascii').trim();
        if (current && this.#info) this.#info.countryCode = link.countryCode;
        return;
      case CMD.ProductInfo:
        link.productInfo = parseProductInfo(p.payload.toString('utf8'));
        if (current && this.#info) this.#info.productInfo = link.productInfo;
        link.onProductInfo?.();
        return;
      case CMD.AesKey:
      case CMD.AesKeyError:
        if (current) this.audioKeys.handle(p.cmd, p.payload);
        return;
      case CMD.MercuryReq:
      case CMD.MercurySub:
      case CMD.MercuryUnsub:
      case CMD.MercuryEvent:
        if (current) this.mercury.handle(p.cmd, p.payload);
        return;
      case CMD.SecretBlock:
      case CMD.LegacyWelcome:
      case CMD.UnknownDataAllZeros:
      case CMD.LicenseVersion:
        return;
      default:
        this.#log.debug('unknown AP packet ignored', { cmd: p.cmd, length: p.payload.length });
    }
  }

  /** The keep-alive state machine of docs/protocol/02 §10 (librespot's), one timer per state. */
  #armKeepalive(link: Link, state: KeepaliveState, ms: number): void {
    clearTimeout(link.timer);
    link.keepalive = state;
    link.timer = setTimeout(() => {
      if (link.conn.closed) return;
      if (state === 'pending-pong') {
        try {
          link.conn.send(CMD.Pong, Buffer.alloc(4));
        } catch {
          return;
        }
        this.#armKeepalive(link, 'expecting-pong-ack', this.#timers.pongAckTimeoutMs);
      } else {
        const what = state === 'expecting-ping' ? 'no Ping' : 'no PongAck';
        link.conn.close(new ApConnectionError('ERR_AP_TIMEOUT', `access point keep-alive: ${what} within ${ms} ms`));
      }
    }, ms);
  }

  #onLost(link: Link, err: Error | undefined): void {
    clearTimeout(link.timer);
    if (link !== this.#link) return;
    this.#link = undefined;
    const reason = err ? errorMessage(err) : 'connection closed';
    const lost = new ApConnectionError('ERR_AP_DISCONNECTED', `lost the access point connection: ${reason}`, {
      cause: err,
    });
    this.mercury.failAll(lost);
    this.audioKeys.failAll(lost);
    if (this.#state !== 'ready' || !this.#reusable) return;
    const now = monotonicMs();
    this.#lostAt = this.#lostAt.filter((t) => now - t < this.#timers.reconnectWindowMs);
    this.#backoff.reset();
    let firstDelay = this.#backoff.next();
    const gen = ++this.#generation;
    if (this.#lostAt.length >= this.#timers.reconnectLimit) {
      firstDelay = Math.max(firstDelay, this.#lostAt[0]! + this.#timers.reconnectWindowMs - now);
      this.#setState(
        'error',
        `connection lost ${this.#lostAt.length} times within ${this.#timers.reconnectWindowMs} ms; next try in ${firstDelay} ms`,
      );
    } else this.#setState('reconnecting', reason);
    if (now - this.#readyAt < this.#timers.stableSessionMs) this.#lostAt.push(now);
    this.#log.warn('access point connection lost', { err, reconnectInMs: firstDelay });
    void this.#retryLoop(this.#reusable, gen, firstDelay);
  }

  #dropLink(err: Error): void {
    const link = this.#link;
    this.#link = undefined;
    if (!link) return;
    clearTimeout(link.timer);
    link.conn.close();
    this.mercury.failAll(err);
    this.audioKeys.failAll(err);
  }
}
