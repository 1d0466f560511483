/**
 * Proof of ownership for the page. Views are open on the LAN; changing anything needs an owner's browser:
 * one paired by a press of the speaker's button within 30 s of asking (as a Hue bridge pairs apps), or one
 * that gave the password set in spotlet.conf. An owner's browser holds a random token in a cookie; only the
 * token's SHA-256 is kept, in the state directory (written atomically), so a paired phone stays paired across
 * restarts and a copy of the state directory pairs nobody.
 *
 * Pairing races: one request may wait at a time. A second request while one waits cancels both (a press
 * then pairs nobody and both pages say so), so a stranger asking at the same moment never rides on the
 * owner's press.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monotonicMs } from '../core/clock.js';
import type { Logger } from '../core/log.js';
import { writeFileAtomic } from '../core/state.js';

/** How long a pairing request waits for the button (Hue's link button window). */
export const PAIRING_WINDOW_MS = 30_000;
/** Paired browsers kept; the least recently paired goes first. */
const MAX_OWNERS = 32;
/** Wrong passwords allowed per minute (all clients together), then the password login waits. */
const PASSWORD_FAILURES_PER_MINUTE = 5;
const OWNERS_FILE = 'web-owners.json';
/** Pairing requests remembered (their answers); a flood of requests drops the oldest. */
const MAX_REQUESTS = 64;

export type PairingState = 'waiting' | 'paired' | 'expired' | 'cancelled' | 'unknown';

interface OwnerRecord {
  hash: string;
  since: string;
  how: 'button' | 'password';
}

interface PairingRequest {
  id: string;
  expiresAt: number;
  state: 'waiting' | 'approved' | 'cancelled';
}

export interface OwnersOptions {
  stateDir: string;
  /** The `[web] password`; empty = none. */
  password: string;
  log: Logger;
  /** The clock windows are timed on (monotonic: a wall clock set by NTP meanwhile changes no window). */
  now?: () => number;
}

const sha256 = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

export class Owners {
  #o: OwnersOptions;
  #now: () => number;
  #file: string;
  #owners: OwnerRecord[] = [];
  #requests = new Map<string, PairingRequest>();
  #failures: number[] = [];

  constructor(o: OwnersOptions) {
    this.#o = o;
    this.#now = o.now ?? monotonicMs;
    this.#file = join(o.stateDir, OWNERS_FILE);
    this.#owners = this.#read();
  }

  get passwordSet(): boolean {
    return this.#o.password !== '';
  }

  get count(): number {
    return this.#owners.length;
  }

  /** Whether `token` (the cookie's value) is a paired browser's. */
  isOwner(token: string | undefined): boolean {
    if (!token || token.length > 128) return false;
    const hash = sha256(token);
    return this.#owners.some((o) => timingSafeEqual(Buffer.from(o.hash, 'hex'), hash));
  }

  /** A browser asks to pair; `undefined` when another request was waiting (both are cancelled). */
  requestPairing(): { requestId: string; windowS: number } | undefined {
    const now = this.#now();
    const waiting = [...this.#requests.values()].filter((r) => r.state === 'waiting' && r.expiresAt > now);
    this.#prune(now);
    if (waiting.length) {
      for (const r of waiting) r.state = 'cancelled';
      return undefined;
    }
    const id = randomBytes(24).toString('base64url');
    const expiresAt = now + PAIRING_WINDOW_MS;
    this.#requests.set(id, { id, expiresAt, state: 'waiting' });
    for (const old of this.#requests.keys()) {
      if (this.#requests.size <= MAX_REQUESTS) break;
      this.#requests.delete(old);
    }
    return { requestId: id, windowS: PAIRING_WINDOW_MS / 1000 };
  }

  /** Whether a pairing request waits for the button now. */
  get pairingOpen(): boolean {
    const now = this.#now();
    return [...this.#requests.values()].some((r) => r.state === 'waiting' && r.expiresAt > now);
  }

  /** A press of the speaker's button: approves the waiting request; true when there was one (the press is used). */
  buttonPressed(): boolean {
    const now = this.#now();
    const waiting = [...this.#requests.values()].find((r) => r.state === 'waiting' && r.expiresAt > now);
    if (!waiting) return false;
    waiting.state = 'approved';
    this.#o.log.info('pairing confirmed by the speaker button');
    return true;
  }

  /** Where a request is; an approved one hands out its owner token once. */
  async claim(requestId: string): Promise<{ state: PairingState; token?: string }> {
    const r = this.#requests.get(requestId);
    if (!r) return { state: 'unknown' };
    if (r.state === 'cancelled') return { state: 'cancelled' };
    if (r.state === 'waiting') return { state: this.#now() < r.expiresAt ? 'waiting' : 'expired' };
    this.#requests.delete(requestId);
    return { state: 'paired', token: await this.#mint('button') };
  }

  /** The password login: a token, or why not. */
  async passwordLogin(password: string): Promise<{ token: string } | { refused: 'no-password' | 'wrong' | 'wait' }> {
    if (!this.passwordSet) return { refused: 'no-password' };
    const now = this.#now();
    this.#failures = this.#failures.filter((t) => now - t < 60_000);
    if (this.#failures.length >= PASSWORD_FAILURES_PER_MINUTE) return { refused: 'wait' };
    if (!timingSafeEqual(sha256(password), sha256(this.#o.password))) {
      this.#failures.push(now);
      this.#o.log.warn('wrong page password');
      return { refused: 'wrong' };
    }
    this.#o.log.info('a browser logged in with the page password');
    return { token: await this.#mint('password') };
  }

  /** This browser signs out. */
  async revoke(token: string | undefined): Promise<void> {
    if (!token) return;
    const hash = sha256(token).toString('hex');
    const before = this.#owners.length;
    this.#owners = this.#owners.filter((o) => o.hash !== hash);
    if (this.#owners.length !== before) await this.#save();
  }

  /** Every paired browser is forgotten (this one too). */
  async revokeAll(): Promise<void> {
    this.#owners = [];
    this.#o.log.info('every paired browser forgotten');
    await this.#save();
  }

  async #mint(how: OwnerRecord['how']): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    this.#owners.push({ hash: sha256(token).toString('hex'), since: new Date().toISOString(), how });
    if (this.#owners.length > MAX_OWNERS) this.#owners.splice(0, this.#owners.length - MAX_OWNERS);
    await this.#save();
    return token;
  }

  #prune(now: number): void {
    for (const [id, r] of this.#requests) if (r.expiresAt + PAIRING_WINDOW_MS < now) this.#requests.delete(id);
  }

  #read(): OwnerRecord[] {
    let text: string;
    try {
      text = readFileSync(this.#file, 'utf8');
    } catch {
      return [];
    }
    try {
      const v = JSON.parse(text) as { owners?: unknown };
      if (!Array.isArray(v.owners)) throw new Error('no owners list');
      return v.owners.filter(
        (o): o is OwnerRecord =>
          !!o && typeof o.hash === 'string' && /^[0-9a-f]{64}$/.test(o.hash) && typeof o.since === 'string',
      );
    } catch (err) {
      this.#o.log.warn('paired browsers file unreadable; pair again', { file: this.#file, err });
      return [];
    }
  }

  #save(): Promise<void> {
    return writeFileAtomic(this.#file, `${JSON.stringify({ owners: this.#owners })}\n`, 0o600).catch((err) =>
      this.#o.log.error('could not save the paired browsers', { err }),
    );
  }
}
