/**
 * The native output heard as a listener would: every frame heard is in the ALSA capture, and its trace says
 * when a DAC plays each one (see heardModel). ALSA is fed ~400 ms ahead; pause, skip, seek and volume take back
 * what it has not played beyond the lead and act from there: the old audio heard after a command is at most the
 * output's lead (30 ms) plus the fade, counted in captured frames; fades are click-free; resume goes on from the
 * frame after the last one heard. A device that cannot take audio back is fed only the lead ahead.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { NativeSink, SoftMixer, volumeFactor } from '../../src/audio/index.js';
import { setLogSink } from '../../src/core/log.js';
import { CdnServer } from '../../tools/emulator/cdn.js';
import { until } from '../ap/helpers.js';
import {
  alsaCapture,
  AFTER_COMMAND_MS,
  LEAD_MS,
  compareS16,
  fadedInDiff,
  heardModel,
  monotonicUs,
  nativeCapturePlayer,
  oggdecReference,
  outputTrace,
  sampleCatalog,
  useCdn,
} from './support.js';

const cdn = useCdn();
const RATE = 44.1;
const FADE_MS = 10;
const AFTER_COMMAND = Math.round(AFTER_COMMAND_MS * RATE);

function nativePlayer(curve: 'fixed' | 'log' = 'fixed') {
  return nativeCapturePlayer(cdn(), { mixer: new SoftMixer(curve), rampMs: FADE_MS });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const s16 = (b: Buffer, frame: number, ch = 0) => b.readInt16LE(frame * 4 + ch * 2);

/** The first frame from `from` on where `got` and `ref` differ by more than `tolerance`. */
function firstDiff(got: Buffer, ref: Buffer, from: number, tolerance = 1): number {
  const n = Math.min(got.length, ref.length) >> 2;
  for (let f = from; f < n; f++)
    if (Math.abs(s16(got, f) - s16(ref, f)) > tolerance || Math.abs(s16(got, f, 1) - s16(ref, f, 1)) > tolerance)
      return f;
  return -1;
}

/** The largest step between neighbouring samples in frames [a, b). */
function maxStep(pcm: Buffer, a: number, b: number): number {
  let m = 0;
  for (let f = Math.max(1, a); f < b; f++)
    for (const ch of [0, 1]) m = Math.max(m, Math.abs(s16(pcm, f, ch) - s16(pcm, f - 1, ch)));
  return m;
}

function peak(pcm: Buffer, a: number, b: number): number {
  let m = 0;
  for (let f = a; f < b; f++) for (const ch of [0, 1]) m = Math.max(m, Math.abs(s16(pcm, f, ch)));
  return m;
}

test('native output: the exact samples reach ALSA, paced like a DAC; a missing DAC is an error event', async () => {
  const { player, cap, heard } = nativePlayer();
  const t = sampleCatalog().tracks[0]!;
  const stopped = once(player, 'stopped');
  player.load(t.uri);
  await stopped;
  const ref = oggdecReference(t.files[0]!.path);
  const got = cap.read();
  assert.equal(got.length, ref.length, 'every frame, nothing more');
  assert.ok(compareS16(got, ref).maxDiff <= 1);
  const h = heard();
  assert.equal(h.frames, ref.length / 4, 'the trace accounts for every frame');
  // Paced like a DAC: never faster than real time (a loaded machine may add gaps, never take time away).
  const playedS = (h.at(h.frames) - h.at(0)) / 1e6;
  assert.ok(playedS >= ref.length / 4 / 44100 - 0.05, `played in real time (${playedS.toFixed(2)} s)`);

  const bad = new NativeSink({ device: 'hw:CARD=NoSuchDac', env: alsaCapture().env });
  const [err] = (await once(bad, 'error')) as [{ code: string }];
  assert.equal(err.code, 'ERR_AUDIO_SINK');
});

test('pause is heard within the lead and a click-free fade; resume goes on from the next frame', async () => {
  const { player, cap, heard } = nativePlayer();
  const t = sampleCatalog().tracks[0]!;
  const ref = oggdecReference(t.files[0]!.path);
  const stopped = once(player, 'stopped');
  player.load(t.uri);
  await once(player, 'playing');
  await sleep(1000);
  const pausedAt = monotonicUs();
  player.pause();
  await sleep(400);
  const pausedPosition = player.position().positionMs;
  player.resume();
  await stopped;
  const got = cap.read();
  const h = heard();
  // Everything was heard once, in order: the reference with a fade out and back in, no frame lost or repeated.
  assert.equal(got.length, ref.length, 'no frame lost or repeated');
  const gaps = h.gaps(300);
  assert.equal(gaps.length, 1, 'one long silence: the pause');
  const resumedAt = gaps[0]!.frame;
  assert.ok(gaps[0]!.ms > 300, `the pause lasted ${gaps[0]!.ms.toFixed(0)} ms`);
  const fade = Math.round(FADE_MS * RATE);
  const fadeStart = resumedAt - fade;
  assert.ok(firstDiff(got, ref, 0) >= fadeStart - 1, 'exact up to the fade out');
  assert.equal(firstDiff(got, ref, resumedAt + fade + 1), -1, 'exact after the fade in');
  assert.ok(peak(got, resumedAt - 2, resumedAt + 2) < 0.05 * 32768, 'silent where it paused');
  const commandFrame = h.frameAt(pausedAt);
  assert.ok(
    resumedAt - commandFrame <= AFTER_COMMAND,
    `heard ${((resumedAt - commandFrame) / RATE).toFixed(1)} ms of audio after the pause`,
  );
  assert.ok(
    Math.abs(pausedPosition - resumedAt / RATE) < 25,
    `position while paused ${pausedPosition} ms, heard up to ${(resumedAt / RATE).toFixed(0)} ms`,
  );
  // No click: no step in the fades larger than the music's own steps plus what the fade itself adds.
  const allowed = maxStep(ref, fadeStart, fadeStart + 2 * fade) + peak(ref, fadeStart, fadeStart + 2 * fade) / fade + 2;
  const step = maxStep(got, fadeStart, fadeStart + 2 * fade + 1);
  assert.ok(step <= allowed, `largest step in the fades ${step} (allowed ${allowed.toFixed(0)})`);
});

test('a volume change is heard within the lead, ramped; a seek deep in the track drops the old audio at once', async () => {
  const { player, cap, heard } = nativePlayer('log');
  const [t0, t1] = sampleCatalog().tracks;
  const ref0 = oggdecReference(t0!.files[0]!.path);
  const ref1 = oggdecReference(t1!.files[0]!.path);
  player.load(t0!.uri);
  await once(player, 'playing');
  await sleep(800);
  const volumeAt = monotonicUs();
  player.setVolume(40000);
  await sleep(500);
  const seekAt = monotonicUs();
  player.load(t1!.uri, { positionMs: 2000 });
  await once(player, 'stopped');
  const got = cap.read();
  const h = heard();
  const changed = firstDiff(got, ref0, 0, 3);
  const volumeFrame = h.frameAt(volumeAt);
  assert.ok(changed >= volumeFrame, 'nothing changed before the command');
  assert.ok(
    changed - volumeFrame <= Math.round((LEAD_MS + 10) * RATE),
    `the new volume is heard ${((changed - volumeFrame) / RATE).toFixed(1)} ms of audio after the command`,
  );
  const g = volumeFactor(40000, 'log', 60);
  const ramp = Math.round(5 * RATE);
  for (const f of [changed + ramp + 10, changed + ramp + 2000]) {
    const want = s16(ref0, f) * g;
    assert.ok(Math.abs(s16(got, f) - want) <= 2, `frame ${f} at the new gain: ${s16(got, f)} vs ${want.toFixed(1)}`);
  }
  // The seek: the old track fades out at most a lead and a fade after the command, then t1 from 2 s (faded in).
  const seekFrame = h.frameAt(seekAt);
  const newAudio = ref1.subarray(Math.round(2000 * RATE) * 4);
  const tail = got.length - newAudio.length;
  assert.ok(tail >= seekFrame * 4, 'the new audio follows the old');
  assert.ok(
    tail / 4 - seekFrame <= AFTER_COMMAND,
    `old audio heard ${((tail / 4 - seekFrame) / RATE).toFixed(1)} ms after the seek`,
  );
  assert.ok(peak(got, tail / 4 - 5, tail / 4) < 0.05 * 32768, 'the old audio faded out before the new');
  const scaled = Buffer.from(newAudio);
  for (let i = 0; i < scaled.length; i += 2) scaled.writeInt16LE(Math.round(newAudio.readInt16LE(i) * g), i);
  assert.ok(fadedInDiff(got.subarray(tail), scaled, Math.round(FADE_MS * RATE)) <= 2, 't1 from 2 s, exact');
});

/** `ms` of a 440 Hz tone, S16LE stereo, starting at frame `from` of the tone. */
function tone(ms: number, from = 0): Buffer {
  const frames = Math.round(ms * RATE);
  const b = Buffer.alloc(frames * 4);
  for (let i = 0; i < frames; i++) {
    const v = Math.round(8000 * Math.sin((2 * Math.PI * 440 * (from + i)) / 44100));
    b.writeInt16LE(v, i * 4);
    b.writeInt16LE(v, i * 4 + 2);
  }
  return b;
}

async function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A native output on the capture, traced, feeding `device` (the capture itself unless named). */
function tracedSink(device = 'default') {
  const cap = alsaCapture();
  const trace = join(cap.env.HOME!, 'trace');
  appendFileSync(
    join(cap.env.HOME!, '.asoundrc'),
    // A rate converter at the same rate: the same samples, but ALSA cannot take back what it holds.
    'pcm.norewind {\n  type rate\n  slave { pcm "default" rate 44100 }\n}\n',
  );
  const sink = new NativeSink({ device, env: cap.env, trace, leadMs: LEAD_MS });
  return { sink, cap, trace: () => outputTrace(trace), heard: () => heardModel(trace) };
}

/** Plays `audio`, paused `afterMs` in for 400 ms, to its end; resolves with when the pause was sent. */
async function playPausedOnce(sink: NativeSink, audio: Buffer, afterMs: number): Promise<number> {
  const written = sink.write(audio);
  await sleep(afterMs);
  const pausedAt = monotonicUs();
  sink.control.pause(FADE_MS);
  await sleep(400);
  sink.control.resume(FADE_MS);
  await written;
  await sink.close();
  return pausedAt;
}

test('ALSA is fed ~400 ms ahead from the first write; a pause takes back what it has not played: heard within the lead, resumed sample-exact', async (t) => {
  const { sink, cap, trace, heard } = tracedSink();
  t.after(() => sink.close());
  const audio = tone(2500);
  const pausedAt = await playPausedOnce(sink, audio, 1200);
  const tr = trace();
  // The start fills ALSA in one write: a CPU quota's stop right after it finds 400 ms to play, not the lead.
  assert.ok(tr.writes[0]!.frames / RATE > 300, `the first write held ${(tr.writes[0]!.frames / RATE).toFixed(0)} ms`);
  const atPause = tr.takeBacks.filter((k) => k.us >= pausedAt);
  assert.equal(atPause.length, 1, 'the pause took audio back from ALSA');
  const heldMs = atPause[0]!.queued / RATE;
  assert.ok(heldMs > 300, `ALSA held ${heldMs.toFixed(0)} ms when the pause came`);
  assert.ok(atPause[0]!.queued - atPause[0]!.frames <= Math.round(LEAD_MS * RATE), 'it kept only the lead');
  const got = cap.read();
  assert.equal(got.length, audio.length, 'every frame heard once: none lost, none repeated');
  const h = heard();
  const gaps = h.gaps(300);
  assert.equal(gaps.length, 1, 'one long silence: the pause');
  const resumedAt = gaps[0]!.frame;
  const commandFrame = h.frameAt(pausedAt);
  assert.ok(
    resumedAt - commandFrame <= AFTER_COMMAND,
    `heard ${((resumedAt - commandFrame) / RATE).toFixed(1)} ms of audio after the pause`,
  );
  const fade = Math.round(FADE_MS * RATE);
  assert.ok(firstDiff(got, audio, 0) >= resumedAt - fade - 1, 'exact up to the fade out');
  assert.equal(firstDiff(got, audio, resumedAt + fade + 1), -1, 'exact after the fade in: resumed where it paused');
  assert.ok(peak(got, resumedAt - 2, resumedAt + 2) < 0.05 * 32768, 'silent where it paused');
});

test('a device that cannot take audio back is fed only the lead ahead after its first write; a pause is still heard within it', async (t) => {
  const { sink, cap, trace, heard } = tracedSink('norewind');
  t.after(() => sink.close());
  const audio = tone(1500);
  const pausedAt = await playPausedOnce(sink, audio, 800);
  const tr = trace();
  assert.deepEqual(tr.takeBacks, [], 'nothing taken back');
  // The first write, before the device has told, fills ALSA to its depth as for any device (a start on the lead
  // alone ran dry under a CPU quota); from then on it holds the lead.
  assert.ok(tr.writes[0]!.frames > Math.round(LEAD_MS * RATE), 'the first write goes beyond the lead');
  const deepest = Math.max(...tr.writes.slice(1).map((w) => w.queued + w.frames));
  assert.ok(deepest <= Math.round(LEAD_MS * RATE), `ALSA held at most ${(deepest / RATE).toFixed(1)} ms`);
  assert.equal(cap.read().length, audio.length, 'every frame heard once');
  const h = heard();
  const gaps = h.gaps(300);
  assert.equal(gaps.length, 1, 'one long silence: the pause');
  assert.ok(
    gaps[0]!.frame - h.frameAt(pausedAt) <= AFTER_COMMAND,
    `heard ${((gaps[0]!.frame - h.frameAt(pausedAt)) / RATE).toFixed(1)} ms of audio after the pause`,
  );
});

test('underruns are counted where ALSA is fed: a stream that ran dry counts one; a start, pause and drop none', async (t) => {
  // A long lead: a loaded machine's scheduling delays never starve it, so only the stream itself can.
  const sink = new NativeSink({ device: 'default', env: alsaCapture().env, leadMs: 200 });
  // A failed assertion must not leave the output program running (it would hold the test process open).
  t.after(() => sink.close());
  const underruns: number[][] = [];
  sink.on('underrun', (count, total) => underruns.push([count, total]));
  await sink.write(tone(600));
  await sleep(300);
  sink.control.pause(10);
  await sleep(700); // held far longer than the lead: the DAC has nothing left, by design
  sink.control.resume(10);
  await sleep(100);
  sink.control.drop(10);
  await sink.write(tone(400, 600 * 44.1));
  await until(() => sink.bufferedMs() === 0, 5000);
  await sleep(100);
  assert.deepEqual(underruns, [], 'a start, a pause, a resume and a drop are not dropouts');
  // Now the audio comes too late: everything written has been heard when the stream goes on.
  await sleep(300);
  await sink.write(tone(300, 1000 * 44.1));
  const [count, total] = (await within(once(sink, 'underrun'), 5000, 'underrun')) as [number, number];
  assert.deepEqual([count, total], [1, 1], 'one gap, reported once');
  assert.equal(sink.underruns, 1);
});

test('a player whose audio comes too late (a slow network) logs each gap heard as an underrun', async () => {
  const t = sampleCatalog().tracks[1]!;
  const slow = new CdnServer({ catalog: sampleCatalog(), slowBytesPerSecond: 8192 });
  await slow.start();
  slow.fault(t.files[0]!.fileId.toString('hex'), 'slow', 1000);
  const lines: string[] = [];
  const restore = setLogSink((l) => lines.push(l));
  try {
    // 8 KiB ranges at 8 KiB/s: each brings ~0.5 s of audio a second after the one before.
    const { player } = nativeCapturePlayer(slow, { cdn: { firstChunkBytes: 8192, chunkBytes: 8192 } });
    player.load(t.uri);
    const [count] = (await within(once(player, 'underrun'), 15_000, 'underrun')) as [number];
    assert.ok(count >= 1 && player.underruns >= count);
    await player.stop();
    const logged = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => /underrun/.test(String(l.msg)));
    assert.ok(logged, 'the underrun is logged');
    assert.equal(logged.level, 'warn');
    assert.equal(logged.uri, t.uri);
  } finally {
    restore();
    await slow.stop();
  }
});
