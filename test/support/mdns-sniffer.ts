/**
 * Child process for the field tests: listens to the mDNS group on 5353 (inside a test's namespace) and prints
 * every record of every response as a JSON line: name, type, ttl (0 = goodbye), data, the sender, the time.
 * Usage: node mdns-sniffer.js <own address>
 */
import { createSocket } from 'node:dgram';
import packet from 'dns-packet';

const own = process.argv[2]!;
const s = createSocket({ type: 'udp4', reuseAddr: true });
s.on('message', (msg, rinfo) => {
  let p: packet.Packet;
  try {
    p = packet.decode(msg);
  } catch {
    return;
  }
  if (p.type !== 'response') return;
  for (const a of [...(p.answers ?? []), ...(p.additionals ?? [])]) {
    const data = (a as { data?: unknown }).data;
    process.stdout.write(
      `${JSON.stringify({
        at: Date.now(),
        from: rinfo.address,
        name: a.name,
        type: a.type,
        ttl: (a as { ttl?: number }).ttl ?? 0,
        data: typeof data === 'string' ? data : JSON.stringify(data),
      })}\n`,
    );
  }
});
s.bind(5353, '0.0.0.0', () => {
  s.addMembership('224.0.0.251', own);
  process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
});
