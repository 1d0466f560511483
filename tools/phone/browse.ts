/**
 * The phone's mDNS browser for `_spotify-connect._tcp`: its own multicast-dns sockets (one per interface,
 * like a phone on Wi-Fi), PTR queries, then SRV/TXT/A resolution from the answers it collected.
 */
import { networkInterfaces } from 'node:os';
import multicastDns from 'multicast-dns';
import type { Answer, Question } from 'dns-packet';

const SERVICE = '_spotify-connect._tcp.local';

export interface DiscoveredSpeaker {
  /** DNS-SD instance name (what a phone lists). */
  name: string;
  host: string;
  port: number;
  addresses: string[];
  txt: Record<string, string>;
  /** `http://<ipv4>:<port><CPath>`, the zeroconf endpoint. */
  url: string;
}

export interface BrowseOptions {
  /** How long to listen (ms). */
  timeoutMs?: number;
  /** Interface names; default every non-loopback interface with IPv4. */
  interfaces?: readonly string[];
}

interface Cached {
  rec: Answer;
  expires: number;
}

/** Browses for Spotify Connect speakers and returns those fully resolved when the time is up. */
export async function discoverSpeakers(opts: BrowseOptions = {}): Promise<DiscoveredSpeaker[]> {
  const timeoutMs = opts.timeoutMs ?? 2500;
  const cache = new Map<string, Cached>();
  const key = (r: Answer): string =>
    `${r.name.toLowerCase()}|${r.type}|${JSON.stringify((r as { data?: unknown }).data)}`;
  const sockets: multicastDns.MulticastDNS[] = [];
  for (const [ifname, addrs] of Object.entries(networkInterfaces())) {
    const v4 = addrs?.find((a) => a.family === 'IPv4');
    if (!v4 || (opts.interfaces?.length ? !opts.interfaces.includes(ifname) : v4.internal)) continue;
    const mdns = multicastDns({ interface: v4.address, bind: '0.0.0.0', reuseAddr: true });
    mdns.on('warning', () => {});
    mdns.on('error', () => {});
    mdns.on('response', (packet) => {
      for (const r of [...(packet.answers ?? []), ...(packet.additionals ?? [])] as Answer[]) {
        if (typeof r?.name !== 'string') continue;
        const ttl = (r as { ttl?: number }).ttl ?? 0;
        // A TTL of 0 is a goodbye: the record is gone.
        if (ttl === 0) cache.delete(key(r));
        else cache.set(key(r), { rec: r, expires: Date.now() + ttl * 1000 });
      }
    });
    sockets.push(mdns);
  }
  if (sockets.length === 0) throw new Error('no network interface with IPv4 to browse on');

  const records = (name: string, type: string): Answer[] =>
    [...cache.values()]
      .filter((c) => c.expires > Date.now() && c.rec.type === type && c.rec.name.toLowerCase() === name.toLowerCase())
      .map((c) => c.rec);
  const query = (questions: { name: string; type: string }[]): void => {
    for (const s of sockets) s.query({ questions: questions as unknown as Question[] });
  };
  /** Asks for what the answers so far left out (SRV/TXT of an instance, A of a host). */
  const askMissing = (): void => {
    const missing: { name: string; type: string }[] = [];
    for (const ptr of records(SERVICE, 'PTR')) {
      const instance = String((ptr as { data: unknown }).data);
      const srv = records(instance, 'SRV')[0] as { data: { target: string } } | undefined;
      if (!srv) missing.push({ name: instance, type: 'SRV' });
      if (!records(instance, 'TXT').length) missing.push({ name: instance, type: 'TXT' });
      if (srv && !records(srv.data.target, 'A').length) missing.push({ name: srv.data.target, type: 'A' });
    }
    if (missing.length) query(missing);
  };

  const timers: NodeJS.Timeout[] = [];
  await new Promise<void>((resolve) => {
    query([{ name: SERVICE, type: 'PTR' }]);
    timers.push(setTimeout(() => query([{ name: SERVICE, type: 'PTR' }]), Math.min(1000, timeoutMs / 3)));
    timers.push(setTimeout(askMissing, Math.min(600, timeoutMs / 4)));
    timers.push(setTimeout(askMissing, Math.min(1600, (timeoutMs * 2) / 3)));
    timers.push(setTimeout(resolve, timeoutMs));
  });
  timers.forEach(clearTimeout);
  await Promise.all(sockets.map((s) => new Promise<void>((r) => s.destroy(() => r()))));

  const found: DiscoveredSpeaker[] = [];
  for (const ptr of records(SERVICE, 'PTR')) {
    const instance = String((ptr as { data: unknown }).data);
    const srv = records(instance, 'SRV')[0] as { data: { target: string; port: number } } | undefined;
    if (!srv) continue;
    const addresses = [...records(srv.data.target, 'A'), ...records(srv.data.target, 'AAAA')].map((r) =>
      String((r as { data: unknown }).data),
    );
    const v4 = addresses.find((a) => !a.includes(':'));
    if (!v4) continue;
    const txt: Record<string, string> = {};
    for (const t of records(instance, 'TXT')) {
      for (const entry of ([] as unknown[]).concat((t as { data: unknown }).data)) {
        const s = Buffer.from(entry as Buffer).toString('utf8');
        const eq = s.indexOf('=');
        if (eq > 0) txt[s.slice(0, eq)] = s.slice(eq + 1);
      }
    }
    const name = instance.slice(0, -(SERVICE.length + 1));
    const cpath = txt.CPath?.startsWith('/') ? txt.CPath : '/';
    found.push({
      name,
      host: srv.data.target,
      port: srv.data.port,
      addresses,
      txt,
      url: `http://${v4}:${srv.data.port}${cpath}`,
    });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}
