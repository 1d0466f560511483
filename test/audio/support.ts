/** Shared fixtures for the audio tests: a real catalog, the emulator CDN, ALSA capture through a file PCM. */
import { execFileSync } from 'node:child_process';
import { after, before } from 'node:test';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlsaSink, DEFAULT_NORMALISATION, Player, type PlayableTrack, type PlayerOptions, type TrackSource } from '../../src/audio/index.js';
import { createLogger } from '../../src/core/log.js';
import { SpotletError } from '../../src/core/errors.js';
import { Catalog } from '../../src/emulator/catalog.js';
import { CdnServer } from '../../src/emulator/cdn.js';
import { makeSampleCatalog } from '../../src/emulator/sample-catalog.js';

let shared: Catalog | undefined;
/** One sample catalog (3 s tracks) per test process: real oggenc files of tones mixed with speech. */
export function sampleCatalog(): Catalog {
  shared ??= Catalog.load(makeSampleCatalog(mkdtempSync(join(tmpdir(), 'spotlet-audio-cat-')), { tracks: 3, seconds: 3 }));
  return shared;
}

/** libvorbis' own decode (oggdec) of a catalog track, S16LE. */
export function oggdecReference(path: string): Buffer {
  return execFileSync('oggdec', ['-Q', '-R', '-b', '16', '-e', '0', '-s', '1', '-o', '-', path], { maxBuffer: 1 << 28 });
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

/** An ALSA configuration whose default PCM writes every sample to a file, exactly (no pacing). */
export function alsaCapture(): { env: NodeJS.ProcessEnv; file: string; read(): Buffer } {
  const home = mkdtempSync(join(tmpdir(), 'spotlet-alsa-'));
  mkdirSync(home, { recursive: true });
  const file = join(home, 'capture.raw');
  writeFileSync(join(home, '.asoundrc'), `pcm.!default {\n  type file\n  slave.pcm "null"\n  file "${file}"\n  format "raw"\n}\n`);
  return { env: { ...process.env, HOME: home, PULSE_SERVER: '' }, file, read: () => readFileSync(file) };
}

/** An aplay sink on the capture PCM. ALSA reads HOME from the child's environment. */
export function captureSink(env: NodeJS.ProcessEnv): AlsaSink {
  return new AlsaSink({ device: 'default', backend: 'aplay', pace: false, env });
}

export function compareS16(a: Buffer, b: Buffer): { maxDiff: number; snrDb: number; frames: number } {
  const n = Math.min(a.length, b.length) >> 1;
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
export function capturePlayer(cdn: CdnServer, pace: boolean, over: Partial<PlayerOptions> = {}): { player: Player; cap: ReturnType<typeof alsaCapture> } {
  const cap = alsaCapture();
  const player = new Player({
    source: catalogSource(sampleCatalog(), cdn),
    openSink: () => new AlsaSink({ device: 'default', backend: 'aplay', pace, env: cap.env }),
    log: createLogger('test'),
    normalisation: DEFAULT_NORMALISATION,
    volumeCurve: 'log',
    volumeRangeDb: 60,
    volume: 65535,
    ...over,
  });
  return { player, cap };
}
