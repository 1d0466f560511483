/**
 * The emulator's service contract. Each emulated Spotify service (AP, apresolve, and later CDN, login5,
 * client-token, spclient, dealer) is a module exporting an EmulatorService; startEmulator starts them in
 * order on loopback and collects their endpoints into one table every service can read.
 */
import type { KeyObject } from 'node:crypto';
import type { Logger } from '../../src/core/log.js';
import type { Accounts, AccountSpec } from './accounts.js';
import type { Catalog } from './catalog.js';
import type { ApEmulatorOptions } from './ap/server.js';
import type { AuthEmulatorOptions } from './web/tokens.js';
import type { SpClientEmulatorOptions } from './web/spclient.js';

export interface EmulatorOptions {
  /** Loopback address to listen on (default 127.0.0.1). */
  host?: string;
  /** A loaded catalog, or a catalog folder; default: the sample catalog in the cache directory. */
  catalog?: Catalog;
  catalogDir?: string;
  accounts?: AccountSpec[];
  /** PEM of the AP's RSA signing key; default: a key generated once per process. */
  apPrivateKeyPem?: string;
  /** AP knobs (ping schedule, password logins, Mercury packet size, fixed port). */
  ap?: Partial<Omit<ApEmulatorOptions, 'privateKey' | 'accounts' | 'catalog' | 'log' | 'host' | 'imageBaseUrl'>>;
  /** client-token and login5 variants (challenges) and token lifetime; default: no challenges. */
  auth?: Partial<AuthEmulatorOptions>;
  /** spclient variants (context-resolve page size, tracks named by gid only). */
  spclient?: Partial<SpClientEmulatorOptions>;
  /** Extra services started after the built-in ones (other parts' emulators, tests). */
  services?: EmulatorService[];
  log?: Logger;
}

export interface EmulatorContext {
  host: string;
  catalog: Catalog;
  accounts: Accounts;
  apKey: { privateKey: KeyObject; publicKeyPem: string };
  /**
   * Endpoint table, filled as services start: `ap` and `dealer`/`spclient` as "host:port", URLs for HTTP
   * services (`apresolve`, `cdn`, `login5`, …). Read it at request time to see services started later.
   */
  endpoints: Record<string, string>;
  /** Control objects of the services started so far, by name (e.g. the CDN for storage-resolve). */
  services: Map<string, unknown>;
  options: EmulatorOptions;
  log: Logger;
}

export interface StartedService<A = unknown> {
  endpoints: Record<string, string>;
  /** The service's control object for tests (e.g. the ApEmulator with its fault injection). */
  api?: A;
  /** Extra fields for the CLI's JSON line (e.g. the Mercury URIs answered). */
  describe?: () => Record<string, unknown>;
  stop(): Promise<void>;
}

export interface EmulatorService<A = unknown> {
  name: string;
  start(ctx: EmulatorContext): Promise<StartedService<A>>;
}
