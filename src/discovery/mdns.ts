/**
 * mDNS / DNS-SD responder for `_spotify-connect._tcp` (docs/protocol/01 §2, RFC 6762/6763) on `multicast-dns`.
 * One socket per interface, each advertising that interface's own addresses. `multicast-dns` only moves
 * packets; probing, announcing, conflict renames, known-answer suppression, QU and legacy-unicast replies
 * and goodbyes are done here: the package does none of them.
 */
import { createSocket, type SocketOptions } from 'node:dgram';
import { networkInterfaces } from 'node:os';
import { isIPv4 } from 'node:net';
import multicastDns from 'multicast-dns';
import type { Answer, Question } from 'dns-packet';
import { monotonicMs } from '../core/clock.js';
import type { Logger } from '../core/log.js';
import { errorMessage } from '../core/errors.js';

export const SERVICE_TYPE = '_spotify-connect._tcp.local';
const SERVICES_META = '_services._dns-sd._udp.local';
const MDNS_PORT = 5353;
/** RFC 6762 §10: host records 120 s, the rest 4500 s; legacy unicast answers at most 10 s. */
const TTL_HOST = 120;
const TTL_OTHER = 4500;
const TTL_LEGACY = 10;
/** dns-packet decodes a question with the unicast-response bit as this class (it cannot read the bit). */
const CLASS_IN_QU = 'UNKNOWN_32769';
/** An interface whose socket could not be opened is tried again this much later. */
const UNUSABLE_RETRY_MS = 3000;

/**
 * dgram's address lookup for a socket of `family` that only ever binds and sends to address literals (the groups,
 * the interface's addresses, a querier's source): passed through as they are. Node's own would call dns.lookup,
 * whose IPv6 check compiles Node's address pattern, ~5 ms of CPU at every start.
 */
function literalLookup(family: 4 | 6): NonNullable<SocketOptions['lookup']> {
  // Answered on the next tick, as dns.lookup answers a literal: multicast-dns finishes its setup before binding.
  return (address, _options, callback) => process.nextTick(callback, null, address, family);
}

export interface MdnsResponderOptions {
  /** Instance name as configured (the name the phone lists). */
  name: string;
  /** Host label without `.local`, unique per device (e.g. `kitchen-3a0d2c`). */
  hostLabel: string;
  /** TCP port of the zeroconf HTTP server (read when records are built). */
  port: () => number;
  /** TXT strings, e.g. `CPath=/`. */
  txt: readonly string[];
  /** Interface names to use; empty = every interface that is up, not loopback, with IPv4. */
  interfaces: readonly string[];
  log: Logger;
  /**
   * Another mDNS stack holds UDP 5353 alone (avahi with `disallow-other-stacks`): this responder cannot work and
   * ignores link changes from then on; the caller advertises another way.
   */
  onPortTaken?: (err: Error) => void;
}

interface LinkAddresses {
  ifname: string;
  ipv4: string;
  netmask: string;
  ipv6: string[];
}

type LinkState = 'opening' | 'probing' | 'announced' | 'closed';

/** The instance label for a name, with " (n)" after a conflict; dots would split the DNS label. */
export function instanceLabel(name: string, attempt: number): string {
  const suffix = attempt > 1 ? ` (${attempt})` : '';
  let base = name.replace(/\./g, '-');
  while (Buffer.byteLength(base + suffix) > 63) base = base.slice(0, -1);
  return base + suffix;
}

/** A host label made from the display name plus part of the device id, so two speakers never share one. */
export function hostLabelFor(name: string, deviceId: string): string {
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'spotlet';
  return `${slug}-${deviceId.slice(0, 6)}`;
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function ipv4InSubnet(addr: string, base: string, mask: string): boolean {
  if (!isIPv4(addr)) return false;
  const n = (s: string): number => s.split('.').reduce((acc, o) => (acc << 8) | Number(o), 0) >>> 0;
  const m = n(mask);
  return (n(addr) & m) >>> 0 === (n(base) & m) >>> 0;
}

/** The current addresses of the chosen interfaces. */
function readLinks(only: readonly string[]): LinkAddresses[] {
  const out: LinkAddresses[] = [];
  for (const [ifname, addrs] of Object.entries(networkInterfaces())) {
    if (!addrs) continue;
    if (only.length ? !only.includes(ifname) : addrs.some((a) => a.internal)) continue;
    const v4 = addrs.find((a) => a.family === 'IPv4');
    if (!v4) continue;
    const ipv6 = addrs.filter((a) => a.family === 'IPv6').map((a) => a.address);
    out.push({ ifname, ipv4: v4.address, netmask: v4.netmask, ipv6 });
  }
  return out;
}

const signature = (l: LinkAddresses): string => [l.ipv4, l.netmask, ...l.ipv6].join(',');

export class MdnsResponder {
  readonly #opts: MdnsResponderOptions;
  readonly #log: Logger;
  #links = new Map<string, InterfaceLink>();
  #nameAttempt = 1;
  #hostAttempt = 1;
  /** Until started, and after a stop or when another stack holds the port: link changes are ignored. */
  #stopped = true;
  #recentConflicts: number[] = [];
  #syncing: Promise<void> | undefined;
  #retry: NodeJS.Timeout | undefined;
  #fail: (err: unknown) => void = () => {};
  /**
   * What an interface announced before it went away or changed address (a router restart: link down, then a new
   * lease): a goodbye sent while the link was down reached nobody, so the records that are no longer true are
   * withdrawn on that interface once it is back.
   */
  #unsaid = new Map<string, Answer[]>();

  constructor(opts: MdnsResponderOptions) {
    this.#opts = opts;
    this.#log = opts.log;
  }

  /** The advertised instance label (differs from the configured name after a conflict). */
  get instanceName(): string {
    return instanceLabel(this.#opts.name, this.#nameAttempt);
  }

  get hostName(): string {
    const label = this.#hostAttempt > 1 ? `${this.#opts.hostLabel}-${this.#hostAttempt}` : this.#opts.hostLabel;
    return `${label}.local`;
  }

  /** Every address this host advertises, across links (a record for our host name with another is a conflict). */
  get addresses(): Set<string> {
    const s = new Set<string>();
    for (const l of this.#links.values()) for (const a of [l.addr.ipv4, ...l.addr.ipv6]) s.add(a.toLowerCase());
    return s;
  }

  /** The links of this host (a unicast packet reaches only one socket, maybe another link's). */
  get links(): Iterable<InterfaceLink> {
    return this.#links.values();
  }

  /** Resolves once the sockets are bound; probing and announcing continue in the background. */
  async start(fail: (err: unknown) => void = () => {}): Promise<void> {
    this.#stopped = false;
    this.#fail = fail;
    await this.#sync();
    if (this.#stopped) return; // the port is taken (onPortTaken was told)
    const missing = this.#opts.interfaces.filter((i) => !this.#links.has(i));
    if (missing.length) this.#log.warn('mdns interfaces not available yet', { interfaces: missing });
  }

  /**
   * Checks the interfaces again: the owner calls it when a link came, went or changed address (core/links), and a
   * new address is probed and announced at once. A failure goes where the start's did (the supervisor restarts
   * the responder).
   */
  refresh(): void {
    if (!this.#stopped) void this.#sync().catch((err) => this.#fail(err));
  }

  /** One interface check at a time (a slow close must not overlap the next poll). */
  #sync(): Promise<void> {
    this.#syncing ??= this.#syncLinks().finally(() => (this.#syncing = undefined));
    return this.#syncing;
  }

  /** Sends goodbyes (TTL 0) on every link and closes the sockets. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#retry);
    this.#retry = undefined;
    await this.#syncing?.catch(() => {});
    const links = [...this.#links.values()];
    this.#links.clear();
    await Promise.all(links.map((l) => l.close(true)));
  }

  /**
   * Called by a link whose probe was answered for our instance or host name: pick the next name and probe
   * again everywhere. More than 15 conflicts in 10 s slow probing down to one per 5 s (RFC 6762 §8.1).
   */
  conflict(kind: 'instance' | 'host', ifname: string): void {
    const now = monotonicMs();
    this.#recentConflicts = [...this.#recentConflicts.filter((t) => now - t < 10_000), now];
    if (kind === 'instance') this.#nameAttempt++;
    else this.#hostAttempt++;
    this.#log.warn('mdns name conflict, renaming', { kind, ifname, instance: this.instanceName, host: this.hostName });
    const delay = this.#recentConflicts.length > 15 ? 5000 : 0;
    for (const l of this.#links.values()) l.probe(delay);
  }

  /** UDP 5353 is held exclusively by another stack: logged once, no more tries, the caller takes over. */
  #portTaken(err: Error): void {
    if (this.#stopped) return;
    this.#stopped = true;
    for (const l of this.#links.values()) void l.close(false);
    this.#links.clear();
    this.#log.error('mdns port 5353 is held by another mDNS stack (avahi with disallow-other-stacks?)', { err });
    this.#opts.onPortTaken?.(err);
  }

  async #syncLinks(): Promise<void> {
    if (this.#stopped) return;
    const want = new Map(readLinks(this.#opts.interfaces).map((l) => [l.ifname, l]));
    for (const [ifname, link] of this.#links) {
      const next = want.get(ifname);
      if (next && signature(next) === signature(link.addr)) continue;
      this.#log.info(next ? 'mdns interface changed' : 'mdns interface gone', { ifname });
      this.#links.delete(ifname);
      if (link.announced.length) this.#unsaid.set(ifname, link.announced);
      // Gone: a goodbye for everything (heard if the link still carries it). Changed: only what is no longer true
      // is withdrawn, by the new link, so browsers keep listing the speaker.
      await link.close(!next);
    }
    for (const [ifname, addr] of want) {
      if (this.#links.has(ifname) || this.#stopped) continue;
      const link = new InterfaceLink(this, addr, this.#opts, this.#log.child(ifname));
      this.#links.set(ifname, link);
      try {
        await link.open();
      } catch (err) {
        this.#links.delete(ifname);
        if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') return this.#portTaken(err as Error);
        // Say the address went away between the listing and the open: tried again without waiting for a change.
        this.#log.warn('mdns interface unusable, trying again', { ifname, err, inMs: UNUSABLE_RETRY_MS });
        this.#retry ??= setTimeout(() => {
          this.#retry = undefined;
          this.refresh();
        }, UNUSABLE_RETRY_MS).unref();
        continue;
      }
      this.#log.info('mdns interface up', { ifname, ipv4: addr.ipv4, ipv6: addr.ipv6.length });
      const unsaid = this.#unsaid.get(ifname);
      this.#unsaid.delete(ifname);
      if (unsaid) link.withdraw(unsaid);
      link.probe();
    }
    if (this.#links.size === 0) this.#log.debug('mdns has no usable interface yet');
  }
}

interface Transport {
  mdns: multicastDns.MulticastDNS;
  family: 4 | 6;
}

/**
 * The responder on one interface: sockets pinned to it (IPv4 224.0.0.251, and IPv6 ff02::fb where the
 * interface has IPv6) advertising that interface's addresses in A/AAAA.
 */
class InterfaceLink {
  readonly addr: LinkAddresses;
  readonly #owner: MdnsResponder;
  readonly #opts: MdnsResponderOptions;
  readonly #log: Logger;
  #transports: Transport[] = [];
  #state: LinkState = 'opening';
  #timers = new Set<NodeJS.Timeout>();
  /** Incremented per probe run, so timers of an abandoned run do nothing. */
  #run = 0;
  /** The records of the last announcement (withdrawn if a rename changes them). */
  #announced: Answer[] = [];

  constructor(owner: MdnsResponder, addr: LinkAddresses, opts: MdnsResponderOptions, log: Logger) {
    this.#owner = owner;
    this.addr = addr;
    this.#opts = opts;
    this.#log = log;
  }

  async open(): Promise<void> {
    // Without bind 0.0.0.0 a socket pinned to an interface receives no multicast (a multicast-dns pitfall).
    await this.#openTransport(4, { interface: this.addr.ipv4, bind: '0.0.0.0' });
    if (this.addr.ipv6.length) {
      const ifname = this.addr.ifname;
      await this.#openTransport(6, { type: 'udp6', ip: 'ff02::fb', interface: `::%${ifname}`, bind: '::' }).catch(
        (err) => this.#log.info('mdns over IPv6 unavailable on this interface', { reason: errorMessage(err) }),
      );
    }
  }

  #openTransport(family: 4 | 6, opts: multicastDns.Options): Promise<void> {
    // The socket is ours only to give it `literalLookup`; multicast-dns binds and uses it as its own.
    const socket = createSocket({
      type: family === 6 ? 'udp6' : 'udp4',
      reuseAddr: true,
      lookup: literalLookup(family),
    });
    const mdns = multicastDns({ ...opts, socket, port: MDNS_PORT, reuseAddr: true });
    const t: Transport = { mdns, family };
    mdns.on('warning', (err: Error) => this.#log.debug('mdns packet ignored', { reason: err.message }));
    mdns.on('query', (packet, rinfo) => this.#guard(() => this.#onQuery(packet, rinfo, t)));
    mdns.on('response', (packet, rinfo) => this.#guard(() => this.#onResponse(packet, rinfo, t)));
    return new Promise((resolve, reject) => {
      mdns.once('ready', () => {
        mdns.removeListener('error', onError);
        mdns.on('error', (err: Error) => this.#log.warn('mdns socket error', { family, err }));
        this.#transports.push(t);
        resolve();
      });
      const onError = (err: Error): void => {
        // multicast-dns reports a failed bind twice (the socket's error, then the bind's): the second one must
        // find a listener, or it would be thrown.
        mdns.on('error', () => {});
        mdns.destroy();
        reject(err);
      };
      mdns.once('error', onError);
    });
  }

  /** Sends a response to the multicast group on every transport of this interface. */
  #multicast(answers: Answer[], done?: () => void): void {
    let pending = this.#transports.length;
    for (const t of this.#transports) {
      t.mdns.respond({ answers }, (err?: Error | null) => {
        if (err) this.#log.debug('mdns send failed', { family: t.family, reason: err.message });
        if (--pending === 0) done?.();
      });
    }
    if (pending === 0) done?.();
  }

  /** Packets are hostile input: a handler error is logged and the packet dropped, never thrown. */
  #guard(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.#log.debug('mdns packet ignored', { reason: errorMessage(err) });
    }
  }

  get #instance(): string {
    return `${this.#owner.instanceName}.${SERVICE_TYPE}`;
  }

  #records(ttlOverride?: number): { ptr: Answer[]; unique: Answer[]; host: Answer[] } {
    const ttl = (t: number): number => ttlOverride ?? t;
    const host = this.#owner.hostName;
    const instance = this.#instance;
    const hostRecords: Answer[] = [
      { name: host, type: 'A', ttl: ttl(TTL_HOST), flush: true, data: this.addr.ipv4 },
      ...this.addr.ipv6.map((a): Answer => ({ name: host, type: 'AAAA', ttl: ttl(TTL_HOST), flush: true, data: a })),
    ];
    return {
      ptr: [
        { name: SERVICE_TYPE, type: 'PTR', ttl: ttl(TTL_OTHER), data: instance },
        { name: SERVICES_META, type: 'PTR', ttl: ttl(TTL_OTHER), data: SERVICE_TYPE },
      ],
      unique: [
        {
          name: instance,
          type: 'SRV',
          ttl: ttl(TTL_HOST),
          flush: true,
          data: { port: this.#opts.port(), target: host, priority: 0, weight: 0 },
        },
        {
          name: instance,
          type: 'TXT',
          ttl: ttl(TTL_OTHER),
          flush: true,
          data: this.#opts.txt.map((s) => Buffer.from(s)),
        },
      ],
      host: hostRecords,
    };
  }

  #later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.#timers.delete(t);
      if (this.#state !== 'closed') fn();
    }, ms);
    this.#timers.add(t);
  }

  /** RFC 6762 §8.1: three probes 250 ms apart after a random delay, then announcements. */
  probe(extraDelayMs = 0): void {
    if (this.#state === 'closed') return;
    if (this.#state === 'announced') this.#goodbyeStale();
    this.#state = 'probing';
    const run = ++this.#run;
    const send = (n: number): void => {
      if (run !== this.#run) return;
      if (n === 3) return this.#announce(run);
      const r = this.#records();
      const probe = {
        type: 'query' as const,
        questions: [
          { name: this.#instance, type: 'ANY' },
          { name: this.#owner.hostName, type: 'ANY' },
        ] as unknown as Question[],
        authorities: [...r.unique, ...r.host],
      };
      for (const t of this.#transports)
        t.mdns.query(
          probe,
          (err?: Error | null) => err && this.#log.debug('mdns probe not sent', { reason: err.message }),
        );
      this.#later(250, () => send(n + 1));
    };
    this.#later(extraDelayMs + Math.floor(Math.random() * 250), () => send(0));
  }

  /** What this link announced last (withdrawn by a later link on the same interface if no longer true). */
  get announced(): Answer[] {
    return this.#announced;
  }

  /**
   * Of `earlier` records, those this link does not announce (an old address, an old name) are withdrawn (TTL 0) so
   * caches drop them at once.
   */
  withdraw(earlier: Answer[]): void {
    const current = this.#records();
    const now = [...current.ptr, ...current.unique, ...current.host].map(
      (a) => `${a.name.toLowerCase()}|${a.type}|${rdataKey(a)}`,
    );
    const stale = earlier
      .filter((a) => !now.includes(`${a.name.toLowerCase()}|${a.type}|${rdataKey(a)}`))
      .map((a) => ({ ...a, ttl: 0 }) as Answer);
    if (!stale.length) return;
    this.#log.info('mdns goodbye for records no longer true', {
      records: stale.map((a) => `${a.type} ${a.name} ${rdataKey(a)}`),
    });
    this.#multicast(stale);
  }

  /** After a rename, the records under the old name are withdrawn (TTL 0) so caches drop them at once. */
  #goodbyeStale(): void {
    this.withdraw(this.#announced);
  }

  /** Two unsolicited responses one second apart (RFC 6762 §8.3). */
  #announce(run: number): void {
    this.#state = 'announced';
    const send = (n: number): void => {
      if (run !== this.#run) return;
      const r = this.#records();
      this.#announced = [...r.ptr, ...r.unique, ...r.host];
      this.#multicast(this.#announced);
      if (n === 0)
        this.#log.info('mdns announced', {
          instance: this.#owner.instanceName,
          host: this.#owner.hostName,
          port: this.#opts.port(),
        });
      if (n < 1) this.#later(1000, () => send(n + 1));
    };
    send(0);
  }

  /**
   * Only packets from this interface (every socket on 5353 sees every group member's traffic): IPv4 from its
   * subnet, IPv6 with its scope (Node reports link-local senders as `fe80::…%ifname`) or from its own addresses.
   */
  #fromHere(rinfo: { address: string }, t: Transport): boolean {
    if (t.family === 4)
      return rinfo.address === this.addr.ipv4 || ipv4InSubnet(rinfo.address, this.addr.ipv4, this.addr.netmask);
    return rinfo.address.endsWith(`%${this.addr.ifname}`) || this.addr.ipv6.includes(rinfo.address.toLowerCase());
  }

  #onQuery(packet: multicastDns.QueryPacket, rinfo: { address: string; port: number }, t: Transport): void {
    if (!this.#fromHere(rinfo, t)) {
      // The kernel hands a unicast packet to one of the sockets on 5353, not necessarily this link's: a legacy
      // query (sent straight to our address) is answered by the link the asker is on.
      if (rinfo.port === MDNS_PORT) return;
      for (const other of this.#owner.links) {
        const ot = other.#transports.find((x) => x.family === t.family);
        if (other !== this && ot && other.#fromHere(rinfo, ot)) return other.#onQuery(packet, rinfo, ot);
      }
      return;
    }
    const r = this.#records();
    const questions = (packet.questions ?? []) as Question[];
    if (this.#state === 'probing') return this.#checkSimultaneousProbe(packet, r);
    if (this.#state !== 'announced') return;

    const all = [...r.ptr, ...r.unique, ...r.host];
    const answers: Answer[] = [];
    let unicastOnly = questions.length > 0;
    for (const q of questions) {
      const cls = q.class as string | undefined;
      const qu = cls === CLASS_IN_QU;
      if (cls !== undefined && cls !== 'IN' && cls !== 'ANY' && !qu) continue;
      if (!qu) unicastOnly = false;
      for (const rec of all)
        if (
          sameName(rec.name, q.name) &&
          ((q.type as string) === 'ANY' || q.type === rec.type) &&
          !answers.includes(rec)
        )
          answers.push(rec);
    }
    // Known-answer suppression (RFC 6762 §7.1): the asker already holds it with at least half our TTL.
    const known = ((packet.answers ?? []) as Answer[]).filter((k) => typeof k?.name === 'string');
    const fresh = answers.filter(
      (a) =>
        !known.some((k) => sameName(k.name, a.name) && k.type === a.type && sameData(k, a) && ttlOf(k) >= ttlOf(a) / 2),
    );
    if (fresh.length === 0) return;

    const additionals: Answer[] = [];
    const addIf = (recs: Answer[]): void => {
      for (const x of recs) if (!fresh.includes(x) && !additionals.includes(x)) additionals.push(x);
    };
    if (fresh.some((a) => a.type === 'PTR' && sameName(a.name, SERVICE_TYPE))) addIf([...r.unique, ...r.host]);
    if (fresh.some((a) => a.type === 'SRV')) addIf(r.host);

    if (rinfo.port !== MDNS_PORT) {
      // Legacy unicast (RFC 6762 §6.7): same id, question echoed, short TTLs, no cache-flush bit.
      const legacy = (a: Answer): Answer => ({ ...a, ttl: Math.min(ttlOf(a), TTL_LEGACY), flush: false }) as Answer;
      t.mdns.respond(
        { id: packet.id, questions, answers: fresh.map(legacy), additionals: additionals.map(legacy) },
        { port: rinfo.port, address: rinfo.address },
      );
    } else if (unicastOnly) {
      t.mdns.respond({ answers: fresh, additionals }, { port: rinfo.port, address: rinfo.address });
    } else if (fresh.some((a) => a.type === 'PTR')) {
      // Shared records: every speaker on the LAN answers the same PTR question, so spread the answers
      // over 20–120 ms (RFC 6762 §6) instead of colliding.
      this.#later(20 + Math.floor(Math.random() * 100), () => t.mdns.respond({ answers: fresh, additionals }));
    } else {
      t.mdns.respond({ answers: fresh, additionals });
    }
  }

  /** RFC 6762 §8.2: two hosts probing the same name at once; the lexicographically later data wins. */
  #checkSimultaneousProbe(packet: multicastDns.QueryPacket, r: { unique: Answer[]; host: Answer[] }): void {
    const theirs = ((packet.authorities ?? []) as Answer[]).filter(
      (a) => typeof a?.name === 'string' && sameName(a.name, this.#instance),
    );
    if (theirs.length === 0) return;
    const ours = r.unique.filter((a) => a.type === 'SRV');
    const key = (recs: Answer[]): string =>
      recs
        .filter((a) => a.type === 'SRV')
        .map(rdataKey)
        .sort()
        .join('|');
    const k1 = key(ours);
    const k2 = key(theirs);
    if (k2 !== '' && k1 !== k2 && k1 < k2) {
      this.#log.info('mdns simultaneous probe lost, probing again in 1 s', { instance: this.#owner.instanceName });
      const run = ++this.#run;
      this.#later(1000, () => run === this.#run && this.probe());
    }
  }

  #onResponse(packet: multicastDns.ResponsePacket, rinfo: { address: string }, t: Transport): void {
    if (!this.#fromHere(rinfo, t) || (this.#state !== 'probing' && this.#state !== 'announced')) return;
    const records = ([...(packet.answers ?? []), ...(packet.additionals ?? [])] as Answer[]).filter(
      (a) => typeof a?.name === 'string' && ttlOf(a) > 0,
    );
    const mine = this.#records();
    const instance = this.#instance;
    const host = this.#owner.hostName;
    const ownAddresses = this.#owner.addresses;
    let clash: 'instance' | 'host' | undefined;
    for (const rec of records) {
      if (sameName(rec.name, instance) && (rec.type === 'SRV' || rec.type === 'TXT')) {
        if (!sameData(rec, mine.unique.find((m) => m.type === rec.type)!)) clash = 'instance';
      } else if (sameName(rec.name, host) && (rec.type === 'A' || rec.type === 'AAAA')) {
        if (!ownAddresses.has(String(rec.data).toLowerCase())) clash = 'host';
      }
      if (clash) break;
    }
    if (!clash) return;
    // Answered while probing: the name is taken, rename. Seen after announcing (e.g. two networks merged):
    // probe the same name again (RFC 6762 §9), and the probe settles who keeps it.
    if (this.#state === 'probing') this.#owner.conflict(clash, this.addr.ifname);
    else {
      this.#log.warn('mdns record conflict, probing again', { kind: clash });
      this.probe();
    }
  }

  /** Goodbye (TTL 0) for everything we announced, then the socket closes. */
  async close(goodbye: boolean): Promise<void> {
    const wasAnnounced = this.#state === 'announced';
    this.#state = 'closed';
    this.#run++;
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
    if (goodbye && wasAnnounced && this.#transports.length) {
      const r = this.#records(0);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 300);
        // The _services meta PTR is shared with every other DNS-SD host advertising this type: not ours to withdraw.
        const ours = [...r.ptr.filter((a) => !sameName(a.name, SERVICES_META)), ...r.unique, ...r.host];
        this.#multicast(ours, () => {
          clearTimeout(t);
          resolve();
        });
      });
      this.#log.info('mdns goodbye sent', { instance: this.#owner.instanceName });
    }
    const transports = this.#transports;
    this.#transports = [];
    await Promise.all(transports.map((tr) => new Promise<void>((resolve) => tr.mdns.destroy(() => resolve()))));
  }
}

const ttlOf = (a: Answer): number => (a as { ttl?: number }).ttl ?? 0;

/** Record data in a comparable form (decoded and built records differ in key order and Buffer/string). */
function rdataKey(x: Answer): string {
  const d = (x as { data?: unknown }).data;
  if (x.type === 'TXT')
    return (Array.isArray(d) ? d : [d]).map((v) => Buffer.from(v as Buffer | string).toString('hex')).join(',');
  if (x.type === 'SRV' && d && typeof d === 'object') {
    const s = d as { port?: number; target?: string };
    return `${s.port}:${String(s.target).toLowerCase()}`;
  }
  return String(d).toLowerCase();
}

const sameData = (a: Answer, b: Answer): boolean => rdataKey(a) === rdataKey(b);
