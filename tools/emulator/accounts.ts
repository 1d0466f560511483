/**
 * The emulator's Spotify accounts, shared by every emulated service: passwords, access tokens (for
 * SPOTIFY_TOKEN logins and later login5) and reusable stored credentials. A stored credential is opaque to
 * clients, but the emulator can verify any it minted: `v1 ‖ 16 random bytes ‖ HMAC-SHA256(secret, username ‖ random)`.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface AccountSpec {
  username: string;
  password: string;
  /** Premium (default) or free; a free account logs in but ProductInfo says `free`. */
  premium?: boolean;
  /** CountryCode sent after login (default SE). */
  country?: string;
}

export interface Account {
  username: string;
  password: string;
  premium: boolean;
  country: string;
  /** An OAuth-style access token accepted for SPOTIFY_TOKEN logins. */
  accessToken: string;
  /** A reusable credential minted at start (any minted one is accepted). */
  storedCredential: Buffer;
  /** Account attributes the app can change (ProductInfo at login, dealer pushes later): `autoplay` is "1"/"0". */
  attributes: Record<string, string>;
}

export const DEFAULT_ACCOUNTS: AccountSpec[] = [
  { username: 'spotlet-test-user', password: 'spotlet-test-password', premium: true },
  { username: 'spotlet-free-user', password: 'spotlet-free-password', premium: false },
];

const VERSION = Buffer.from('v1');

export class Accounts {
  readonly list: Account[];
  #secret: Buffer;

  constructor(specs: AccountSpec[] = DEFAULT_ACCOUNTS, secret: Buffer = randomBytes(32)) {
    this.#secret = secret;
    this.list = specs.map((s) => ({
      username: s.username,
      password: s.password,
      premium: s.premium ?? true,
      country: s.country ?? 'SE',
      accessToken: `emu-${randomBytes(24).toString('base64url')}`,
      storedCredential: Buffer.alloc(0),
      attributes: { autoplay: '1' },
    }));
    for (const a of this.list) a.storedCredential = this.mintStoredCredential(a.username);
  }

  byUsername(username: string | undefined): Account | undefined {
    return username === undefined ? undefined : this.list.find((a) => a.username === username);
  }

  #bearers = new Map<string, { username: string; expiresAt: number }>();

  /** Issues a web-API bearer token (login5) valid for `ttlS` seconds. */
  issueBearer(username: string, ttlS: number): string {
    const token = `BQ-${randomBytes(32).toString('base64url')}`;
    this.#bearers.set(token, { username, expiresAt: Date.now() + ttlS * 1000 });
    return token;
  }

  /** The account of a valid, unexpired bearer token. */
  byBearer(token: string | undefined): Account | undefined {
    const b = token ? this.#bearers.get(token) : undefined;
    if (!b) return undefined;
    if (Date.now() >= b.expiresAt) {
      this.#bearers.delete(token!);
      return undefined;
    }
    return this.byUsername(b.username);
  }

  /** When a bearer token expires (ms since epoch); undefined for an unknown one. */
  bearerExpiresAt(token: string): number | undefined {
    return this.#bearers.get(token)?.expiresAt;
  }

  /** Every bearer token of the user expires now (fault injection: what an hour of uptime does). */
  expireBearers(username: string): void {
    for (const b of this.#bearers.values()) if (b.username === username) b.expiresAt = 0;
  }

  #oauthTokens = new Map<string, string>();

  /** An OAuth access token of `username` (what the accounts service grants), accepted for SPOTIFY_TOKEN logins. */
  issueAccessToken(username: string): string {
    const token = `emu-${randomBytes(24).toString('base64url')}`;
    this.#oauthTokens.set(token, username);
    return token;
  }

  byAccessToken(token: string): Account | undefined {
    const t = Buffer.from(token);
    const granted = this.#oauthTokens.get(token);
    if (granted) return this.byUsername(granted);
    return this.list.find(
      (a) => a.accessToken.length === token.length && timingSafeEqual(Buffer.from(a.accessToken), t),
    );
  }

  checkPassword(username: string | undefined, password: Buffer): Account | undefined {
    const a = this.byUsername(username);
    if (!a) return undefined;
    const want = Buffer.from(a.password);
    return want.length === password.length && timingSafeEqual(want, password) ? a : undefined;
  }

  mintStoredCredential(username: string): Buffer {
    const nonce = randomBytes(16);
    return Buffer.concat([VERSION, nonce, this.#mac(username, nonce)]);
  }

  verifyStoredCredential(username: string | undefined, data: Buffer): Account | undefined {
    const a = this.byUsername(username);
    if (!a || data.length !== 2 + 16 + 32 || !data.subarray(0, 2).equals(VERSION)) return undefined;
    return timingSafeEqual(data.subarray(18), this.#mac(a.username, data.subarray(2, 18))) ? a : undefined;
  }

  #mac(username: string, nonce: Buffer): Buffer {
    return createHmac('sha256', this.#secret).update(username).update(nonce).digest();
  }
}
