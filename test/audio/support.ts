/** Shared fixtures for the audio tests: a real catalog, the emulator CDN, ALSA capture through a file PCM. */
import { execFileSync } from 'node:child_process';
import { after, before } from 'node:test';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlsaSink,
  DEFAULT_NORMALISATION,
  NativeSink,
  Player,
  type PlayableTrack,
  type PlayerOptions,
  type TrackSource,
  SoftMixer,
} from '../../src/audio/index.js';
import { createLogger } from '../../src/core/log.js';
import { SpotletError } from '../../src/core/errors.js';
import { Catalog } from '../../tools/emulator/catalog.js';
import { CdnServer } from '../../tools/emulator/cdn.js';
import { makeSampleCatalog } from '../../tools/emulator/sample-catalog.js';

let shared: Catalog | undefined;
/** One sample catalog (3 s tracks) per test process: real oggenc files of tones mixed with speech. */
export function sampleCatalog(): Catalog {
  shared ??= Catalog.load(
    makeSampleCatalog(mkdtempSync(join(tmpdir(), 'spotlet-audio-cat-')), { tracks: 3, seconds: 3 }),
  );
  return shared;
}

/** libvorbis' own decode (oggdec) of a catalog track, S16LE. */
export function oggdecReference(path: string): Buffer {
  return execFileSync('oggdec', ['-Q', '-R', '-b', '16', '-e', '0', '-s', '1', '-o', '-', path], {
    maxBuffer: 1 << 28,
  });
}

/** A TrackSource over the catalog and the emulator CDN (what Connect does with metadata + keys). */
export function catalogSource(catalog: Catalog, cdn: CdnServer): TrackSource & { loads: string[] } {
  const loads: string[] = [];
  return {
    loads,
    async load(uri: string): Promise<PlayableTrack> {
      loads.push(uri);
      const t = catalog.track(uri);
      if (!t) throw new SpotletError('ERR_TRACK_UNAVAILABLE', `unknown track ${uri}`);
      if (t.refused) throw new SpotletError('ERR_AUDIO_KEY_REFUSED', 'audio key refused', { protocolCode: 1 });
      const f = t.files[0]!;
      const hex = f.fileId.toString('hex');
      return { uri, durationMs: t.durationMs, key: f.key, cdnUrls: async () => [cdn.urlFor(hex)] };
    },
  };
}

/**
 * An ALSA configuration whose default PCM writes every sample to a file, exactly (no pacing). The file plugin
 * pipes to `cat >>`, so each time the player reopens the device (after a skip drops the old output) the
 * capture goes on instead of starting over.
 */
export function alsaCapture(): { env: NodeJS.ProcessEnv; file: string; read(): Buffer } {
  const home = mkdtempSync(join(tmpdir(), 'spotlet-alsa-'));
  mkdirSync(home, { recursive: true });
  const file = join(home, 'capture.raw');
  writeFileSync(
    join(home, '.asoundrc'),
    `pcm.!default {\n  type file\n  slave.pcm "null"\n  file "|cat >> ${file}"\n  format "raw"\n}\n`,
  );
  return { env: { ...process.env, HOME: home, PULSE_SERVER: '' }, file, read: () => readFileSync(file) };
}

/** An aplay sink on the capture PCM. ALSA reads HOME from the child's environment. */
export function captureSink(env: NodeJS.ProcessEnv): AlsaSink {
  return new AlsaSink({ device: 'default', backend: 'aplay', pace: false, env });
}

/**
 * Sample-by-sample difference of two S16 buffers. Buffers of different lengths differ (maxDiff Infinity): a
 * capture cut short must not pass by matching the part it has.
 */
export function compareS16(a: Buffer, b: Buffer): { maxDiff: number; snrDb: number; frames: number } {
  if (a.length !== b.length) return { maxDiff: Number.POSITIVE_INFINITY, snrDb: Number.NEGATIVE_INFINITY, frames: 0 };
  const n = a.length >> 1;
  let maxDiff = 0;
  let sig = 0;
  let noise = 0;
  for (let i = 0; i < n; i++) {
    const x = a.readInt16LE(i * 2);
    const y = b.readInt16LE(i * 2);
    const d = Math.abs(x - y);
    if (d > maxDiff) maxDiff = d;
    sig += y * y;
    noise += d * d;
  }
  return { maxDiff, snrDb: noise ? 10 * Math.log10(sig / noise) : Infinity, frames: n >> 1 };
}

/** Runs the emulator CDN over the sample catalog for the calling test file; returns it once started. */
export function useCdn(): () => CdnServer {
  let cdn: CdnServer | undefined;
  before(async () => {
    cdn = new CdnServer({ catalog: sampleCatalog() });
    await cdn.start();
  });
  after(() => cdn?.stop());
  return () => cdn!;
}

/** A player on the sample catalog, through the CDN, into an ALSA capture (paced like a DAC, or not). */
export function capturePlayer(
  cdn: CdnServer,
  pace: boolean,
  over: Partial<PlayerOptions> = {},
): { player: Player; cap: ReturnType<typeof alsaCapture> } {
  const cap = alsaCapture();
  const player = new Player({
    source: catalogSource(sampleCatalog(), cdn),
    openSink: () => new AlsaSink({ device: 'default', backend: 'aplay', pace, env: cap.env }),
    log: createLogger('test'),
    normalisation: DEFAULT_NORMALISATION,
    mixer: new SoftMixer('log'),
    volume: 65535,
    ...over,
  });
  return { player, cap };
}

/** The native output's lead (ms): what ALSA keeps when a command takes back the rest of what it holds. */
export const LEAD_MS = 30;
/** Old audio a listener may still hear after a command: what ALSA holds, the 10 ms fade, a write period. */
export const AFTER_COMMAND_MS = LEAD_MS + 10 + 10;

/**
 * A player on the sample catalog into the native output over an ALSA capture, paced like a DAC, its writes
 * traced: `heard()` tells when each captured frame is heard.
 */
export function nativeCapturePlayer(cdn: CdnServer, over: Partial<PlayerOptions> = {}) {
  const cap = alsaCapture();
  const trace = join(cap.env.HOME!, 'trace');
  const player = new Player({
    source: catalogSource(sampleCatalog(), cdn),
    openSink: () => new NativeSink({ device: 'default', env: cap.env, trace, leadMs: LEAD_MS }),
    log: createLogger('test'),
    normalisation: DEFAULT_NORMALISATION,
    mixer: new SoftMixer('fixed'),
    volume: 65535,
    ...over,
  });
  return { player, cap, heard: () => heardModel(trace) };
}

/** Where captured audio comes from: which reference, at what position, how loud relative to it. */
export interface Located {
  uri: string;
  positionMs: number;
  /** Normalised correlation with the reference there (1 = the same waveform). */
  correlation: number;
  /** Captured amplitude / reference amplitude (the volume and normalisation applied). */
  gain: number;
}

const DECIMATE = 8;
const COARSE_WINDOW = 512;
const FINE_WINDOW = 4096;

const monoCache = new WeakMap<Buffer, Map<number, Float32Array>>();

/** Mono, averaged over `decimate` frames (references are converted once). */
function mono(s16: Buffer, decimate: number, cache = false): Float32Array {
  const hit = cache ? monoCache.get(s16)?.get(decimate) : undefined;
  if (hit) return hit;
  const frames = Math.floor(s16.length / 4 / decimate);
  const out = new Float32Array(frames);
  for (let i = 0; i < frames; i++) {
    let sum = 0;
    for (let k = 0; k < decimate; k++) {
      const o = (i * decimate + k) * 4;
      sum += s16.readInt16LE(o) + s16.readInt16LE(o + 2);
    }
    out[i] = sum / (2 * decimate);
  }
  if (cache) monoCache.set(s16, (monoCache.get(s16) ?? new Map()).set(decimate, out));
  return out;
}

/** The offset in `hay` (from `lo` to `hi`) where `needle` matches best, by normalised cross-correlation. */
function slide(hay: Float32Array, needle: Float32Array, lo: number, hi: number): { lag: number; corr: number } {
  const n = needle.length;
  let nNorm = 0;
  for (const v of needle) nNorm += v * v;
  let hNorm = 0;
  for (let i = lo; i < lo + n && i < hay.length; i++) hNorm += hay[i]! * hay[i]!;
  let best = { lag: lo, corr: -1 };
  for (let lag = lo; lag <= hi && lag + n <= hay.length; lag++) {
    let dot = 0;
    for (let i = 0; i < n; i++) dot += needle[i]! * hay[lag + i]!;
    const corr = dot / Math.sqrt(nNorm * hNorm || 1);
    if (corr > best.corr) best = { lag, corr };
    const out = hay[lag]!;
    const inn = hay[lag + n] ?? 0;
    hNorm += inn * inn - out * out;
  }
  return best;
}

/**
 * Finds which reference (oggdec decodes of catalog tracks) the captured audio at `atFrame` is, and where in it:
 * a coarse normalised cross-correlation on an 8× decimated mono signal over every offset of every reference,
 * then a full-rate refinement. The sample catalog's pink noise makes every position of every track unique.
 */
export function locate(captured: Buffer, atFrame: number, references: { uri: string; pcm: Buffer }[]): Located {
  const win = mono(captured.subarray(atFrame * 4, (atFrame + COARSE_WINDOW * DECIMATE) * 4), DECIMATE);
  if (win.length < COARSE_WINDOW)
    throw new Error(`only ${win.length * DECIMATE} frames captured after frame ${atFrame}`);
  let best = { ref: references[0]!, lag: 0, corr: -1 };
  for (const ref of references) {
    const r = mono(ref.pcm, DECIMATE, true);
    const hit = slide(r, win, 0, r.length - COARSE_WINDOW);
    if (hit.corr > best.corr) best = { ref, ...hit };
  }
  const w = mono(captured.subarray(atFrame * 4, (atFrame + FINE_WINDOW) * 4), 1);
  const full = mono(best.ref.pcm, 1, true);
  let fine = { frame: best.lag * DECIMATE, corr: -1, gain: 0 };
  for (
    let f = Math.max(0, best.lag * DECIMATE - 2 * DECIMATE);
    f <= best.lag * DECIMATE + 2 * DECIMATE && f + w.length <= full.length;
    f++
  ) {
    let dot = 0;
    let a2 = 0;
    let b2 = 0;
    for (let i = 0; i < w.length; i++) {
      dot += w[i]! * full[f + i]!;
      a2 += w[i]! * w[i]!;
      b2 += full[f + i]! * full[f + i]!;
    }
    const corr = dot / Math.sqrt(a2 * b2 || 1);
    if (corr > fine.corr) fine = { frame: f, corr, gain: b2 ? dot / b2 : 0 };
  }
  return { uri: best.ref.uri, positionMs: fine.frame / 44.1, correlation: fine.corr, gain: fine.gain };
}

/**
 * The inverse of `locate`: the captured frame (between `fromFrame` and `toFrame`) where the reference audio
 * from `refFrame` on begins — e.g. where the audio a command switched to starts, however long the command took.
 */
export function findInCapture(
  captured: Buffer,
  fromFrame: number,
  toFrame: number,
  ref: Buffer,
  refFrame: number,
): { frame: number; correlation: number } {
  const needle = mono(ref.subarray(refFrame * 4, (refFrame + COARSE_WINDOW * DECIMATE) * 4), DECIMATE);
  const hay = mono(captured.subarray(fromFrame * 4, (toFrame + COARSE_WINDOW * DECIMATE) * 4), DECIMATE);
  if (needle.length < COARSE_WINDOW || hay.length < COARSE_WINDOW) throw new Error('not enough audio to search');
  const coarse = slide(hay, needle, 0, hay.length - COARSE_WINDOW);
  const fineNeedle = mono(ref.subarray(refFrame * 4, (refFrame + FINE_WINDOW) * 4), 1);
  const fineHay = mono(captured.subarray(fromFrame * 4, (toFrame + FINE_WINDOW + 2 * DECIMATE) * 4), 1);
  const lo = Math.max(0, coarse.lag * DECIMATE - 2 * DECIMATE);
  const fine = slide(fineHay, fineNeedle, lo, coarse.lag * DECIMATE + 2 * DECIMATE);
  return { frame: fromFrame + fine.lag, correlation: fine.corr };
}

/**
 * `got` is `expected` faded in over its first `fadeFrames` (a start mid-track, a resume): never louder than the
 * reference there, and the same to ±1 LSB after. Returns the largest difference after the fade.
 */
export function fadedInDiff(got: Buffer, expected: Buffer, fadeFrames: number): number {
  const n = Math.min(got.length, expected.length) >> 1;
  for (let i = 0; i < Math.min(n, fadeFrames * 2); i++) {
    const g = Math.abs(got.readInt16LE(i * 2));
    const e = Math.abs(expected.readInt16LE(i * 2));
    if (g > e + 2) return Math.max(1 << 16, g - e);
  }
  return compareS16(got.subarray(fadeFrames * 4), expected.subarray(fadeFrames * 4)).maxDiff;
}

/** Removes the last `frames` frames written from `writes` (taken back from ALSA, never heard); returns how many. */
function takeBack(writes: { frames: number }[], frames: number): number {
  let left = frames;
  while (left > 0 && writes.length) {
    const last = writes.at(-1)!;
    const cut = Math.min(left, last.frames);
    last.frames -= cut;
    left -= cut;
    if (!last.frames) writes.pop();
  }
  return frames - left;
}

/**
 * When each captured frame is heard, from the native output's trace of its writes to ALSA ("w T_US FRAMES
 * QUEUED_BEFORE") and take-backs ("k T_US FRAMES": the last FRAMES written are never heard): the capture holds
 * every frame heard, in order, and a DAC plays a write's first frame once what was queued before it has played
 * (it starts at the first frame, plays 44 100 frames/s, waits while nothing is written). The capture's own arrival
 * times are not when a DAC plays (the file plugin passes audio on late).
 */
export function heardModel(traceFile: string): {
  /** Monotonic µs at which captured frame `frame` is heard. */
  at(frame: number): number;
  /** The first captured frame heard at or after `us`. */
  frameAt(us: number): number;
  /** Captured frames heard after a silence of more than `minMs` (a pause), and how long it was. */
  gaps(minMs: number): { frame: number; ms: number }[];
  frames: number;
} {
  const segments: { first: number; frames: number; heardUs: number }[] = [];
  let total = 0;
  for (const w of outputTrace(traceFile).writes) {
    segments.push({ first: total, frames: w.frames, heardUs: w.us + (w.queued * 1e6) / 44100 });
    total += w.frames;
  }
  return {
    frames: total,
    at(frame) {
      let s = segments[0]!;
      for (const x of segments) if (x.first <= frame) s = x;
      return s.heardUs + ((frame - s.first) * 1e6) / 44100;
    },
    gaps(minMs) {
      const out: { frame: number; ms: number }[] = [];
      for (let i = 1; i < segments.length; i++) {
        const prev = segments[i - 1]!;
        const ms = (segments[i]!.heardUs - (prev.heardUs + (prev.frames * 1e6) / 44100)) / 1000;
        if (ms > minMs) out.push({ frame: segments[i]!.first, ms });
      }
      return out;
    },
    frameAt(us) {
      for (const s of segments) {
        const end = s.heardUs + (s.frames * 1e6) / 44100;
        if (end > us) return s.first + Math.max(0, Math.ceil(((us - s.heardUs) * 44100) / 1e6));
      }
      return total;
    },
  };
}

/** Monotonic µs, the native output's clock. */
export const monotonicUs = (): number => Number(process.hrtime.bigint() / 1000n);

/** The native output's trace by stream frame (what the player wrote, counted from the output's start). */
export function outputTrace(traceFile: string) {
  const writes: { us: number; frames: number; queued: number; frame: number }[] = [];
  const drops: { us: number; frame: number }[] = [];
  const commands: { us: number; op: string; frame: number }[] = [];
  /** What ALSA gave back when a command came: `queued` frames it held, the last `frames` of them taken back. */
  const takeBacks: { us: number; frames: number; queued: number; frame: number }[] = [];
  for (const line of existsSync(traceFile) ? readFileSync(traceFile, 'utf8').split('\n') : []) {
    const f = line.split(' ');
    if (f[0] === 'w') writes.push({ us: +f[1]!, frames: +f[2]!, queued: +f[3]!, frame: +f[4]! });
    else if (f[0] === 'k') {
      takeBack(writes, +f[2]!);
      takeBacks.push({ us: +f[1]!, frames: +f[2]!, queued: +f[3]!, frame: +f[4]! });
    } else if (f[0] === 'd') drops.push({ us: +f[1]!, frame: +f[2]! });
    else if (f[0] === 'c') commands.push({ us: +f[1]!, op: f[2]!, frame: +f[3]! });
  }
  return {
    /** The writes to ALSA, less what was taken back: the frames heard. */
    writes,
    drops,
    commands,
    takeBacks,
    /**
     * When stream frame `frame` is heard (µs), once it has been written (at or after `fromUs`: a trace file may
     * hold several outputs one after another, each counting from 0).
     */
    heardAt(frame: number, fromUs = 0): number | undefined {
      const w = writes.find((x) => x.us >= fromUs && frame >= x.frame && frame < x.frame + x.frames);
      return w && w.us + ((w.queued + frame - w.frame) * 1e6) / 44100;
    },
  };
}
