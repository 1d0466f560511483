/**
 * The audio path warmed up before the first track (when a user logs in), so that the first play meets compiled
 * code: the decoder's module is loaded and its WebAssembly compiled, a short built-in stream is decoded
 * (`warm-up.ogg`: 0.25 s of two tones over quiet noise, oggenc -q 9, the 320 kbit/s class) and its audio goes
 * through the gain stage with and without normalisation. Measured here, that is ~35 ms of CPU to load the
 * module, 20 ms to compile it and 15 ms more for a first decode while cold: most of the first sound's CPU time,
 * and on a Pi-class CPU most of a second.
 */
import { readFile } from 'node:fs/promises';
import { DEFAULT_NORMALISATION, GainStage } from './gain.js';
import { VorbisStream, type PcmBlock } from './vorbis.js';

// Found from dist/src/<part>/, which both this module and the image's bundle (dist/src/cli/) are one level under.
const WARM_UP_STREAM = new URL('../audio/warm-up.ogg', import.meta.url);
/** Bytes per push, as the player's slices are fed (several calls warm the decoding loop, not just its setup). */
const PIECE = 4096;
/** A 10 ms ramp in: its length is of no matter, only that the ramp's path runs. */
const RAMP_FRAMES = 441;

let warm: Promise<void> | undefined;

/** Warms the decoder and the gain stage up once; later calls share the first. */
export function warmUpAudio(): Promise<void> {
  warm ??= (async () => {
    const ogg = await readFile(WARM_UP_STREAM);
    const stream = new VorbisStream();
    const blocks: PcmBlock[] = [];
    try {
      for (let o = 0; o < ogg.length; o += PIECE) {
        const b = await stream.push(ogg.subarray(o, o + PIECE));
        if (b) blocks.push(b);
      }
      const last = await stream.end();
      if (last) blocks.push(last);
    } finally {
      stream.free();
    }
    // Set up as the player's are for a track, or the first play throws the optimised code away: a track's gain
    // (a fraction: the stage's fields held whole numbers before), enough of it for the limiter to act on this quiet
    // stream (code that never ran here has no type feedback), a volume, and a ramp in, as a start mid-track has.
    const normalised = new GainStage({ ...DEFAULT_NORMALISATION, enabled: true });
    normalised.setTrack({ trackGainDb: 14.5, trackPeak: 0.14, albumGainDb: 14.5, albumPeak: 0.14 });
    normalised.setVolume(0.5);
    const plain = new GainStage();
    const ramp = { frames: RAMP_FRAMES, gain: (i: number) => (i + 1) / RAMP_FRAMES };
    blocks.forEach((b, i) => {
      normalised.toS16(b.left, b.right, b.frames, i === 0 ? ramp : undefined);
      plain.toS16(b.left, b.right, b.frames);
    });
  })();
  return warm;
}
