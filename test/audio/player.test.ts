import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEventListeners, once } from 'node:events';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlsaSink,
  AudioFileCache,
  DEFAULT_NORMALISATION,
  Player,
  type Sink,
  SINKS,
  SoftMixer,
} from '../../src/audio/index.js';
import { createLogger } from '../../src/core/log.js';
import {
  alsaCapture,
  captureSink,
  catalogSource,
  compareS16,
  fadedInDiff,
  locate,
  oggdecReference,
  sampleCatalog,
  useCdn,
} from './support.js';

const log = createLogger('test');
const cdn = useCdn();

function makePlayer(openSink: () => Sink, extra: Partial<ConstructorParameters<typeof Player>[0]> = {}): Player {
  return new Player({
    source: catalogSource(sampleCatalog(), cdn()),
    openSink,
    log,
    normalisation: DEFAULT_NORMALISATION,
    mixer: new SoftMixer('fixed'),
    volume: 65535,
    cdn: { firstChunkBytes: 16 * 1024, chunkBytes: 32 * 1024, requestTimeoutMs: 2000 },
    ...extra,
  });
}

test('CDN → decrypt → decode → real ALSA equals libvorbis within ±1 LSB, and two tracks play gaplessly', async () => {
  const cat = sampleCatalog();
  const [t1, t2] = cat.tracks;
  const cap = alsaCapture();
  const player = makePlayer(() => captureSink(cap.env));
  player.on('track-started', (uri) => {
    if (uri === t1!.uri) player.setNext(t2!.uri);
  });
  const stopped = once(player, 'stopped');
  player.load(t1!.uri);
  await stopped;
  const expected = Buffer.concat([oggdecReference(t1!.files[0]!.path), oggdecReference(t2!.files[0]!.path)]);
  const got = cap.read();
  // aplay pads its last period with silence: compare the expected length.
  assert.ok(got.length >= expected.length, `captured ${got.length} < expected ${expected.length}`);
  const cmp = compareS16(got.subarray(0, expected.length), expected);
  console.log(`exactness: ${cmp.frames} frames, max diff ${cmp.maxDiff} LSB, SNR ${cmp.snrDb.toFixed(1)} dB`);
  assert.ok(cmp.maxDiff <= 1, `max diff ${cmp.maxDiff}`);
  assert.ok(
    got.subarray(expected.length).every((b) => b === 0),
    'only silence padding after the two tracks',
  );
});

test('a refused key is skipped with an event and playback goes on with the next track', async () => {
  const cat = sampleCatalog();
  const refused = cat.tracks.find((t) => t.refused)!;
  const good = cat.tracks[0]!;
  const cap = alsaCapture();
  const player = makePlayer(() => captureSink(cap.env));
  const skipped: string[] = [];
  player.on('unavailable', (uri, err) => {
    skipped.push(`${uri}:${err.code}`);
    player.setNext(good.uri);
  });
  const stopped = once(player, 'stopped');
  player.load(refused.uri);
  await stopped;
  assert.deepEqual(skipped, [`${refused.uri}:ERR_AUDIO_KEY_REFUSED`]);
  const expected = oggdecReference(good.files[0]!.path);
  assert.ok(compareS16(cap.read().subarray(0, expected.length), expected).maxDiff <= 1);
});

test('consecutive failures are bounded: the player stops instead of looping', async () => {
  const cat = sampleCatalog();
  const refused = cat.tracks.find((t) => t.refused)!;
  const player = makePlayer(() => captureSink(alsaCapture().env), { maxConsecutiveFailures: 3 });
  let failures = 0;
  player.on('unavailable', () => {
    failures++;
    player.setNext(`${refused.uri.slice(0, -1)}${failures % 2 ? 'A' : 'B'}`); // another refused/unknown track
  });
  const [reason] = await Promise.all([once(player, 'stopped'), player.load(refused.uri)]);
  assert.equal(failures, 3);
  assert.match(String(reason), /3 tracks in a row failed/);
});

test('CDN faults: 503, truncated body, expired URL, stalled and slow bodies are survived with exact audio', async () => {
  const cat = sampleCatalog();
  const t = cat.tracks[1]!;
  const hex = t.files[0]!.fileId.toString('hex');
  for (const fault of ['503', 'truncate', 'expired', 'stall', 'slow'] as const) {
    cdn().fault(hex, fault, 2);
    const cap = alsaCapture();
    const player = makePlayer(() => captureSink(cap.env), {
      cdn: { firstChunkBytes: 16 * 1024, chunkBytes: 32 * 1024, requestTimeoutMs: 500 },
    });
    const stopped = once(player, 'stopped');
    player.load(t.uri);
    await stopped;
    const expected = oggdecReference(t.files[0]!.path);
    const cmp = compareS16(cap.read().subarray(0, expected.length), expected);
    assert.ok(cap.read().length >= expected.length && cmp.maxDiff <= 1, `fault ${fault}: max diff ${cmp.maxDiff}`);
  }
});

test('seek lands on the exact frame; pause/resume loses no samples', async () => {
  const cat = sampleCatalog();
  const t = cat.tracks[0]!;
  const ref = oggdecReference(t.files[0]!.path);
  const cap = alsaCapture();
  const player = makePlayer(() => captureSink(cap.env), { rampMs: 5 });
  const stopped = once(player, 'stopped');
  player.load(t.uri, { positionMs: 1000 });
  await stopped;
  const got = cap.read();
  const fromSeek = ref.subarray(44100 * 4);
  assert.ok(fadedInDiff(got.subarray(0, fromSeek.length), fromSeek, 5 * 44.1) <= 1, 'audio starts exactly at 1.000 s');

  const cap2 = alsaCapture();
  const p2 = makePlayer(() => captureSink(cap2.env), { rampMs: 5 });
  const done = once(p2, 'stopped');
  let paused = false;
  p2.on('playing', () => {
    if (paused) return;
    paused = true;
    setImmediate(() => {
      p2.pause();
      setTimeout(() => p2.resume(), 100);
    });
  });
  p2.load(t.uri);
  await done;
  const got2 = cap2.read();
  assert.ok(got2.length >= ref.length, 'every sample was written');
  assert.ok(
    got2.subarray(ref.length).every((b) => b === 0),
    'nothing but silence padding after the track',
  );
  // The fade around the pause changed a few ms of audio; everything else is exact and in place.
  let firstDiff = -1;
  let lastDiff = -1;
  for (let i = 0; i < ref.length; i += 2) {
    if (Math.abs(got2.readInt16LE(i) - ref.readInt16LE(i)) > 1) {
      if (firstDiff < 0) firstDiff = i;
      lastDiff = i;
    }
  }
  assert.ok(firstDiff >= 0, 'the pause faded the audio out and in');
  assert.ok((lastDiff - firstDiff) / 4 <= 2 * 5 * 44.1 + 2048, `fade spans ${(lastDiff - firstDiff) / 4} frames`);
});

test('the next track is prefetched before the current one ends; a slow CDN body is cut off and retried', async () => {
  const cat = sampleCatalog();
  const [t1, t2] = cat.tracks;
  const f1 = t1!.files[0]!.fileId.toString('hex');
  const f2 = t2!.files[0]!.fileId.toString('hex');
  cdn().fault(f1, 'slow', 1);
  const before = cdn().requests.length;
  const cap = alsaCapture();
  const player = makePlayer(() => captureSink(cap.env), {
    cdn: { firstChunkBytes: 4096, chunkBytes: 4096, requestTimeoutMs: 150 },
    preloadAfterMs: 0,
  });
  player.on('track-started', (uri) => {
    if (uri === t1!.uri) player.setNext(t2!.uri);
  });
  const stopped = once(player, 'stopped');
  player.load(t1!.uri);
  await stopped;
  const reqs = cdn().requests.slice(before);
  assert.equal(
    reqs.filter((r) => r.fileId === f1 && r.range === '0-4095').length,
    2,
    'the slow first response was cut off and asked again',
  );
  const firstOf2 = reqs.findIndex((r) => r.fileId === f2);
  const lastOf1 = reqs.map((r) => r.fileId).lastIndexOf(f1);
  assert.ok(firstOf2 >= 0 && firstOf2 < lastOf1, 'track 2 was requested while track 1 was still downloading');
  const expected = Buffer.concat([oggdecReference(t1!.files[0]!.path), oggdecReference(t2!.files[0]!.path)]);
  assert.ok(
    compareS16(cap.read().subarray(0, expected.length), expected).maxDiff <= 1,
    'exact audio despite the slow body',
  );
});

test('the optional disk cache serves a replay without the CDN and evicts the least recently used file', async () => {
  const cat = sampleCatalog();
  const [t1, t2] = cat.tracks;
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-cache-'));
  const sizes = [t1!, t2!].map((t) => cat.encryptedFile(t.files[0]!.fileId.toString('hex'))!.length);
  const cache = new AudioFileCache(dir, Math.max(...sizes) + 1000, log); // room for one file, not two
  const source = catalogSource(cat, cdn());
  const withIds = {
    load: async (uri: string, s: AbortSignal) => ({
      ...(await source.load(uri, s)),
      fileId: cat.track(uri)!.files[0]!.fileId.toString('hex'),
    }),
  };
  const play = async (uri: string): Promise<Buffer> => {
    const cap = alsaCapture();
    const p = makePlayer(() => captureSink(cap.env), { source: withIds, cache });
    const stopped = once(p, 'stopped');
    p.load(uri);
    await stopped;
    return cap.read();
  };
  await play(t1!.uri);
  const before = cdn().requests.length;
  const replay = await play(t1!.uri);
  assert.equal(cdn().requests.length, before, 'no CDN request for a cached file');
  const expected = oggdecReference(t1!.files[0]!.path);
  assert.ok(compareS16(replay.subarray(0, expected.length), expected).maxDiff <= 1);
  await play(t2!.uri);
  assert.deepEqual(
    readdirSync(dir).filter((f) => !f.endsWith('.tmp')),
    [t2!.files[0]!.fileId.toString('hex')],
    'the older file was evicted',
  );
});

test('the next track is prepared while the current one plays; a skip to it reuses that work, a skip elsewhere does not', async () => {
  const cat = sampleCatalog();
  const [t1, t2] = cat.tracks.filter((t) => t.type === 'track' && !t.refused);
  const source = catalogSource(cat, cdn());
  const cap = alsaCapture();
  // Paced like a DAC, so t1 is still playing when the user skips.
  const player = makePlayer(() => new AlsaSink({ device: 'default', backend: 'aplay', pace: true, env: cap.env }), {
    source,
    preloadAfterMs: 300,
    cdn: {},
  });
  const t2File = t2!.files[0]!.fileId.toString('hex');
  const t2Ranges = (): number => cdn().requests.filter((r) => r.fileId === t2File).length;
  const ranges0 = t2Ranges();
  player.on('track-started', (uri) => uri === t1!.uri && player.setNext(t2!.uri));
  let started = once(player, 'track-started');
  player.load(t1!.uri);
  await started;
  // Prepared 0.3 s in: metadata/key (source.load) and the first CDN range of t2, once.
  const deadline = Date.now() + 3000;
  while (t2Ranges() === ranges0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  assert.deepEqual(source.loads.filter((u) => u === t2!.uri).length, 1, 'the next track was prepared');
  assert.equal(t2Ranges() - ranges0, 1, 'with its first range');

  // A user skip to it (the controller loads it): nothing is asked again for its start.
  started = once(player, 'track-started');
  player.load(t2!.uri);
  await started;
  assert.equal(source.loads.filter((u) => u === t2!.uri).length, 1, 'no second metadata/key request');
  const afterSkip = cdn()
    .requests.filter((r) => r.fileId === t2File)
    .slice(ranges0);
  assert.ok(
    afterSkip.every((r, i, all) => all.findIndex((x) => x.range === r.range) === i),
    `no range asked twice: ${afterSkip.map((r) => r.range).join(' ')}`,
  );

  // The next track changes: the old preparation is dropped; stop leaves nothing running.
  player.setNext(t1!.uri);
  const loads = source.loads.length;
  started = once(player, 'track-started');
  player.load(t1!.uri, { positionMs: 1000 });
  await started;
  assert.equal(source.loads.length, loads + 1, 'a skip elsewhere prepares that track');
  await player.stop();
  const settled = cdn().requests.length;
  await new Promise((r) => setTimeout(r, 400));
  assert.equal(cdn().requests.length, settled, 'no requests after stop');
});

test('an album on repeat plays track after track from preloads without holding on to the tracks it played', async () => {
  const cat = sampleCatalog();
  const tracks = cat.tracks.filter((t) => t.type === 'track' && !t.refused);
  // Abort listeners live on each signal: one run plays every track on one signal, so whatever a track leaves on it
  // (its prepared file and first CDN range) is kept until the listener goes.
  const signals = new Set<AbortSignal>();
  const add = AbortSignal.prototype.addEventListener;
  AbortSignal.prototype.addEventListener = function (this: AbortSignal, ...args: Parameters<typeof add>) {
    signals.add(this);
    return add.apply(this, args);
  };
  const cap = alsaCapture();
  const player = makePlayer(() => captureSink(cap.env), { preloadAfterMs: 0 });
  const plays = 12;
  let started = 0;
  let mostListeners = 0;
  player.on('track-started', () => {
    started++;
    for (const s of signals) mostListeners = Math.max(mostListeners, getEventListeners(s, 'abort').length);
    if (started < plays) player.setNext(tracks[started % tracks.length]!.uri);
  });
  try {
    const stopped = once(player, 'stopped');
    player.load(tracks[0]!.uri);
    await stopped;
  } finally {
    AbortSignal.prototype.addEventListener = add;
  }
  assert.equal(started, plays, 'every track played');
  assert.ok(
    mostListeners <= 4,
    `at most a few abort listeners on any signal, not one per track played: ${mostListeners}`,
  );
});

test('an output that dies mid-track (its DAC gone): the next one takes over, faded in, and playing is said again with the position heard there', async () => {
  const cat = sampleCatalog();
  const track = cat.tracks[0]!;
  const reference = oggdecReference(track.files[0]!.path);
  // The native output on a PCM whose sink goes away after 60 000 bytes (0.34 s): it fails with a broken pipe
  // while the player has written well ahead of it. The next output is the capture.
  const dying = mkdtempSync(join(tmpdir(), 'spotlet-dying-dac-'));
  writeFileSync(
    join(dying, '.asoundrc'),
    'pcm.!default {\n  type file\n  slave.pcm "null"\n  file "|head -c 60000 > /dev/null"\n  format "raw"\n}\n',
  );
  const cap = alsaCapture();
  const outputs: Sink[] = [];
  const player = makePlayer(() => {
    const sink =
      outputs.length === 0
        ? SINKS.native.open({ device: 'default', env: { ...process.env, HOME: dying } })
        : new AlsaSink({ device: 'default', backend: 'aplay', env: cap.env });
    outputs.push(sink);
    return sink;
  });
  const playing: { positionMs: number; outputs: number }[] = [];
  player.on('playing', (p) => playing.push({ positionMs: p.positionMs, outputs: outputs.length }));
  const failed = once(player, 'sink-error');
  const stopped = once(player, 'stopped');
  player.load(track.uri);
  await failed;
  await stopped;
  const got = cap.read();
  // Where in the track the capture begins: what the dead output took and never played is skipped.
  const startMs = locate(got, 441, [{ uri: track.uri, pcm: reference }]).positionMs - 10;
  assert.ok(startMs > 100, `the capture starts ${startMs.toFixed(0)} ms into the track, after the lost audio`);
  const again = playing.find((p) => p.outputs === 2);
  assert.ok(again, `'playing' said again once the second output plays (${JSON.stringify(playing)})`);
  assert.ok(
    Math.abs(again.positionMs - startMs) <= 50,
    `'playing' says ${again.positionMs} ms, the second output starts at ${startMs.toFixed(0)} ms`,
  );
  // Faded in: its first millisecond is a small part of the track's there, not a step into the waveform (a click).
  const level = (pcm: Buffer, from: number): number => {
    let sum = 0;
    for (let i = from; i < from + 44; i++) sum += Math.abs(pcm.readInt16LE(i * 4));
    return sum;
  };
  const unfaded = level(reference, Math.round(startMs * 44.1));
  assert.ok(unfaded > 0, 'the track is not silent there');
  assert.ok(level(got, 0) <= 0.2 * unfaded, `first millisecond ${level(got, 0)} against ${unfaded} unfaded`);
});
