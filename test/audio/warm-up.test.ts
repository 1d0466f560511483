/**
 * The warm-up at login leaves the gain stage's optimised code as a track's first play needs it. If the first
 * play throws that code away (V8 deoptimises it), the first seconds run in the interpreter, ~10× slower: under a
 * small board's CPU quota that is heard as a later first sound. The warm-up runs in a process of its own, with the
 * optimising compiler held back and released as the speaker does at login, and V8 tracing what it optimises and
 * deoptimises. V8 compiles on the main thread here: on its background thread a loaded machine (CI runs test files
 * side by side) decides when the code is compiled and what type feedback it reads, and the trace would show that
 * timing, not what the warm-up left behind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

const AUDIO = new URL('../../src/audio/index.js', import.meta.url).href;
const OPTIMISER = new URL('../../src/core/optimiser.js', import.meta.url).href;

/** After the warm-up, a player's gain stage for a loud track: +3 dB normalisation, volume 1, 5 s of audio. */
const FIRST_PLAY = `
const { holdOptimiser, releaseOptimiser } = await import(${JSON.stringify(OPTIMISER)});
holdOptimiser();
const { DEFAULT_NORMALISATION, GainStage, warmUpAudio } = await import(${JSON.stringify(AUDIO)});
releaseOptimiser();
await warmUpAudio();
console.log('-- first play');
const stage = new GainStage({ ...DEFAULT_NORMALISATION, enabled: true });
stage.setTrack({ trackGainDb: 3, trackPeak: 1, albumGainDb: 3, albumPeak: 1 });
stage.setVolume(1);
const left = new Float32Array(2048);
const right = new Float32Array(2048);
for (let block = 0; block < 108; block++) {
  for (let i = 0; i < 2048; i++) {
    const t = (block * 2048 + i) / 44100;
    left[i] = 0.9 * Math.sin(2 * Math.PI * 440 * t);
    right[i] = 0.9 * Math.sin(2 * Math.PI * 660 * t);
  }
  stage.toS16(left, right, 2048);
}
`;

test('after the warm-up, a loud track with normalisation keeps the gain stage optimised (nothing deoptimised)', () => {
  const trace = execFileSync(
    process.execPath,
    [
      '--no-concurrent-recompilation',
      '--no-concurrent-osr',
      '--trace-opt',
      '--trace-deopt',
      '--input-type=module',
      '-e',
      FIRST_PLAY,
    ],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  const [warmUp, firstPlay] = trace.split('-- first play\n') as [string, string | undefined];
  assert.ok(firstPlay !== undefined, 'the first play ran');
  assert.match(warmUp, /completed compiling .*<JSFunction #scale /, 'the warm-up got the gain stage optimised');
  const thrownAway = firstPlay.split('\n').filter((l) => /bailout.*<JSFunction (#scale|toS16|toInt16) /.test(l));
  assert.deepEqual(thrownAway, [], 'the gain stage deoptimised at the first play');
});
