/**
 * The zeroconf HTTP server (docs/protocol/01 §3): `getInfo`, `addUser`, `resetUsers`, dispatched on the `action`
 * parameter from the query string and, for POST, the form body. Every answer is one of the documented JSON
 * statuses; garbage never crashes the process or drops a connection without an answer, and slow or huge
 * requests are cut off by size and time limits.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorCode, errorMessage } from '../core/errors.js';
import { answerClientErrors, closeAtOnce, createHttpServer, listen, readBody } from '../core/http-server.js';
import { ThrottledLog, type Logger } from '../core/log.js';
import { DhKeyPair } from '../core/dh.js';
import { decodeStrictBase64, openInnerBlob, openOuterBlob, zeroconfSharedSecret } from './keys.js';
import { ZEROCONF_STATUS, ZeroconfError, type StatusInfo } from './status.js';

/** Credentials decrypted from an addUser blob. */
export interface ZeroconfCredentials {
  /** The `userName` form field (also the salt of the inner blob). */
  username: string;
  /** AuthenticationType number (1 = stored Spotify credentials, 0 = user/password). */
  authType: number;
  authData: Buffer;
}

/**
 * The session layer behind addUser. `login` resolves once the login succeeded, with the canonical user name
 * shown as `activeUser`; it rejects with an error whose `code` is `ERR_AP_LOGIN_FAILED` when Spotify refused
 * the credentials (answered 202). `logout` (resetUsers) forgets the user.
 */
export interface CredentialsReceiver {
  login(creds: ZeroconfCredentials): Promise<{ username: string }>;
  logout?(): Promise<void>;
}

export interface ZeroconfServerOptions {
  /** Display name (`remoteName`). */
  name: string;
  /** 40 hex chars; also the key of the inner blob. */
  deviceId: string;
  /** getInfo `deviceType`, librespot's mixed-case name, e.g. `Speaker`. */
  deviceType: string;
  clientId: string;
  libraryVersion: string;
  /** TCP port, 0 = any; after the first start the bound port is kept across restarts (mDNS announces it). */
  port: number;
  receiver: CredentialsReceiver;
  log: Logger;
  /** User already logged in at boot (stored credentials). */
  activeUser?: string;
  /** A whole request (headers and body) must arrive within this time. */
  requestTimeoutMs?: number;
  maxBodyBytes?: number;
  /** For known-answer tests only; otherwise a fresh key pair per start. */
  keyPair?: DhKeyPair;
}

const DEFAULT_MAX_BODY = 64 * 1024;
const MAX_USERNAME_BYTES = 256;

export class ZeroconfServer {
  readonly #opts: ZeroconfServerOptions;
  readonly #log: Logger;
  #close: (() => Promise<void>) | undefined;
  #keys: DhKeyPair | undefined;
  #port: number;
  #activeUser: string;
  /** addUser logins run one after another; the last one wins. */
  #logins: Promise<unknown> = Promise.resolve();
  #refusals: ThrottledLog;

  constructor(opts: ZeroconfServerOptions) {
    this.#opts = opts;
    this.#log = opts.log;
    this.#refusals = new ThrottledLog(opts.log, 'zeroconf');
    this.#port = opts.port;
    this.#activeUser = opts.activeUser ?? '';
  }

  get port(): number {
    return this.#port;
  }

  get activeUser(): string {
    return this.#activeUser;
  }

  /** The user getInfo names (whoever logged in: a phone, the web page's device login, the boot's stored user). */
  set activeUser(username: string) {
    this.#activeUser = username;
  }

  async start(): Promise<void> {
    this.#keys = this.#opts.keyPair ?? new DhKeyPair();
    const server = createHttpServer(
      { requestTimeoutMs: this.#opts.requestTimeoutMs, maxConnections: 512 },
      (req, res) => this.#onRequest(req, res),
    );
    this.#close = closeAtOnce(server);
    answerClientErrors(server, this.#refusals, 'zeroconf', statusBody(ZEROCONF_STATUS.badRequest));
    await listen(server, this.#port);
    this.#port = (server.address() as AddressInfo).port;
    this.#log.info('zeroconf http listening', { port: this.#port });
  }

  async stop(): Promise<void> {
    const close = this.#close;
    this.#close = undefined;
    await close?.();
  }

  #onRequest(req: IncomingMessage, res: ServerResponse): void {
    req.on('error', () => res.destroy());
    if (req.method !== 'GET' && req.method !== 'POST') {
      req.resume();
      res.setHeader('Allow', 'GET, POST');
      this.#reply(res, ZEROCONF_STATUS.badRequest, {}, 405);
      return;
    }
    readBody(req, this.#opts.maxBodyBytes ?? DEFAULT_MAX_BODY).then(
      (read) => {
        if ('tooLarge' in read) return this.#tooLarge(res, read.close);
        this.#dispatch(req, read.body.toString('utf8'))
          .then(({ info, extra }) => this.#reply(res, info, extra))
          .catch((err) => {
            this.#log.error('zeroconf handler failed', { err });
            this.#reply(res, ZEROCONF_STATUS.unknown);
          });
      },
      () => res.destroy(),
    );
  }

  #tooLarge(res: ServerResponse, close: boolean): void {
    if (res.headersSent) return;
    this.#refusals.warn('zeroconf request body too large', { limit: this.#opts.maxBodyBytes ?? DEFAULT_MAX_BODY });
    if (close) res.setHeader('Connection', 'close');
    this.#reply(res, ZEROCONF_STATUS.badRequest, {}, 413);
  }

  #reply(
    res: ServerResponse,
    info: StatusInfo,
    extra: Record<string, unknown> = {},
    httpStatus = info.httpStatus,
  ): void {
    if (res.headersSent || res.destroyed) return;
    const body = statusBody(info, extra);
    res.writeHead(httpStatus, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  }

  async #dispatch(req: IncomingMessage, body: string): Promise<{ info: StatusInfo; extra?: Record<string, unknown> }> {
    const params = new Map<string, string>();
    let action: string | undefined;
    try {
      let url: URL;
      try {
        url = new URL(req.url ?? '/', 'http://speaker');
      } catch {
        throw new ZeroconfError('ERR_ZEROCONF_URL', ZEROCONF_STATUS.badRequest, 'request target is not a valid URL');
      }
      for (const [k, v] of url.searchParams) params.set(k, v);
      if (req.method === 'POST') for (const [k, v] of new URLSearchParams(body)) params.set(k, v);
      action = params.get('action');
      switch (action) {
        case undefined:
        case '':
          throw new ZeroconfError('ERR_ZEROCONF_ACTION', ZEROCONF_STATUS.missingAction, 'no action');
        case 'getInfo':
          return { info: ZEROCONF_STATUS.ok, extra: this.#info() };
        case 'addUser':
          return await this.#addUser(params);
        case 'resetUsers':
          await this.#opts.receiver.logout?.();
          this.#activeUser = '';
          this.#log.info('zeroconf user reset');
          return { info: ZEROCONF_STATUS.ok };
        default:
          throw new ZeroconfError(
            'ERR_ZEROCONF_ACTION',
            ZEROCONF_STATUS.invalidAction,
            `unknown action ${JSON.stringify(action.slice(0, 40))}`,
          );
      }
    } catch (err) {
      const info = statusOfError(err);
      const fields = {
        action: action?.slice(0, 40),
        status: info.status,
        code: errorCode(err),
        reason: errorMessage(err),
      };
      if (info === ZEROCONF_STATUS.unknown) this.#log.error('zeroconf request failed', fields);
      else this.#refusals.warn('zeroconf request refused', fields);
      const extra: Record<string, unknown> = {};
      if (info === ZEROCONF_STATUS.invalidPublicKey) extra.publicKey = this.#keys!.publicKey.toString('base64');
      const spotifyError = (err as { protocolCode?: unknown }).protocolCode;
      if (
        (info === ZEROCONF_STATUS.loginFailed || info === ZEROCONF_STATUS.spotifyError) &&
        typeof spotifyError === 'number'
      )
        extra.spotifyError = spotifyError;
      return { info, extra };
    }
  }

  #info(): Record<string, unknown> {
    const o = this.#opts;
    // The union of librespot's and go-librespot's fields (docs/protocol/01 §3.1).
    return {
      version: '2.9.0',
      deviceID: o.deviceId,
      deviceType: o.deviceType,
      remoteName: o.name,
      publicKey: this.#keys!.publicKey.toString('base64'),
      brandDisplayName: 'spotlet',
      modelDisplayName: 'spotlet',
      libraryVersion: o.libraryVersion,
      resolverVersion: '1',
      groupStatus: 'NONE',
      tokenType: 'default',
      clientID: o.clientId,
      productID: 0,
      scope: 'streaming,client-authorization-universal',
      availability: '',
      supported_drm_media_formats: [],
      supported_capabilities: 1,
      accountReq: 'PREMIUM',
      activeUser: this.#activeUser,
      voiceSupport: 'NO',
    };
  }

  async #addUser(params: Map<string, string>): Promise<{ info: StatusInfo }> {
    const arg = (name: string): string => {
      const v = params.get(name);
      if (!v)
        throw new ZeroconfError('ERR_ZEROCONF_ARGUMENTS', ZEROCONF_STATUS.invalidArguments, `addUser without ${name}`);
      return v;
    };
    const username = arg('userName');
    if (Buffer.byteLength(username) > MAX_USERNAME_BYTES) {
      throw new ZeroconfError('ERR_ZEROCONF_ARGUMENTS', ZEROCONF_STATUS.invalidArguments, 'userName too long');
    }
    const tokenType = params.get('tokenType');
    if (tokenType !== undefined && tokenType !== 'default') {
      throw new ZeroconfError(
        'ERR_ZEROCONF_ARGUMENTS',
        ZEROCONF_STATUS.invalidArguments,
        `tokenType ${JSON.stringify(tokenType.slice(0, 40))} not supported`,
      );
    }
    const clientKey = decodeStrictBase64(arg('clientKey'), 'clientKey');
    const blob = decodeStrictBase64(arg('blob'), 'blob');
    const shared = zeroconfSharedSecret(this.#keys!, clientKey);
    const inner = openOuterBlob(shared, blob);
    const { authType, authData } = openInnerBlob(this.#opts.deviceId, username, inner);
    const run = this.#logins.catch(() => {}).then(() => this.#opts.receiver.login({ username, authType, authData }));
    this.#logins = run;
    const { username: canonical } = await run;
    this.#activeUser = canonical;
    this.#log.info('zeroconf user logged in', {
      username: canonical,
      authType,
      phone: params.get('deviceName')?.slice(0, 64),
    });
    return { info: ZEROCONF_STATUS.ok };
  }
}

function statusOfError(err: unknown): StatusInfo {
  if (err instanceof ZeroconfError) return err.info;
  // Refused by Spotify, or by this speaker (allowed_users): both are a failed login to the phone.
  if (errorCode(err) === 'ERR_AP_LOGIN_FAILED' || errorCode(err) === 'ERR_USER_NOT_ALLOWED')
    return ZEROCONF_STATUS.loginFailed;
  if (typeof (err as { protocolCode?: unknown })?.protocolCode === 'number') return ZEROCONF_STATUS.spotifyError;
  return ZEROCONF_STATUS.unknown;
}

function statusBody(info: StatusInfo, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    status: info.status,
    statusString: info.statusString,
    spotifyError: info.status === 101 ? 0 : 1,
    ...extra,
  });
}
