/**
 * Login without a phone on the LAN: the OAuth device authorization grant (src/web's DeviceAuthorization), then
 * the AP login with the access token, whose reusable credentials the session stores as it does a phone's. One
 * login at a time; started from the web page or a long press of the play button, shown on the page (the code)
 * and the LED (waiting for the code), cancelled from the page or by a newer start after it ended.
 */
import { EventEmitter } from 'node:events';
import { errorCode, errorMessage } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import type { DeviceLoginStatus } from '../port/index.js';
import type { DeviceAuthorization } from '../web/index.js';

export interface DeviceLoginOptions {
  /** The grant's client, made when a login starts: a speaker that never uses it never loads the web part for it. */
  auth(): Promise<DeviceAuthorization>;
  /** Logs in to the AP with the access token; resolves with the canonical username. */
  login(accessToken: string): Promise<{ username: string }>;
  log: Logger;
}

export interface DeviceLoginEvents {
  status: [status: DeviceLoginStatus];
}

export class DeviceLogin extends EventEmitter<DeviceLoginEvents> {
  #o: DeviceLoginOptions;
  #status: DeviceLoginStatus = { phase: 'idle' };
  #abort: AbortController | undefined;

  constructor(o: DeviceLoginOptions) {
    super();
    this.#o = o;
  }

  get status(): DeviceLoginStatus {
    return this.#status;
  }

  /** Whether a login is under way (a new start joins it). */
  get running(): boolean {
    return this.#abort !== undefined;
  }

  /** Starts a login unless one runs; `source` says who asked (logged). */
  start(source: string): DeviceLoginStatus {
    if (this.#abort) return this.#status;
    const abort = new AbortController();
    this.#abort = abort;
    this.#o.log.info('device login started', { source });
    void this.#run(abort.signal).finally(() => {
      if (this.#abort === abort) this.#abort = undefined;
    });
    return this.#status;
  }

  /** Ends a login under way (the page's cancel, shutdown); the AP login itself, once begun, runs to its end. */
  cancel(): void {
    if (this.#status.phase !== 'logging-in') this.#abort?.abort();
  }

  async #run(signal: AbortSignal): Promise<void> {
    const { log } = this.#o;
    try {
      this.#set({ phase: 'requesting' });
      const auth = await this.#o.auth();
      const code = await auth.requestCode(signal);
      this.#set({
        phase: 'waiting',
        userCode: code.userCode,
        verificationUri: code.verificationUri,
        verificationUriComplete: code.verificationUriComplete,
        expiresAt: Date.now() + code.expiresInS * 1000,
        intervalS: code.intervalS,
      });
      // The code itself is for the owner's page only: the log is open on the LAN.
      log.info('device login waiting for the code', {
        verificationUri: code.verificationUri,
        expiresInS: code.expiresInS,
      });
      const token = await auth.waitForToken(code, signal, (outcome, waitS) =>
        log.debug('device login poll', { outcome, nextPollInS: waitS }),
      );
      if (signal.aborted) throw signal.reason;
      this.#set({ phase: 'logging-in' });
      const { username } = await this.#o.login(token.accessToken);
      log.info('device login done', { username });
      this.#set({ phase: 'done', username });
    } catch (err) {
      const code = signal.aborted ? 'ERR_DEVICE_AUTH_CANCELLED' : errorCode(err);
      const reason = signal.aborted ? 'the device login was cancelled' : errorMessage(err);
      log.warn('device login failed', { code, reason });
      this.#set({ phase: 'failed', code, reason });
    }
  }

  #set(status: DeviceLoginStatus): void {
    this.#status = status;
    this.emit('status', status);
  }
}
