/**
 * Watches the host's network links (os.networkInterfaces, which lists only interfaces that are up and running):
 * an address that appears (Wi-Fi joined late at boot, a cable plugged back, a router restart handing out a new
 * DHCP lease) is reported at once, so every part waiting out a backoff tries again instead of waiting up to 30 s,
 * and the mDNS responder announces on it. The one poll of the interfaces in the speaker.
 */
import { EventEmitter } from 'node:events';
import { networkInterfaces } from 'node:os';
import type { Logger } from './log.js';

export interface LinkMonitorEvents {
  /** Addresses came (`added`) or went (`removed`), as "ifname address/prefix" (a new netmask is both). */
  change: [change: { added: string[]; removed: string[] }];
}

/** Every address of the interfaces that are up, loopback too (mDNS may be pinned to it), as "ifname address/prefix". */
function currentAddresses(): Set<string> {
  const out = new Set<string>();
  for (const [ifname, addrs] of Object.entries(networkInterfaces()))
    for (const a of addrs ?? []) out.add(`${ifname} ${a.cidr ?? a.address}`);
  return out;
}

export class LinkMonitor extends EventEmitter<LinkMonitorEvents> {
  #known = new Set<string>();
  #timer: NodeJS.Timeout | undefined;

  constructor(
    readonly log: Logger,
    readonly pollMs = 1000,
  ) {
    super();
  }

  start(): void {
    this.#known = currentAddresses();
    this.#timer = setInterval(() => this.check(), this.pollMs);
    this.#timer.unref();
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Compares the addresses with the last check and reports a change. */
  check(): void {
    const now = currentAddresses();
    const added = [...now].filter((a) => !this.#known.has(a));
    const removed = [...this.#known].filter((a) => !now.has(a));
    this.#known = now;
    if (!added.length && !removed.length) return;
    this.log.info('network links changed', { added, removed });
    this.emit('change', { added, removed });
  }
}
