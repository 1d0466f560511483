/**
 * Audio benchmarks, side by side in one run:
 *  - decrypt+decode speed of a 320 kbit/s-class file (oggenc -q 9) as a ratio to libvorbis' oggdec;
 *  - CPU per minute of steady, real-time-paced playback and RSS while playing;
 *  - time from play() to the first sample written to ALSA with the emulator CDN on loopback;
 *  - as a listener hears them (the native output's trace of its writes to ALSA and a model DAC: a frame is
 *    heard once what was queued before it has played at 44.1 kHz): seek → first new sample at 0:15, 3:00 and
 *    5:00 of a 6-minute 320 kbit/s track with the bytes fetched, pause → last sample, volume → first changed
 *    sample.
 * Goals: decode ≥ 0.5× oggdec; steady playback ≤ 2 % of one core; RSS ≤ 70 MB; first sample ≤ 150 ms;
 * seek ≤ 100 ms at any depth; pause ≤ 50 ms; volume ≤ 50 ms.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  audioCipher,
  DEFAULT_NORMALISATION,
  GainStage,
  Player,
  SPOTIFY_HEADER_SIZE,
  VorbisStream,
  type Sink,
  SoftMixer,
} from '../../src/audio/index.js';
import { createLogger, setLogLevel } from '../../src/core/log.js';
import { Catalog, encryptForCdn } from '../../tools/emulator/catalog.js';
import { CdnServer } from '../../tools/emulator/cdn.js';
import { makeSampleCatalog } from '../../tools/emulator/sample-catalog.js';
import { alsaCapture, catalogSource, monotonicUs, outputTrace } from '../audio/support.js';
import { AlsaSink, NativeSink } from '../../src/audio/index.js';
import { writeFileSync } from 'node:fs';

setLogLevel('error');
const log = createLogger('bench');

if (process.argv[2] === '--steady') {
  // Child: play one track from the CDN URL into a paced ALSA capture; report CPU per minute and peak RSS.
  const [url, keyHex, secs] = process.argv.slice(3) as [string, string, string];
  const cap = alsaCapture();
  const p = new Player({
    source: {
      load: async (uri) => ({ uri, durationMs: 20_000, key: Buffer.from(keyHex, 'hex'), cdnUrls: async () => [url] }),
    },
    openSink: () => new AlsaSink({ device: 'default', backend: 'aplay', pace: true, env: cap.env }),
    log,
    normalisation: DEFAULT_NORMALISATION,
    mixer: new SoftMixer('log'),
    volume: 40000,
  });
  p.load('spotify:track:bench');
  await new Promise((r) => setTimeout(r, 2000)); // past the start-up burst
  const cpu0 = process.cpuUsage();
  const w0 = Date.now();
  let rss = 0;
  const timer = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss)), 250);
  await new Promise((r) => setTimeout(r, Number(secs) * 1000));
  clearInterval(timer);
  const cpu = process.cpuUsage(cpu0);
  const wall = (Date.now() - w0) / 1000;
  await p.stop();
  console.log(JSON.stringify({ cpuPerMin: ((cpu.user + cpu.system) / 1e6) * (60 / wall), rssMb: rss / 1048576 }));
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'spotlet-bench-audio-'));

// A 60 s music-like file at -q 9 (≈ 320 kbit/s class).
execFileSync('sox', [
  '-q',
  '-n',
  '-r',
  '44100',
  '-c',
  '2',
  '-b',
  '16',
  join(dir, 'a.wav'),
  'synth',
  '60',
  'sine',
  '220:880',
  'sine',
  '330:660',
]);
execFileSync('sox', [
  '-q',
  '-n',
  '-r',
  '44100',
  '-c',
  '2',
  '-b',
  '16',
  join(dir, 'n.wav'),
  'synth',
  '60',
  'pinknoise',
  'brownnoise',
]);
execFileSync('sox', ['-q', '-m', '-v', '0.5', join(dir, 'a.wav'), '-v', '0.2', join(dir, 'n.wav'), join(dir, 'm.wav')]);
execFileSync('oggenc', ['-Q', '-q', '9', '-o', join(dir, 'q9.ogg'), join(dir, 'm.wav')]);
const ogg = readFileSync(join(dir, 'q9.ogg'));
const key = Buffer.alloc(16, 7);
const enc = encryptForCdn(ogg, key, { trackGainDb: 0, trackPeak: 1, albumGainDb: 0, albumPeak: 1 });
console.log(`test file: 60 s, ${((ogg.length * 8) / 60 / 1000).toFixed(0)} kbit/s`);

async function decodeOnce(): Promise<number> {
  const t = process.hrtime.bigint();
  const dec = audioCipher(key, 0);
  const v = new VorbisStream();
  const g = new GainStage();
  let first = true;
  for (let o = 0; o < enc.length; o += 64 * 1024) {
    let plain = dec.update(enc.subarray(o, o + 64 * 1024));
    if (first) {
      plain = plain.subarray(SPOTIFY_HEADER_SIZE);
      first = false;
    }
    const b = await v.push(plain);
    if (b) g.toS16(b.left, b.right, b.frames);
  }
  const e = await v.end();
  if (e) g.toS16(e.left, e.right, e.frames);
  v.free();
  return Number(process.hrtime.bigint() - t) / 1e9;
}
await decodeOnce();
const ours = Math.min(await decodeOnce(), await decodeOnce(), await decodeOnce());
const oggdecRuns = [0, 1, 2].map(() => {
  const t = process.hrtime.bigint();
  spawnSync('oggdec', ['-Q', '-R', '-b', '16', '-o', '/dev/null', join(dir, 'q9.ogg')]);
  return Number(process.hrtime.bigint() - t) / 1e9;
});
const theirs = Math.min(...oggdecRuns);
console.log(
  `decrypt+decode 60 s @ q9: spotlet ${(ours * 1000).toFixed(0)} ms (${(60 / ours).toFixed(0)}× real time), oggdec ${(theirs * 1000).toFixed(0)} ms (${(60 / theirs).toFixed(0)}×)`,
);
console.log(`  speed ratio to oggdec: ${(theirs / ours).toFixed(2)}× (goal ≥ 0.5×)`);

// Playback through the emulator CDN on loopback.
const catalog = Catalog.load(makeSampleCatalog(join(dir, 'cat'), { tracks: 2, seconds: 20 }));
const cdn = new CdnServer({ catalog });
await cdn.start();
const track = catalog.tracks[0]!;

function player(openSink: () => Sink): Player {
  return new Player({
    source: catalogSource(catalog, cdn),
    openSink,
    log,
    normalisation: DEFAULT_NORMALISATION,
    mixer: new SoftMixer('log'),
    volume: 40000,
  });
}

// First sample: play() → first PCM accepted by the ALSA sink (file PCM, aplay child), from the start and from
// 15 s in (a transfer or seek mid-track: the file is read and decoded from its start up to there).
async function firstSample(positionMs: number): Promise<number[]> {
  const firsts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const cap = alsaCapture();
    let t0 = 0n;
    const p = player(() => {
      const sink = new AlsaSink({ device: 'default', backend: 'aplay', pace: false, env: cap.env });
      const write = sink.write.bind(sink);
      sink.write = (pcm: Buffer) => {
        if (t0) {
          firsts.push(Number(process.hrtime.bigint() - t0) / 1e6);
          t0 = 0n;
        }
        return write(pcm);
      };
      return sink;
    });
    t0 = process.hrtime.bigint();
    p.load(track.uri, { positionMs });
    await new Promise((r) => p.once('stopped', r));
  }
  return firsts.sort((a, b) => a - b);
}
/** A figure as a fraction of its goal (≤ 1 meets it). */
const ofGoal = (ms: number, goalMs: number): string => `${(ms / goalMs).toFixed(2)}× the goal`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

const firsts = await firstSample(0);
console.log(
  `play → first sample written to ALSA: median ${firsts[2]!.toFixed(1)} ms, max ${firsts[4]!.toFixed(1)} ms (goal ≤ 150 ms)`,
);
const midway = await firstSample(15_000);
console.log(
  `play from 15 s in (transfer/seek mid-track) → first sample: median ${midway[2]!.toFixed(1)} ms, max ${midway[4]!.toFixed(1)} ms (seeks by position: the same at any depth)`,
);

// As heard: a 6-minute 320 kbit/s-class track in a catalog of its own, the native output traced over the capture.
const longDir = join(dir, 'long');
execFileSync('mkdir', ['-p', longDir]);
execFileSync('sox', ['-q', join(dir, 'm.wav'), join(longDir, 'long.wav'), 'repeat', '5']);
execFileSync('oggenc', ['-Q', '-q', '9', '-o', join(longDir, 'long.ogg'), join(longDir, 'long.wav')]);
writeFileSync(
  join(longDir, 'catalog.json'),
  JSON.stringify({
    tracks: [
      {
        uri: 'spotify:track:4uLU6hMCjMI75M1A2tKUQC',
        name: 'Long',
        artists: ['Bench'],
        files: [{ format: 'OGG_VORBIS_320', path: 'long.ogg' }],
      },
    ],
  }),
);
const longCatalog = Catalog.load(longDir);
const longCdn = new CdnServer({ catalog: longCatalog });
await longCdn.start();
const long = longCatalog.tracks[0]!;
const longHex = long.files[0]!.fileId.toString('hex');
console.log(
  `as heard: ${(long.durationMs / 1000).toFixed(0)} s track, ${((longCatalog.encryptedFile(longHex)!.length * 8) / long.durationMs).toFixed(0)} kbit/s; the native output's trace and a model DAC`,
);

/** A player on the long track into the native output, traced; `volume` 65535 = samples unscaled. */
function tracedPlayer() {
  const cap = alsaCapture();
  const traceFile = join(cap.env.HOME!, 'trace');
  const p = new Player({
    source: catalogSource(longCatalog, longCdn),
    openSink: () => new NativeSink({ device: 'default', env: cap.env, trace: traceFile }),
    log,
    normalisation: DEFAULT_NORMALISATION,
    mixer: new SoftMixer('log'),
    volume: 65535,
  });
  return { p, trace: () => outputTrace(traceFile) };
}

async function until<T>(f: () => T | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** Playing from 1:00, seek to `ms`: when its first sample is heard, and the bytes fetched until then. */
async function seekHeard(ms: number): Promise<{ ms: number; bytes: number }> {
  const { p, trace } = tracedPlayer();
  p.load(long.uri, { positionMs: 60_000 });
  await until(() => (trace().writes.length > 20 ? true : undefined));
  const requests = longCdn.requests.length;
  const t0 = monotonicUs();
  p.seek(ms);
  const heard = await until(() => {
    const t = trace();
    const drop = t.drops.find((d) => d.us >= t0);
    return drop && t.heardAt(drop.frame, drop.us);
  });
  const bytes = longCdn.requests.slice(requests).reduce((n, r) => {
    const [a, b] = r.range.split('-').map(Number);
    return n + (b! - a! + 1);
  }, 0);
  await p.stop();
  return { ms: (heard - t0) / 1000, bytes };
}

for (const ms of [15_000, 180_000, 300_000]) {
  const runs: { ms: number; bytes: number }[] = [];
  for (let i = 0; i < 5; i++) runs.push(await seekHeard(ms));
  const m = median(runs.map((r) => r.ms));
  const at = `${Math.floor(ms / 60000)}:${String((ms / 1000) % 60).padStart(2, '0')}`;
  console.log(
    `seek to ${at} → first new sample heard: median ${m.toFixed(1)} ms = ${ofGoal(m, 100)}, max ${Math.max(...runs.map((r) => r.ms)).toFixed(1)} ms (goal ≤ 100 ms); fetched ${(median(runs.map((r) => r.bytes)) / 1024).toFixed(0)} KiB until then (header range, probes, first range)`,
  );
}

/** Pause (or a volume change) while playing: when the last old sample (the first changed one) is heard. */
async function commandHeard(what: 'pause' | 'volume'): Promise<number> {
  const { p, trace } = tracedPlayer();
  p.load(long.uri, { positionMs: 30_000 });
  await until(() => (trace().writes.length > 30 ? true : undefined));
  await new Promise((r) => setTimeout(r, Math.random() * 20));
  const t0 = monotonicUs();
  let heard: number;
  if (what === 'pause') {
    p.pause();
    // Paused once nothing more is written for 200 ms; the last write's end is the last sample heard.
    heard = await until(() => {
      const w = trace().writes.at(-1)!;
      return monotonicUs() - w.us > 200_000 ? w.us + ((w.queued + w.frames) * 1e6) / 44100 : undefined;
    });
  } else {
    p.setVolume(30000);
    heard = await until(() => {
      const t = trace();
      const c = t.commands.find((x) => x.op === 'g' && x.us >= t0);
      return c && t.heardAt(c.frame, c.us);
    });
  }
  await p.stop();
  return (heard - t0) / 1000;
}

for (const what of ['pause', 'volume'] as const) {
  const runs: number[] = [];
  for (let i = 0; i < 7; i++) runs.push(await commandHeard(what));
  const m = median(runs);
  console.log(
    `${what === 'pause' ? 'pause → last sample heard (after a 10 ms fade)' : 'volume → first changed sample heard (5 ms ramp)'}: median ${m.toFixed(1)} ms = ${ofGoal(m, 50)}, max ${Math.max(...runs).toFixed(1)} ms (goal ≤ 50 ms)`,
  );
}
await longCdn.stop();

// Steady playback in a process of its own (what the speaker does), paced by the wall clock like a real DAC.
const seconds = 15;
const child = spawnSync(
  process.execPath,
  [
    new URL(import.meta.url).pathname,
    '--steady',
    cdn.urlFor(track.files[0]!.fileId.toString('hex')),
    track.files[0]!.key.toString('hex'),
    String(seconds),
  ],
  {
    encoding: 'utf8',
    timeout: (seconds + 30) * 1000,
  },
);
const steady = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { cpuPerMin: number; rssMb: number };
console.log(
  `steady playback: ${steady.cpuPerMin.toFixed(2)} CPU s per minute = ${((steady.cpuPerMin / 60) * 100).toFixed(2)} % of one core (goal ≤ 2 %; node process, aplay excluded)`,
);
console.log(`RSS while playing: ${steady.rssMb.toFixed(1)} MB (goal ≤ 70 MB)`);
await cdn.stop();
