/**
 * The advertisement through the host's avahi-daemon, for when avahi holds UDP 5353 alone
 * (`disallow-other-stacks=yes`, or any program bound to it exclusively) and our own responder cannot bind.
 * Like librespot's `with-avahi` backend, the service is registered with avahi's D-Bus API (an EntryGroup with
 * AddService, committed; avahi probes, announces, renames on a conflict and says goodbye), here through
 * `avahi-publish` (avahi-utils), avahi's own client of that API: no D-Bus code of ours, and avahi's client library
 * handles a name conflict (it picks "Name #2") and the daemon's restarts. The child is kept running; a
 * missing avahi-publish or daemon is logged, and tried again with the shared backoff.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Backoff } from '../core/backoff.js';
import type { Logger } from '../core/log.js';

export interface AvahiPublisherOptions {
  /** Instance name as configured. */
  name: string;
  /** DNS-SD service type without `.local`, e.g. `_spotify-connect._tcp`. */
  type: string;
  port: () => number;
  txt: readonly string[];
  log: Logger;
  /** The avahi-publish command (a test may name another path). */
  command?: string;
}

/** Restarts of avahi-publish: 1 s doubling to a minute (a daemon that is not there yet may come later). */
const RESTART = { firstMs: 1000, maxMs: 60_000, jitter: 0.2 };

export class AvahiPublisher {
  readonly #o: AvahiPublisherOptions;
  #child: ChildProcess | undefined;
  #stopped = true;
  #timer: NodeJS.Timeout | undefined;
  #backoff = new Backoff(RESTART);
  /** The name avahi registered (after a conflict it differs from the configured one). */
  registeredName: string | undefined;

  constructor(o: AvahiPublisherOptions) {
    this.#o = o;
  }

  get running(): boolean {
    return !this.#stopped;
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#spawn();
  }

  #spawn(): void {
    if (this.#stopped) return;
    const { log } = this.#o;
    // --no-fail: wait for the daemon if it is not running yet (or restarts) instead of exiting.
    const args = ['--no-fail', '-s', this.#o.name, this.#o.type, String(this.#o.port()), ...this.#o.txt];
    const child = spawn(this.#o.command ?? 'avahi-publish', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.#child = child;
    const startedOk = { value: false };
    const onLine = (line: string): void => {
      if (this.#child !== child) return; // read after the child ended (readline is loaded late): stale
      // "Established under name 'Kitchen'" / "Service name collision, renaming service to 'Kitchen #2'".
      const established = /^Established under name '(.*)'$/.exec(line.trim());
      if (established) {
        startedOk.value = true;
        this.#backoff.reset();
        this.registeredName = established[1];
        log.info('mdns registered through avahi', { instance: established[1], port: this.#o.port() });
      } else if (line.trim()) log.info('avahi-publish', { line: line.trim() });
    };
    // readline is loaded here, not at the start of every speaker (most use the built-in responder); the child's
    // output waits in its pipes meanwhile.
    void import('node:readline').then(({ createInterface }) => {
      createInterface({ input: child.stdout! }).on('line', onLine);
      createInterface({ input: child.stderr! }).on('line', onLine);
    });
    child.on('error', (err) => {
      log.error('avahi-publish could not be started (install avahi-utils to advertise through avahi)', { err });
    });
    child.on('close', (code, signal) => {
      if (this.#child === child) this.#child = undefined;
      this.registeredName = undefined;
      if (this.#stopped) return;
      const inMs = this.#backoff.next();
      log.warn('avahi-publish ended, starting it again', { code, signal, inMs, wasRegistered: startedOk.value });
      this.#timer = setTimeout(() => this.#spawn(), inMs);
    });
  }

  /** Withdraws the service (avahi-publish ends on SIGTERM: avahi says goodbye) and waits for the child. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    const child = this.#child;
    this.#child = undefined;
    this.registeredName = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const hard = setTimeout(() => child.kill('SIGKILL'), 2000);
      child.once('close', () => {
        clearTimeout(hard);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
}
