/**
 * client-token and login5 (docs/protocol/03 §7–8): the client token identifies the installation; login5 turns
 * the AP's reusable credentials into the bearer token every web API call uses. `AccessTokens` caches the
 * token until 10 s before it expires and refreshes it with one request at a time.
 */
import { arch, release, version } from 'node:os';
import { monotonicMs } from '../core/clock.js';
import { errorMessage, SpotletError } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import { spotify as ct } from '../gen/clienttoken.js';
import { spotify as l5 } from '../gen/login5.js';
import { solveHashcash } from './hashcash.js';
import { httpFetch, USER_AGENT } from '../core/http.js';

const CT = ct.clienttoken.http.v0;
const L5 = l5.login5.v3;

export class Login5Error extends SpotletError {
  constructor(message: string, code?: number) {
    super('ERR_LOGIN5', message, code === undefined ? {} : { protocolCode: code });
  }
}

export interface WebEndpoints {
  clientId: string;
  /** Sent to client-token and spclient. */
  clientVersion: string;
  login5Url: string;
  clientTokenUrl: string;
}

/** The client token: fetched once, refreshed after the server's refresh time. */
export class ClientToken {
  #token: string | undefined;
  /** Monotonic time to fetch a new one (a wall-clock jump must not expire or keep a token). */
  #refreshAt = 0;
  #pending: Promise<string> | undefined;

  constructor(
    readonly endpoints: WebEndpoints,
    readonly deviceId: string,
  ) {}

  get(): Promise<string> {
    if (this.#token && monotonicMs() < this.#refreshAt) return Promise.resolve(this.#token);
    this.#pending ??= this.#fetch().finally(() => (this.#pending = undefined));
    return this.#pending;
  }

  /** Forgets the token (login5 no longer takes it): the next `get` asks for a new one. */
  invalidate(): void {
    this.#token = undefined;
  }

  async #post(msg: ct.clienttoken.http.v0.IClientTokenRequest): Promise<ct.clienttoken.http.v0.ClientTokenResponse> {
    const res = await httpFetch(this.endpoints.clientTokenUrl, {
      method: 'POST',
      headers: { Accept: 'application/x-protobuf', 'Content-Type': 'application/x-protobuf' },
      body: Buffer.from(CT.ClientTokenRequest.encode(CT.ClientTokenRequest.create(msg)).finish()),
    });
    if (res.status !== 200) throw new Login5Error(`client-token answered HTTP ${res.status}`, res.status);
    try {
      return CT.ClientTokenResponse.decode(res.body);
    } catch (err) {
      throw new Login5Error(`client-token answer is not a ClientTokenResponse: ${errorMessage(err)}`);
    }
  }

  async #fetch(): Promise<string> {
    let res = await this.#post({
      requestType: CT.ClientTokenRequestType.REQUEST_CLIENT_DATA_REQUEST,
      clientData: {
        clientVersion: this.endpoints.clientVersion,
        clientId: this.endpoints.clientId,
        connectivitySdkData: {
          deviceId: this.deviceId,
          platformSpecificData: {
            desktopLinux: {
              systemName: 'Linux',
              systemRelease: release(),
              systemVersion: version(),
              hardware: arch() === 'arm64' ? 'aarch64' : arch(),
            },
          },
        },
      },
    });
    if (res.responseType === CT.ClientTokenResponseType.RESPONSE_CHALLENGES_RESPONSE && res.challenges) {
      const answers = (res.challenges.challenges ?? []).map((c) => {
        const p = c.evaluateHashcashParameters;
        if (c.type !== CT.ChallengeType.CHALLENGE_HASH_CASH || !p)
          throw new Login5Error(`client-token challenge type ${c.type} is not supported`);
        const { suffix } = solveHashcash(Buffer.alloc(0), Buffer.from(p.prefix ?? '', 'hex'), p.length ?? 0);
        return {
          challengeType: CT.ChallengeType.CHALLENGE_HASH_CASH,
          hashCash: { suffix: suffix.toString('hex').toUpperCase() },
        };
      });
      res = await this.#post({
        requestType: CT.ClientTokenRequestType.REQUEST_CHALLENGE_ANSWERS_REQUEST,
        challengeAnswers: { state: res.challenges.state, answers },
      });
    }
    const granted = res.grantedToken;
    if (!granted?.token) throw new Login5Error('client-token granted no token');
    this.#token = granted.token;
    this.#refreshAt =
      monotonicMs() + Math.max(60, granted.refreshAfterSeconds || granted.expiresAfterSeconds || 3600) * 1000;
    return granted.token;
  }
}

export interface StoredCredential {
  username: string;
  data: Buffer;
}

/** Bearer tokens from login5 for all web API calls. */
export class AccessTokens {
  #token: string | undefined;
  #expiresAt = 0;
  #pending: Promise<string> | undefined;

  constructor(
    readonly endpoints: WebEndpoints,
    readonly deviceId: string,
    readonly credential: () => StoredCredential | undefined,
    readonly clientToken: ClientToken,
    readonly log: Logger,
  ) {}

  /** A valid token (cached until 10 s before expiry). */
  get(): Promise<string> {
    if (this.#token && monotonicMs() < this.#expiresAt - 10_000) return Promise.resolve(this.#token);
    this.#pending ??= this.#login().finally(() => (this.#pending = undefined));
    return this.#pending;
  }

  /** Forgets the token (a 401 from an API). */
  invalidate(): void {
    this.#token = undefined;
  }

  async #login(): Promise<string> {
    const cred = this.credential();
    if (!cred) throw new Login5Error('no stored credentials to log in with');
    const base: l5.login5.v3.ILoginRequest = {
      clientInfo: { clientId: this.endpoints.clientId, deviceId: this.deviceId },
      storedCredential: { username: cred.username, data: cred.data },
    };
    let request = base;
    let clientTokenRenewed = false;
    for (let attempt = 0; attempt < 3; attempt++) {
      const res = await httpFetch(this.endpoints.login5Url, {
        method: 'POST',
        headers: {
          Accept: 'application/x-protobuf',
          'Client-Token': await this.clientToken.get(),
          'User-Agent': USER_AGENT,
        },
        body: Buffer.from(L5.LoginRequest.encode(L5.LoginRequest.create(request)).finish()),
      });
      if (res.status === 401 && !clientTokenRenewed) {
        // The client token is no longer known (expired, or the service forgot it): a new one, and again.
        this.log.warn('login5 refused the client token, asking for a new one');
        this.clientToken.invalidate();
        clientTokenRenewed = true;
        attempt--;
        continue;
      }
      if (res.status !== 200) throw new Login5Error(`login5 answered HTTP ${res.status}`, res.status);
      let msg: l5.login5.v3.LoginResponse;
      try {
        msg = L5.LoginResponse.decode(res.body);
      } catch (err) {
        throw new Login5Error(`login5 answer is not a LoginResponse: ${errorMessage(err)}`);
      }
      if (msg.ok?.accessToken) {
        this.#token = msg.ok.accessToken;
        const ttl = (msg.ok.accessTokenExpiresIn ?? 0) > 0 ? msg.ok.accessTokenExpiresIn! : 3600;
        this.#expiresAt = monotonicMs() + ttl * 1000;
        this.log.info('access token obtained', { expiresInS: ttl });
        return msg.ok.accessToken;
      }
      if (msg.challenges) {
        const start = process.hrtime.bigint();
        const solutions: l5.login5.v3.IChallengeSolution[] = (msg.challenges.challenges ?? []).map((c) => {
          if (!c.hashcash)
            throw new Login5Error('login5 asked for a code challenge (SMS), which a speaker cannot answer');
          const { suffix } = solveHashcash(
            Buffer.from(msg.loginContext ?? []),
            Buffer.from(c.hashcash.prefix ?? []),
            c.hashcash.length ?? 0,
          );
          const ns = Number(process.hrtime.bigint() - start);
          return { hashcash: { suffix, duration: { seconds: Math.floor(ns / 1e9), nanos: ns % 1e9 } } };
        });
        request = { ...base, loginContext: msg.loginContext, challengeSolutions: { solutions } };
        continue;
      }
      const code = msg.error ?? 0;
      if (code === L5.LoginError.TIMEOUT || code === L5.LoginError.TOO_MANY_ATTEMPTS) {
        await new Promise((r) => setTimeout(r, 3000));
        request = base;
        continue;
      }
      throw new Login5Error(`login5 refused the login: ${L5.LoginError[code] ?? code}`, code);
    }
    throw new Login5Error('login5 gave no token after 3 attempts');
  }
}
