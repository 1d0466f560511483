/**
 * AP benchmarks: Shannon encrypt+decrypt throughput, handshake+login time on loopback against the
 * emulator, audio-key round trip. Goals: Shannon ≥ 100 MB/s; handshake+login ≤ 50 ms.
 */
import { randomBytes } from 'node:crypto';
import { AUTH_TYPE } from '../../src/ap/index.js';
import { CMD, ShannonCodec } from '../../src/protocol/index.js';
import { setLogLevel } from '../../src/core/log.js';
import { emulator, session } from '../ap/helpers.js';

setLogLevel('error');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

function shannon(packetSize: number, totalMb: number): number {
  const k1 = randomBytes(32);
  const k2 = randomBytes(32);
  const client = new ShannonCodec(k1, k2);
  const ap = new ShannonCodec(k2, k1);
  const payload = randomBytes(packetSize);
  const n = Math.ceil((totalMb * 1e6) / packetSize);
  for (let i = 0; i < 200; i++) ap.decode(client.encode(CMD.MercuryReq, payload)); // warm-up
  const t = process.hrtime.bigint();
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const [p] = ap.decode(client.encode(CMD.MercuryReq, payload));
    bytes += p!.payload.length;
  }
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  return bytes / 1e6 / s;
}

for (const size of [1024, 16384, 65535]) {
  const mbps = shannon(size, 100);
  console.log(
    `shannon encrypt+decrypt, ${size}-byte packets: ${mbps.toFixed(1)} MB/s (goal ≥ 100 MB/s: ${(mbps / 100).toFixed(2)}×)`,
  );
}

const emu = await emulator();
const s = session(emu);
const a = emu.accounts.list[0]!;
const creds = { username: a.username, authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS, authData: a.storedCredential };
const logins: number[] = [];
for (let i = 0; i < 40; i++) {
  const t = performance.now();
  await s.login(creds);
  logins.push(performance.now() - t);
}
const warm = logins.slice(5);
console.log(
  `handshake+login on loopback: median ${median(warm).toFixed(1)} ms, p95 ${p95(warm).toFixed(1)} ms, first ${logins[0]!.toFixed(1)} ms ` +
    `(goal ≤ 50 ms: ${(50 / median(warm)).toFixed(2)}× headroom)`,
);

const track = emu.catalog.tracks.find((t) => !t.refused)!;
const rtts: number[] = [];
for (let i = 0; i < 500; i++) {
  const t = performance.now();
  await s.audioKeys.request(track.gid, track.files[0]!.fileId);
  rtts.push(performance.now() - t);
}
console.log(
  `audio key round trip: median ${(median(rtts) * 1000).toFixed(0)} µs, p95 ${(p95(rtts) * 1000).toFixed(0)} µs`,
);
await s.close();
await emu.stop();
