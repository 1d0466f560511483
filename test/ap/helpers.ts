/** Shared setup for the AP tests: a small real catalog (built once per machine) and a session factory. */
import { createPublicKey } from 'node:crypto';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ApSession, type ApSessionOptions, type SessionState, type SessionTimers } from '../../src/ap/index.js';
import { createLogger } from '../../src/core/log.js';
import {
  Catalog,
  makeSampleCatalog,
  startEmulator,
  type Emulator,
  type EmulatorOptions,
} from '../../tools/emulator/index.js';

let catalog: Catalog | undefined;

export function testCatalog(): Catalog {
  catalog ??= Catalog.load(makeSampleCatalog(join(tmpdir(), 'spotlet-ap-test-catalog'), { tracks: 2, seconds: 1 }));
  return catalog;
}

export const FAST_TIMERS: Partial<SessionTimers> = {
  connectMs: 2_000,
  loginMs: 2_000,
  productInfoMs: 1_000,
  pongDelayMs: 20,
  reconnectMinMs: 50,
  reconnectMaxMs: 300,
  reconnectWindowMs: 60_000,
  reconnectLimit: 50,
};

export function emulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ catalog: testCatalog(), ...opts, ap: { firstPingMs: 2_000, ...opts.ap } });
}

export function session(emu: Emulator, over: Partial<ApSessionOptions> = {}): ApSession {
  return new ApSession({
    endpoints: {
      apresolveUrl: emu.endpoints.apresolve!,
      accessPoint: emu.endpoints.ap!,
      apKeyFile: '',
      versionString: 'spotlet test',
      systemInfo: 'spotlet-test',
    },
    deviceId: '0123456789abcdef0123456789abcdef01234567',
    log: createLogger('test.ap'),
    serverKey: createPublicKey(emu.apPublicKeyPem),
    ...over,
    timers: { ...FAST_TIMERS, ...over.timers },
  });
}

/** Resolves when the session reaches `state` (rejects after `ms`). */
export function waitForState(s: ApSession, state: SessionState, ms = 5_000): Promise<void> {
  if (s.state === state) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => {
      s.off('state', on);
      reject(new Error(`session did not reach ${state} within ${ms} ms (now ${s.state})`));
    }, ms);
    const on = (st: SessionState): void => {
      if (st !== state) return;
      clearTimeout(t);
      s.off('state', on);
      resolve();
    };
    s.on('state', on);
  });
}

/** Polls `cond` every 10 ms up to `ms`. */
export async function until(cond: () => boolean, ms = 5_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
