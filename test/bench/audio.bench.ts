/**
 * Audio benchmarks:
 *  - decrypt+decode speed of a 320 kbit/s-class file (oggenc -q 9) as a ratio to libvorbis' oggdec, and the gain
 *    stage's own cost (normalisation with the dynamic limiter, volume, dither) per minute of audio;
 *  - then in a process of their own (what the speaker is), unconfined and again under a 15 % CPU quota (a small
 *    board's budget; the output program inside it too) where the machine has cgroups, with the emulator's CDN
 *    outside: play → first sample heard and as heard (the native output's trace and a model DAC): seek → first
 *    new sample at 0:15, 3:00 and 5:00 of a 6-minute 320 kbit/s track with the bytes fetched, pause → last
 *    sample, volume → first changed sample; steady playback of that track with normalisation (dynamic limiter)
 *    and volume 80, and without either: CPU of the speaker and of its output, dropouts counted where the output
 *    feeds ALSA, RSS.
 * The audio path is warmed up first, as the speaker does when a user logs in.
 * Goals: decode ≥ 0.5× oggdec; first sample ≤ 150 ms (≤ 1 s under the quota); seek ≤ 100 ms at any depth;
 * pause ≤ 50 ms; volume ≤ 50 ms; normalisation, limiter, volume and dither (the gain stage) ≤ 1 % of one core;
 * steady playback without a dropout;
 * RSS ≤ 70 MB.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  audioCipher,
  DEFAULT_NORMALISATION,
  GainStage,
  NativeSink,
  Player,
  SPOTIFY_HEADER_SIZE,
  SoftMixer,
  type TrackSource,
  VorbisStream,
  volumeFactor,
  warmUpAudio,
} from '../../src/audio/index.js';
import { createLogger, setLogLevel } from '../../src/core/log.js';
import { encryptForCdn } from '../../tools/emulator/catalog.js';
import { CdnServer } from '../../tools/emulator/cdn.js';
import { alsaCapture, monotonicUs, outputTrace } from '../audio/support.js';
import {
  benchMusic,
  childrenOf,
  confinements,
  cpuMsOf,
  longCatalog,
  machineLoad,
  measureIn,
  median,
  ofGoal,
  type Confinement,
} from './support.js';

setLogLevel('error');
const log = createLogger('bench');
const FILE = new URL(import.meta.url).pathname;
/** Volume 80 of 100, as the app sets it. */
const VOLUME_80 = Math.round(0.8 * 65535);

/** What a measuring process needs to play the long track from the parent's CDN. */
interface Remote {
  uri: string;
  durationMs: number;
  keyHex: string;
  url: string;
}

const sourceOf = (t: Remote): TrackSource => ({
  load: async (uri) => ({
    uri,
    durationMs: t.durationMs,
    key: Buffer.from(t.keyHex, 'hex'),
    cdnUrls: async () => [t.url],
  }),
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `f` every 20 ms. The figures come from the output's trace, not from when a poll sees them; the polling
 * (each re-reads the whole trace) runs in the speaker's process, inside the quota, so it stays rare.
 */
async function until<T>(f: () => T | undefined, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await sleep(20);
  }
}

interface SteadyResult {
  nodePct: number;
  outputPct: number;
  underruns: number;
  rssMb: number;
}

/** Steady playback in a process of its own, paced by the output's model DAC; CPU per second and dropouts. */
async function steady(t: Remote, seconds: number, normalised: boolean): Promise<SteadyResult> {
  await warmUpAudio();
  const cap = alsaCapture();
  const p = new Player({
    source: sourceOf(t),
    openSink: () => new NativeSink({ device: 'default', env: cap.env }),
    log,
    normalisation: { ...DEFAULT_NORMALISATION, enabled: normalised },
    mixer: new SoftMixer('log'),
    volume: normalised ? VOLUME_80 : 65535,
  });
  p.load(t.uri, { positionMs: 30_000 });
  await sleep(2000); // past the start
  const output = childrenOf(process.pid)[0]!;
  const cpu0 = process.cpuUsage();
  const out0 = cpuMsOf(output);
  const under0 = p.underruns;
  const w0 = performance.now();
  let rss = 0;
  const timer = setInterval(() => {
    rss = Math.max(rss, process.memoryUsage().rss);
  }, 250);
  await sleep(seconds * 1000);
  clearInterval(timer);
  const cpu = process.cpuUsage(cpu0);
  const wallMs = performance.now() - w0;
  const result = {
    nodePct: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
    outputPct: ((cpuMsOf(output) - out0) / wallMs) * 100,
    underruns: p.underruns - under0,
    rssMb: rss / 1048576,
  };
  await p.stop();
  return result;
}

interface RoundResult {
  first: number[];
  midway: number[];
  seeks: { ms: number; runs: { ms: number; fromUs: number; toUs: number }[] }[];
  pause: number[];
  volume: number[];
}

/** One round of as-heard figures, in this process: the long track from the parent's CDN. */
async function round(t: Remote): Promise<RoundResult> {
  await warmUpAudio();
  await sleep(1000);
  /** A player on the long track into the native output, traced; `volume` 65535 = samples unscaled. */
  function tracedPlayer() {
    const cap = alsaCapture();
    const traceFile = join(cap.env.HOME!, 'trace');
    const p = new Player({
      source: sourceOf(t),
      openSink: () => new NativeSink({ device: 'default', env: cap.env, trace: traceFile }),
      log,
      normalisation: DEFAULT_NORMALISATION,
      mixer: new SoftMixer('log'),
      volume: 65535,
    });
    return { p, trace: () => outputTrace(traceFile) };
  }

  /** play() → the first sample heard (a fresh output starts at its first write to ALSA). */
  async function firstHeard(positionMs: number): Promise<number> {
    const { p, trace } = tracedPlayer();
    const t0 = monotonicUs();
    p.load(t.uri, { positionMs });
    const w = await until(() => trace().writes[0]);
    await p.stop();
    return (w.us + (w.queued * 1e6) / 44100 - t0) / 1000;
  }

  /** Playing from 1:00, seek to `ms`: when its first sample is heard. */
  async function seekHeard(ms: number): Promise<{ ms: number; fromUs: number; toUs: number }> {
    const { p, trace } = tracedPlayer();
    p.load(t.uri, { positionMs: 60_000 });
    await until(() => (trace().writes.length > 20 ? true : undefined));
    const t0 = monotonicUs();
    p.seek(ms);
    const heard = await until(() => {
      const tr = trace();
      const drop = tr.drops.find((d) => d.us >= t0);
      return drop && tr.heardAt(drop.frame, drop.us);
    });
    await p.stop();
    return { ms: (heard - t0) / 1000, fromUs: t0, toUs: heard };
  }

  /** Pause (or a volume change) while playing: when the last old sample (the first changed one) is heard. */
  async function commandHeard(what: 'pause' | 'volume'): Promise<number> {
    const { p, trace } = tracedPlayer();
    p.load(t.uri, { positionMs: 30_000 });
    await until(() => (trace().writes.length > 30 ? true : undefined));
    await sleep(Math.random() * 20);
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
        const tr = trace();
        const c = tr.commands.find((x) => x.op === 'g' && x.us >= t0);
        return c && tr.heardAt(c.frame, c.us);
      });
    }
    await p.stop();
    return (heard - t0) / 1000;
  }

  const runs = async <T>(n: number, f: () => Promise<T>): Promise<T[]> => {
    const out: T[] = [];
    for (let i = 0; i < n; i++) out.push(await f());
    return out;
  };
  return {
    first: await runs(5, () => firstHeard(0)),
    midway: await runs(5, () => firstHeard(15_000)),
    seeks: [
      { ms: 15_000, runs: await runs(5, () => seekHeard(15_000)) },
      { ms: 180_000, runs: await runs(5, () => seekHeard(180_000)) },
      { ms: 300_000, runs: await runs(5, () => seekHeard(300_000)) },
    ],
    pause: await runs(7, () => commandHeard('pause')),
    volume: await runs(7, () => commandHeard('volume')),
  };
}

const mode = process.argv[2];
if (mode === '--round' || mode === '--steady') {
  const t = JSON.parse(process.argv[3]!) as Remote;
  const result =
    mode === '--round' ? await round(t) : await steady(t, Number(process.argv[4]), process.argv[5] === '1');
  console.log(JSON.stringify(result));
  process.exit(0);
}

console.log(machineLoad());
const music = benchMusic(join(tmpdir(), 'spotlet-bench-music'));
const ogg = readFileSync(music.q9);
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
  spawnSync('oggdec', ['-Q', '-R', '-b', '16', '-o', '/dev/null', music.q9]);
  return Number(process.hrtime.bigint() - t) / 1e9;
});
const theirs = Math.min(...oggdecRuns);
console.log(
  `decrypt+decode 60 s @ q9: spotlet ${(ours * 1000).toFixed(0)} ms (${(60 / ours).toFixed(0)}× real time), oggdec ${(theirs * 1000).toFixed(0)} ms (${(60 / theirs).toFixed(0)}×)`,
);
console.log(`  speed ratio to oggdec: ${(theirs / ours).toFixed(2)}× (goal ≥ 0.5×)`);

// The gain stage alone over 60 s of the decoded music, in the player's blocks of 2048 frames.
{
  const pcm = execFileSync('sox', [music.wav, '-t', 'f32', '-'], { maxBuffer: 1 << 26 });
  const all = new Float32Array(pcm.buffer, pcm.byteOffset, pcm.length / 4);
  const frames = all.length / 2;
  const left = new Float32Array(frames);
  const right = new Float32Array(frames);
  for (let i = 0; i < frames; i++) {
    left[i] = all[2 * i]!;
    right[i] = all[2 * i + 1]!;
  }
  const cost = (normalised: boolean, volume: number): number => {
    const g = new GainStage({ ...DEFAULT_NORMALISATION, enabled: normalised });
    g.setTrack({ trackGainDb: 3, trackPeak: 1, albumGainDb: 3, albumPeak: 1 });
    g.setVolume(volumeFactor(volume, 'log'));
    const times: number[] = [];
    for (let rep = 0; rep < 5; rep++) {
      const t = performance.now();
      for (let o = 0; o < frames; o += 2048)
        g.toS16(left.subarray(o, o + 2048), right.subarray(o, o + 2048), Math.min(2048, frames - o));
      times.push(performance.now() - t);
    }
    return median(times) / 600; // ms per 60 s → % of one core
  };
  const full = cost(true, VOLUME_80);
  const plain = cost(false, 65535);
  console.log(
    `gain stage over 60 s (+3 dB normalisation, dynamic limiter, volume 80, dither): ${full.toFixed(3)} % of one core = ${ofGoal(full, 1)} (goal ≤ 1 %); unity gain: ${plain.toFixed(3)} %`,
  );
}

// The rounds, each in a process of its own; the CDN stays here, outside any quota.
const catalog = longCatalog(join(tmpdir(), 'spotlet-bench-music'));
const cdn = new CdnServer({ catalog });
await cdn.start();
const long = catalog.tracks[0]!;
const file = long.files[0]!;
const remote: Remote = {
  uri: long.uri,
  durationMs: long.durationMs,
  keyHex: file.key.toString('hex'),
  url: cdn.urlFor(file.fileId.toString('hex')),
};
const file160 = long.files.find((f) => f.format === 'OGG_VORBIS_160')!;
/** The same track at 160 kbit/s, the speaker's default bitrate. */
const remote160: Remote = {
  ...remote,
  keyHex: file160.key.toString('hex'),
  url: cdn.urlFor(file160.fileId.toString('hex')),
};
console.log(
  `as heard: ${(long.durationMs / 1000).toFixed(0)} s track, ${((catalog.encryptedFile(file.fileId.toString('hex'))!.length * 8) / long.durationMs).toFixed(0)} kbit/s; the native output's trace and a model DAC`,
);
/** The monotonic clock (µs) at this process's performance.now() origin: the CDN logs requests on the latter. */
const originUs = monotonicUs() - performance.now() * 1000;
/** Bytes the CDN served between two moments (monotonic µs, the measuring process's clock). */
const fetched = (fromUs: number, toUs: number): number =>
  cdn.requests
    .filter((r) => originUs + r.at * 1000 >= fromUs && originUs + r.at * 1000 <= toUs)
    .reduce((n, r) => {
      const [a, b] = r.range.split('-').map(Number);
      return n + (b! - a! + 1);
    }, 0);

const fmt = (xs: number[], goal: number): string =>
  `median ${median(xs).toFixed(1)} ms = ${ofGoal(median(xs), goal)}, max ${Math.max(...xs).toFixed(1)} ms (goal ≤ ${goal} ms)`;

async function report(where: Confinement, firstGoal: number): Promise<void> {
  if (!where) {
    console.log(`\n### under a CPU quota: skipped: no cgroup`);
    return;
  }
  console.log(`\n### ${where.name}`);
  const r = await measureIn<RoundResult>(where, FILE, ['--round', JSON.stringify(remote)]);
  console.log(`play → first sample heard: ${fmt(r.first, firstGoal)}`);
  console.log(`play from 15 s in (transfer/seek mid-track) → first sample heard: ${fmt(r.midway, firstGoal)}`);
  for (const s of r.seeks) {
    const at = `${Math.floor(s.ms / 60000)}:${String((s.ms / 1000) % 60).padStart(2, '0')}`;
    const bytes = median(s.runs.map((x) => fetched(x.fromUs, x.toUs)));
    console.log(
      `seek to ${at} → first new sample heard: ${fmt(
        s.runs.map((x) => x.ms),
        100,
      )}; fetched ${(bytes / 1024).toFixed(0)} KiB until then (header range, probes, first range)`,
    );
  }
  console.log(`pause → last sample heard (after a 10 ms fade): ${fmt(r.pause, 50)}`);
  console.log(`volume → first changed sample heard (5 ms ramp): ${fmt(r.volume, 50)}`);
  const seconds = 15;
  const steadyRuns = [
    { what: '320 kbit/s, normalisation (dynamic limiter) + volume 80', t: remote, normalised: true },
    {
      what: '160 kbit/s (the default bitrate), normalisation (dynamic limiter) + volume 80',
      t: remote160,
      normalised: true,
    },
    { what: '320 kbit/s, neither (volume 100)', t: remote, normalised: false },
  ];
  for (const run of steadyRuns) {
    const s = await measureIn<SteadyResult>(where, FILE, [
      '--steady',
      JSON.stringify(run.t),
      String(seconds),
      run.normalised ? '1' : '0',
    ]);
    const total = s.nodePct + s.outputPct;
    console.log(
      `steady playback, ${run.what}: ${total.toFixed(2)} % of one core: speaker ${s.nodePct.toFixed(2)} %, output program ${s.outputPct.toFixed(2)} %; dropouts in ${seconds} s: ${s.underruns}${run.normalised ? ' (goal 0)' : ''}; RSS ${s.rssMb.toFixed(1)} MB`,
    );
  }
  if (where.quota) {
    const st = where.quota.stat();
    console.log(`  (the quota throttled the group in ${st.throttled} of ${st.periods} periods)`);
  }
}

const rounds = confinements('audio');
await report(rounds.unconfined, 150);
await report(rounds.smallBoard, 1000);
rounds.smallBoard?.quota?.destroy();
await cdn.stop();
console.log(machineLoad());
