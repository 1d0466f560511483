/**
 * The emulator of Spotify's side, on loopback. `startEmulator` starts every service in SERVICES (then the
 * caller's extra ones) and returns their endpoints, control objects and `stop()`.
 *
 * Adding a service (CDN, login5, client-token, spclient, dealer…): write `tools/emulator/<name>/index.ts`
 * exporting an `EmulatorService` (see service.ts) whose `start(ctx)` listens on `ctx.host`, returns its
 * endpoints (e.g. `{ cdn: 'http://127.0.0.1:PORT' }`) and a `stop`; then append it to SERVICES below.
 */
import { generateKeyPairSync, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/core/log.js';
import { Accounts, type Account } from './accounts.js';
import { apService, MERCURY_URIS, type ApEmulator } from './ap/index.js';
import { apresolveService } from './apresolve.js';
import { Catalog } from './catalog.js';
import { cdnService } from './cdn.js';
import { dealerService } from './web/dealer.js';
import { spclientService } from './web/spclient.js';
import { oauthService } from './web/oauth.js';
import { authService } from './web/tokens.js';
import { makeSampleCatalog } from './sample-catalog.js';
import type { EmulatorContext, EmulatorOptions, EmulatorService, StartedService } from './service.js';

export type { EmulatorContext, EmulatorOptions, EmulatorService, StartedService } from './service.js';
export { Accounts, DEFAULT_ACCOUNTS, type Account, type AccountSpec } from './accounts.js';
export { ApEmulator, MERCURY_URIS, signGs, type MercuryHandler } from './ap/index.js';
export type { ApresolveEmulator } from './apresolve.js';
export { Catalog } from './catalog.js';
export { CdnServer, type CdnFault } from './cdn.js';
export { checkHashcash, type AuthEmulator, type AuthEmulatorOptions } from './web/tokens.js';
export type { SpClientEmulator, SpClientEmulatorOptions } from './web/spclient.js';
export type { ConnectCloud } from './web/dealer.js';
export type { DeviceGrant, OAuthEmulator, OAuthEmulatorOptions } from './web/oauth.js';
export { makeSampleCatalog } from './sample-catalog.js';

/** Built-in services, started in this order. */
export const SERVICES: EmulatorService[] = [
  apService as EmulatorService,
  apresolveService as EmulatorService,
  cdnService as EmulatorService,
  authService as EmulatorService,
  spclientService as EmulatorService,
  dealerService as EmulatorService,
  oauthService as EmulatorService,
];

export interface EmulatorDescription {
  ap: string;
  apresolve: string;
  apPublicKeyPem: string;
  endpoints: Record<string, string>;
  accounts: {
    username: string;
    password: string;
    storedCredential: string;
    accessToken: string;
    premium: boolean;
    country: string;
  }[];
  tracks: { uri: string; gid: string; fileId: string; key: string; format: string; refused: boolean }[];
  mercury: string[];
  [extra: string]: unknown;
}

export interface Emulator {
  endpoints: Record<string, string>;
  ap: ApEmulator;
  accounts: Accounts;
  catalog: Catalog;
  apPublicKeyPem: string;
  /** Control objects of every service by name (e.g. `services.get('ap')`). */
  services: Map<string, unknown>;
  /** Everything a speaker or a test needs, as printed by `spotlet-emulator`. */
  describe(): EmulatorDescription;
  /** A spotlet config file (INI) pointing a speaker at this emulator; `apKeyFile` holds apPublicKeyPem. */
  configIni(apKeyFile: string): string;
  stop(): Promise<void>;
}

let processKey: KeyObject | undefined;

/** The AP signing key: given PEM, else one RSA-2048 key per process (generating one takes ~100 ms). */
function apSigningKey(pem: string | undefined): KeyObject {
  if (pem) return createPrivateKey(pem);
  processKey ??= generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent: 65537 }).privateKey;
  return processKey;
}

/** Default catalog location: the user's cache directory. */
export function defaultCatalogDir(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'spotlet', 'emulator-catalog');
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const log = opts.log ?? createLogger('emulator');
  const privateKey = apSigningKey(opts.apPrivateKeyPem);
  const publicKeyPem = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  const catalog = opts.catalog ?? Catalog.load(opts.catalogDir ?? makeSampleCatalog(defaultCatalogDir()));
  const ctx: EmulatorContext = {
    host: opts.host ?? '127.0.0.1',
    catalog,
    accounts: new Accounts(opts.accounts),
    apKey: { privateKey, publicKeyPem },
    endpoints: {},
    services: new Map(),
    options: opts,
    log,
  };
  const started: { name: string; s: StartedService }[] = [];
  const stopAll = async (): Promise<void> => {
    for (const { name, s } of started.reverse())
      await s.stop().catch((err) => log.warn('emulator service stop failed', { service: name, err }));
    started.length = 0;
  };
  try {
    for (const svc of [...SERVICES, ...(opts.services ?? [])]) {
      const s = await svc.start(ctx);
      Object.assign(ctx.endpoints, s.endpoints);
      ctx.services.set(svc.name, s.api);
      started.push({ name: svc.name, s });
    }
  } catch (err) {
    await stopAll();
    throw err;
  }
  const services = ctx.services;
  const ap = services.get('ap') as ApEmulator;
  const describe = (): EmulatorDescription => {
    const extra = Object.assign({}, ...started.map(({ s }) => s.describe?.() ?? {})) as Record<string, unknown>;
    return {
      ...extra,
      ap: ctx.endpoints.ap!,
      apresolve: ctx.endpoints.apresolve!,
      apPublicKeyPem: publicKeyPem,
      endpoints: { ...ctx.endpoints },
      accounts: ctx.accounts.list.map((a: Account) => ({
        username: a.username,
        password: a.password,
        storedCredential: a.storedCredential.toString('base64'),
        accessToken: a.accessToken,
        premium: a.premium,
        country: a.country,
      })),
      tracks: catalog.tracks.flatMap((t) =>
        t.files.map((f) => ({
          uri: t.uri,
          gid: t.gid.toString('hex'),
          fileId: f.fileId.toString('hex'),
          key: f.key.toString('hex'),
          format: f.format,
          refused: t.refused,
        })),
      ),
      mercury: MERCURY_URIS.map((u) => (u.endsWith('=') ? `${u}1024` : u)),
    };
  };
  return {
    endpoints: ctx.endpoints,
    ap,
    accounts: ctx.accounts,
    catalog,
    apPublicKeyPem: publicKeyPem,
    services,
    describe,
    configIni: (apKeyFile) =>
      [
        '# spotlet config for the emulator (written by spotlet-emulator)',
        '[spotify]',
        `apresolve_url = ${ctx.endpoints.apresolve}`,
        `ap = ${ctx.endpoints.ap}`,
        `ap_key = "${apKeyFile}"`,
        ...(ctx.endpoints.login5 ? [`login5_url = ${ctx.endpoints.login5}`] : []),
        ...(ctx.endpoints.clienttoken ? [`client_token_url = ${ctx.endpoints.clienttoken}`] : []),
        ...(ctx.endpoints.spclient_url ? [`spclient_url = ${ctx.endpoints.spclient_url}`] : []),
        ...(ctx.endpoints.dealer_url ? [`dealer_url = ${ctx.endpoints.dealer_url}`] : []),
        ...(ctx.endpoints.accounts ? [`accounts_url = ${ctx.endpoints.accounts}`] : []),
        '',
      ].join('\n'),
    stop: stopAll,
  };
}
