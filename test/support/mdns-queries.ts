/**
 * Child process for the mDNS tests: asks the responder what a legacy resolver, a known-answer asker and a
 * QU / QM asker would, and prints what came back as one JSON object.
 * Usage (inside the phone's namespace): node mdns-queries.js <own address> <responder address> [host name]
 * With a host name, only its A record is asked for (legacy unicast) and the answers printed.
 */
import { createSocket, type Socket } from 'node:dgram';
import packet from 'dns-packet';

const [own, responder, hostName] = process.argv.slice(2) as [string, string, string | undefined];
const SERVICE = '_spotify-connect._tcp.local';

interface Seen {
  id: number;
  port: number;
  questions: string[];
  answers: { name: string; type: string; ttl: number; flush: boolean; data: string }[];
}

function open(port: number): Promise<Socket> {
  const s = createSocket({ type: 'udp4', reuseAddr: true });
  return new Promise((resolve) => s.bind(port, port === 5353 ? '0.0.0.0' : own, () => resolve(s)));
}

/** Sends one query and collects the responses for `ms`. */
async function ask(s: Socket, buf: Buffer, dest: string, ms = 700): Promise<Seen[]> {
  const seen: Seen[] = [];
  const onMessage = (msg: Buffer, rinfo: { port: number }): void => {
    try {
      const p = packet.decode(msg);
      if (p.type !== 'response') return;
      seen.push({
        id: p.id ?? 0,
        port: rinfo.port,
        questions: (p.questions ?? []).map((q) => q.name),
        answers: (p.answers ?? []).map((a) => ({
          name: a.name,
          type: a.type,
          ttl: (a as { ttl?: number }).ttl ?? 0,
          flush: Boolean((a as { flush?: boolean }).flush),
          data: typeof (a as { data?: unknown }).data === 'string' ? (a as { data: string }).data : '',
        })),
      });
    } catch {
      /* not a DNS packet */
    }
  };
  s.on('message', onMessage);
  s.setMulticastInterface(own);
  await new Promise((r) => s.send(buf, 5353, dest, r));
  await new Promise((r) => setTimeout(r, ms));
  s.off('message', onMessage);
  return seen;
}

const ptrQuery = (id: number, known: packet.Answer[] = [], unicastResponse = false): Buffer => {
  const buf = packet.encode({
    type: 'query',
    id,
    questions: [{ name: SERVICE, type: 'PTR', class: 'IN' }],
    answers: known,
  });
  // dns-packet cannot write the QU bit: set it in the class of the (only) question, right after its name and type.
  if (unicastResponse) buf[12 + Buffer.byteLength(SERVICE) + 2 + 2]! |= 0x80;
  return buf;
};

// Legacy unicast: from an ephemeral port, straight to the responder.
const legacy = await open(0);
if (hostName) {
  const replies = await ask(
    legacy,
    packet.encode({ type: 'query', id: 7, questions: [{ name: hostName, type: 'A', class: 'IN' }] }),
    responder,
  );
  process.stdout.write(`${JSON.stringify({ hostReplies: replies })}\n`);
  process.exit(0);
}
const legacyReplies = await ask(legacy, ptrQuery(0x1234), responder);
const instance = legacyReplies[0]?.answers.find((a) => a.type === 'PTR')?.data ?? '';
const knownAnswer = [{ name: SERVICE, type: 'PTR', ttl: 4500, data: instance }] as packet.Answer[];
const suppressedReplies = await ask(legacy, ptrQuery(0x4321, knownAnswer), responder);
legacy.close();

// From port 5353 without joining the group: only unicast responses can reach this socket.
const mdnsPort = await open(5353);
const quReplies = await ask(mdnsPort, ptrQuery(0, [], true), '224.0.0.251');
const qmReplies = await ask(mdnsPort, ptrQuery(0), '224.0.0.251');
mdnsPort.close();

process.stdout.write(`${JSON.stringify({ legacyReplies, suppressedReplies, quReplies, qmReplies })}\n`);
