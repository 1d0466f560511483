/**
 * Crossfade heard in the ALSA capture (native output, paced like a DAC): the end of one track fades out while the
 * next fades in, equal power, sample for sample; the next track of an album in order follows gaplessly; a skip
 * or a seek during the fade drops it at once, click-free.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import {
  AFTER_COMMAND_MS,
  compareS16,
  fadedInDiff,
  monotonicUs,
  nativeCapturePlayer,
  oggdecReference,
  sampleCatalog,
  useCdn,
} from './support.js';

const cdn = useCdn();
const RATE = 44.1;
const CROSSFADE_MS = 2000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `a`'s last `fadeFrames` fading out (cos) over `b`'s first fading in (sin), then the rest of `b`. */
function crossfaded(a: Buffer, b: Buffer, fadeFrames: number): Buffer {
  const head = a.length / 4 - fadeFrames;
  const out = Buffer.alloc(a.length + b.length - fadeFrames * 4);
  a.copy(out, 0, 0, head * 4);
  for (let i = 0; i < fadeFrames; i++) {
    const x = ((i + 0.5) / fadeFrames) * (Math.PI / 2);
    for (const ch of [0, 1]) {
      const v = a.readInt16LE((head + i) * 4 + ch * 2) * Math.cos(x) + b.readInt16LE(i * 4 + ch * 2) * Math.sin(x);
      out.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(v))), (head + i) * 4 + ch * 2);
    }
  }
  b.copy(out, (head + fadeFrames) * 4, fadeFrames * 4);
  return out;
}

function maxStep(pcm: Buffer, a: number, b: number): number {
  let m = 0;
  for (let f = Math.max(1, a); f < b; f++)
    for (const ch of [0, 1])
      m = Math.max(m, Math.abs(pcm.readInt16LE(f * 4 + ch * 2) - pcm.readInt16LE(f * 4 + ch * 2 - 4)));
  return m;
}

test('crossfade: the end of a track fades out under the next one, equal power, exact; an album in order stays gapless', async () => {
  const [t1, t2] = sampleCatalog().tracks;
  const ref1 = oggdecReference(t1!.files[0]!.path);
  const ref2 = oggdecReference(t2!.files[0]!.path);
  const fade = Math.round(CROSSFADE_MS * RATE);
  for (const gapless of [false, true]) {
    const { player, cap } = nativeCapturePlayer(cdn(), { crossfadeMs: CROSSFADE_MS });
    const started: string[] = [];
    player.on('track-started', (uri) => {
      started.push(uri);
      if (uri === t1!.uri) player.setNext(t2!.uri, gapless);
    });
    const stopped = once(player, 'stopped');
    player.load(t1!.uri);
    await stopped;
    assert.deepEqual(started, [t1!.uri, t2!.uri]);
    const got = cap.read();
    const expected = gapless ? Buffer.concat([ref1, ref2]) : crossfaded(ref1, ref2, fade);
    assert.equal(got.length, expected.length, `${gapless ? 'gapless' : 'crossfade'}: every frame once`);
    const cmp = compareS16(got, expected);
    assert.ok(cmp.maxDiff <= 2, `${gapless ? 'gapless' : 'crossfade'}: max diff ${cmp.maxDiff}`);
    if (!gapless) {
      // No click: no step larger than the ideal equal-power mix has there (plus the ±2 LSB of rounding).
      const start = ref1.length / 4 - fade;
      const allowed = maxStep(expected, start - 1, start + fade + 1) + 4;
      const step = maxStep(got, start - 1, start + fade + 1);
      assert.ok(step <= allowed, `largest step in the fade ${step} (the mix has ${allowed - 4})`);
    }
  }
});

test('a skip or a seek during the crossfade drops it at once, click-free', async () => {
  const [t1, t2, t3] = sampleCatalog().tracks.filter((t) => !t.refused);
  const refs = [t1!, t2!, t3!].map((t) => oggdecReference(t.files[0]!.path));
  for (const action of ['skip', 'seek'] as const) {
    const { player, cap, heard } = nativeCapturePlayer(cdn(), { crossfadeMs: CROSSFADE_MS });
    player.on('track-started', (uri) => uri === t1!.uri && player.setNext(t2!.uri));
    let fading = once(player, 'track-started');
    player.load(t1!.uri);
    await fading;
    fading = once(player, 'track-started');
    await fading; // t2's start: the fade is on its way to the DAC, heard from 1 s into t1
    await sleep(1500);
    const commandAt = monotonicUs();
    if (action === 'skip') player.load(t3!.uri);
    else player.seek(1500);
    const stopped = once(player, 'stopped');
    await stopped;
    const got = cap.read();
    const h = heard();
    const commandFrame = h.frameAt(commandAt);
    const fadeStart = refs[0]!.length / 4 - Math.round(CROSSFADE_MS * RATE);
    assert.ok(commandFrame > fadeStart, `${action}: the command came during the fade`);
    // The new audio is the capture's end: t3 from its start, or t2 from 1.5 s (faded in).
    const newAudio = action === 'skip' ? refs[2]! : refs[1]!.subarray(Math.round(1500 * RATE) * 4);
    const from = got.length / 4 - newAudio.length / 4;
    assert.ok(
      from - commandFrame <= Math.round(AFTER_COMMAND_MS * RATE),
      `${action}: ${((from - commandFrame) / RATE).toFixed(1)} ms of the fade heard after the command`,
    );
    const fadeIn = action === 'seek' ? Math.round(10 * RATE) : 0;
    assert.ok(fadedInDiff(got.subarray(from * 4), newAudio, fadeIn) <= 1, `${action}: the new audio is exact`);
    const old = got.subarray(0, from * 4);
    let tailPeak = 0;
    for (let f = from - 3; f < from; f++) tailPeak = Math.max(tailPeak, Math.abs(old.readInt16LE(f * 4)));
    assert.ok(tailPeak < 0.05 * 32768, `${action}: the fade was faded out before the new audio (${tailPeak})`);
  }
});
