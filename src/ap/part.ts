/**
 * How the session plugs into the speaker: a supervisor Part that logs in with the stored credentials at
 * boot, and the CredentialsReceiver the zeroconf addUser handler calls (structurally the interface
 * src/discovery declares: resolve = login succeeded, reject with code ERR_AP_LOGIN_FAILED = refused).
 */
import type { Part } from '../supervisor/index.js';
import { ApLoginError, PremiumRequiredError } from './errors.js';
import type { Credentials } from '../protocol/index.js';
import type { ApSession } from './session.js';

export interface CredentialsReceiver {
  login(creds: { username: string; authType: number; authData: Buffer }): Promise<{ username: string }>;
  logout(): Promise<void>;
}

/**
 * Zeroconf → AP login. A free account counts as a refused login (protocolCode 11). `logout` (zeroconf
 * resetUsers) ends the session and forgets the stored credentials.
 */
export function sessionCredentialsReceiver(
  session: ApSession,
  store?: { clearCredentials(): Promise<void> },
): CredentialsReceiver {
  return {
    async logout() {
      await session.logout();
      await store?.clearCredentials();
    },
    async login(creds) {
      try {
        const info = await session.login(creds);
        return { username: info.username };
      } catch (err) {
        if (err instanceof PremiumRequiredError) throw new ApLoginError(11, err.message);
        throw err;
      }
    },
  };
}

/** The supervisor part: starts the session with `initialCredentials()` (if any) and closes it on stop. */
export function sessionPart(session: ApSession, initialCredentials: () => Credentials | undefined): Part {
  return {
    name: 'ap',
    async start() {
      const creds = initialCredentials();
      if (creds) session.start(creds);
    },
    async stop() {
      await session.close();
    },
  };
}
