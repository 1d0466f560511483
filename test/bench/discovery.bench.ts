/**
 * Discovery benchmark: process start → first getInfo answered, idle RSS, getInfo requests/s and RSS after that
 * load, addUser latency and RSS once a user is logged in (Connect and the audio path loaded and warmed up). The
 * speaker runs as its own process with mDNS pinned to the loopback interface (nothing leaves the host); addUser
 * logs in to the emulated access point on loopback. Measured as the image ships it (bundled by
 * scripts/bundle-js.mjs, with the environment the image's spotlet.service gives it) and as development runs it
 * (dist/ unbundled).
 * Idle RSS is read 2 s after start and again once the speaker has settled (60 s) while a LAN's other devices talk
 * mDNS to it (AirPlay, Cast, printers: queries and announcements, some asking for Spotify Connect), as a speaker
 * waiting in the field hears them: what the speaker runs for them, and V8's memory reducer, shape the figure. The
 * goals apply to the settled figure.
 * Goals: start ≤ 150 ms; idle RSS ≤ 50 MB; RSS after the getInfo load ≤ idle + 5 MB.
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createSocket } from 'node:dgram';
import packet from 'dns-packet';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setLogLevel } from '../../src/core/log.js';
import { Catalog, makeSampleCatalog, startEmulator } from '../../tools/emulator/index.js';
import { ControllerKey, buildAddUserBlob } from '../../tools/phone/index.js';
import { REPO_ROOT } from '../support/vectors.js';
import { bundledSpeaker, loopbackSpeakerArgs } from '../support/bundled-speaker.js';
import { machineLoad, median } from './support.js';
import { freePort } from '../support/free-port.js';

const GOAL_START_MS = 150;
const GOAL_RSS_MB = 50;
const GOAL_LOAD_GROWTH_MB = 5;
const SETTLE_MS = 60_000;
const LAN_PACKETS_PER_S = 5;

/** The environment the image's systemd unit gives the speaker (its `Environment=` lines). */
function serviceEnvironment(): Record<string, string> {
  const unit = readFileSync(join(REPO_ROOT, 'image/rootfs/etc/systemd/system/spotlet.service'), 'utf8');
  return Object.fromEntries(
    [...unit.matchAll(/^Environment=(\w+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!.trim()] as [string, string]),
  );
}

function call(
  port: number,
  method: string,
  path: string,
  body?: string,
  agent?: Agent,
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent: agent ?? false,
        headers: body ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const rssMb = (pid: number): number =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const pct = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

setLogLevel('warn');
console.log(machineLoad());
const emulator = await startEmulator({
  catalog: Catalog.load(makeSampleCatalog(join(tmpdir(), 'spotlet-ap-test-catalog'), { tracks: 2, seconds: 1 })),
});
const account = emulator.accounts.list.find((a) => a.premium)!;
const stateDir = mkdtempSync(join(tmpdir(), 'spotlet-bench-'));
const apKey = join(stateDir, 'ap-key.pem');
writeFileSync(apKey, emulator.apPublicKeyPem);

/** Starts the speaker at `entry` on a fresh state; resolves with it once getInfo answers, and how long that took. */
async function startSpeakerProcess(entry: string, env: Record<string, string>) {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [
      entry,
      ...loopbackSpeakerArgs({
        port,
        stateDir: mkdtempSync(join(stateDir, 's-')),
        ap: emulator.endpoints.ap!,
        apKey,
      }),
    ],
    { stdio: 'ignore', env: { ...process.env, ...env } },
  );
  for (let i = 0; i < 4000; i++) {
    try {
      const info = await call(port, 'GET', '/?action=getInfo');
      if (info.status === 101) return { child, port, startMs: performance.now() - t0 };
    } catch {
      await new Promise((r) => setTimeout(r, 2));
    }
  }
  child.kill('SIGKILL');
  throw new Error('the speaker never answered getInfo');
}

/**
 * A LAN's mDNS traffic sent to the speaker on loopback, `perSecond` packets a second: other devices' queries (every
 * fourth asks for Spotify Connect, from a port of its own, so the speaker answers it by unicast) and their
 * announcements (PTR, SRV, TXT, A, AAAA, NSEC). Counts the speaker's answers, which show the packets reach it.
 */
function lanChatter(perSecond: number): { stop: () => { sent: number; asked: number; answered: number } } {
  const services = ['_airplay._tcp.local', '_raop._tcp.local', '_googlecast._tcp.local', '_ipp._tcp.local'];
  const socket = createSocket('udp4');
  let sent = 0;
  let asked = 0;
  let answered = 0;
  socket.on('message', (msg) => {
    try {
      if (packet.decode(msg).answers?.some((a) => a.name === '_spotify-connect._tcp.local')) answered++;
    } catch {
      /* not ours to judge */
    }
  });
  const next = (i: number): Buffer => {
    const service = services[i % services.length]!;
    const device = `Device-${i % 7}`;
    const host = `device-${i % 7}.local`;
    if (i % 4 === 0) asked++;
    if (i % 2 === 0)
      return packet.encode({
        type: 'query',
        questions: [{ name: i % 4 === 0 ? '_spotify-connect._tcp.local' : service, type: 'PTR' }],
        answers: [{ name: service, type: 'PTR', ttl: 4500, data: `Living Room.${service}` }],
      });
    const instance = `${device}.${service}`;
    return packet.encode({
      type: 'response',
      flags: packet.AUTHORITATIVE_ANSWER,
      answers: [
        { name: service, type: 'PTR', ttl: 4500, data: instance },
        { name: instance, type: 'SRV', ttl: 120, flush: true, data: { port: 7000 + (i % 7), target: host } },
        {
          name: instance,
          type: 'TXT',
          ttl: 4500,
          flush: true,
          data: [`deviceid=${device}`, 'features=0x445F8A00', `pk=${'ab'.repeat(32)}`],
        },
        { name: host, type: 'A', ttl: 120, flush: true, data: `192.0.2.${10 + (i % 7)}` },
        { name: host, type: 'AAAA', ttl: 120, flush: true, data: `fe80::1c2b:${1000 + (i % 7)}` },
      ],
      additionals: [
        { name: instance, type: 'NSEC', ttl: 120, data: { nextDomain: instance, rrtypes: ['TXT', 'SRV'] } },
      ],
    });
  };
  const timer = setInterval(() => socket.send(next(sent++), 5353, '127.0.0.1'), 1000 / perSecond);
  return {
    stop: () => {
      clearInterval(timer);
      socket.close();
      return { sent, asked, answered };
    },
  };
}

const fmt = (n: number): string => n.toFixed(1);
async function measure(what: string, entry: string, env: Record<string, string> = {}): Promise<void> {
  console.log(`\n### ${what}`);
  const starts: number[] = [];
  for (let i = 0; i < 7; i++) {
    const s = await startSpeakerProcess(entry, env);
    starts.push(s.startMs);
    s.child.kill('SIGKILL');
  }
  const { child, port } = await startSpeakerProcess(entry, env);
  await new Promise((r) => setTimeout(r, 2000));
  const earlyRss = rssMb(child.pid!);
  const chatter = lanChatter(LAN_PACKETS_PER_S);
  await new Promise((r) => setTimeout(r, SETTLE_MS - 2000));
  const idleRss = rssMb(child.pid!);
  const heard = chatter.stop();

  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  let done = 0;
  const until = performance.now() + 3000;
  const tStart = performance.now();
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (performance.now() < until) {
        await call(port, 'GET', '/?action=getInfo', undefined, agent);
        done++;
      }
    }),
  );
  const rps = done / ((performance.now() - tStart) / 1000);
  agent.destroy();
  await new Promise((r) => setTimeout(r, 500));
  const loadRss = rssMb(child.pid!);

  const info = await call(port, 'GET', '/?action=getInfo');
  const latencies: number[] = [];
  for (let i = 0; i < 40; i++) {
    const key = new ControllerKey();
    const blob = buildAddUserBlob({
      deviceId: String(info.deviceID),
      userName: account.username,
      authType: 1,
      authData: account.storedCredential,
      sharedSecret: key.sharedSecret(Buffer.from(String(info.publicKey), 'base64')),
    });
    const form = new URLSearchParams({
      action: 'addUser',
      userName: account.username,
      blob,
      clientKey: key.publicKey.toString('base64'),
    }).toString();
    const t = performance.now();
    const r = await call(port, 'POST', '/', form);
    latencies.push(performance.now() - t);
    if (r.status !== 101) throw new Error(`addUser failed: ${JSON.stringify(r)}`);
  }
  await new Promise((r) => setTimeout(r, 2000));
  const userRss = rssMb(child.pid!);
  child.kill('SIGTERM');

  const start = median(starts);
  console.log(
    `start → first getInfo answered: median ${fmt(start)} ms = ${(start / GOAL_START_MS).toFixed(2)}× the goal, min ${fmt(Math.min(...starts))} ms (goal ≤ ${GOAL_START_MS} ms; ${starts.length} starts)`,
  );
  console.log(`RSS 2 s after start:             ${fmt(earlyRss)} MB`);
  console.log(
    `${`RSS idle (settled, ${SETTLE_MS / 1000} s):`.padEnd(33)}${fmt(idleRss)} MB = ${(idleRss / GOAL_RSS_MB).toFixed(2)}× the goal (goal ≤ ${GOAL_RSS_MB} MB)`,
  );
  console.log(
    `  meanwhile LAN mDNS chatter:     ${heard.sent} packets (${LAN_PACKETS_PER_S}/s) from 2 s on; ${heard.answered} of its ${heard.asked} Spotify Connect queries answered`,
  );
  console.log(`getInfo throughput:              ${Math.round(rps)} requests/s (16 keep-alive connections, 3 s)`);
  console.log(
    `RSS after the getInfo load:      ${fmt(loadRss)} MB = idle + ${fmt(loadRss - idleRss)} MB (goal ≤ idle + ${GOAL_LOAD_GROWTH_MB} MB: ${(Math.max(0, loadRss - idleRss) / GOAL_LOAD_GROWTH_MB).toFixed(2)}× the goal)`,
  );
  console.log(
    `addUser latency (AP login+fsync): median ${fmt(pct(latencies, 0.5))} ms, p95 ${fmt(pct(latencies, 0.95))} ms (40 logins)`,
  );
  console.log(`RSS with a user logged in:       ${fmt(userRss)} MB (Connect and the warmed-up audio path loaded)`);
}

const env = serviceEnvironment();
await measure(
  `as the image ships it (scripts/bundle-js.mjs; ${Object.entries(env)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')})`,
  bundledSpeaker(REPO_ROOT).entry,
  env,
);
await measure('dist/ unbundled (development)', join(REPO_ROOT, 'dist/src/cli/spotlet.js'));
await emulator.stop();
console.log(machineLoad());
