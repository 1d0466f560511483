import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  audioCipher,
  counterAt,
  DEFAULT_NORMALISATION,
  GainStage,
  limiterCoefficient,
  normalisationFactor,
  OggPageSplitter,
  type NormalisationSettings,
  volumeFactor,
  VorbisStream,
} from '../../src/audio/index.js';
import { loadVectors } from '../support/vectors.js';
import { readFileSync } from 'node:fs';
import { compareS16, sampleCatalog } from './support.js';

test('AES-CTR decryption at every vector offset (random access = counter arithmetic)', () => {
  const v = loadVectors('audio_decrypt.json');
  const key = Buffer.from(v.key_hex, 'hex');
  const cases = Object.values(v).filter(
    (c): c is { offset: number; counter_iv_hex: string; plaintext_hex: string; ciphertext_hex: string } =>
      typeof c === 'object' && c !== null && 'offset' in c,
  );
  assert.ok(cases.length >= 4);
  for (const c of cases) {
    assert.equal(counterAt(c.offset).toString('hex'), c.counter_iv_hex, `counter at ${c.offset}`);
    assert.equal(
      audioCipher(key, c.offset).update(Buffer.from(c.ciphertext_hex, 'hex')).toString('hex'),
      c.plaintext_hex,
      `offset ${c.offset}`,
    );
  }
});

test('normalisation factors, limiter coefficients and volume curves match audio_math.json', () => {
  const v = loadVectors('audio_math.json');
  for (const c of v.basic_normalisation) {
    const f = normalisationFactor(
      { trackGainDb: c.gain_db, trackPeak: c.peak, albumGainDb: 0, albumPeak: 1 },
      { type: 'track', method: 'basic', pregainDb: c.pregain_db },
    );
    assert.ok(Math.abs(f - c.factor) < 1e-9, `gain ${c.gain_db} peak ${c.peak}: ${f} vs ${c.factor}`);
  }
  const lc = v.limiter_coefficients_88200_samples_per_s;
  assert.ok(Math.abs(limiterCoefficient(5) - lc.attack_5ms) < 1e-12);
  assert.ok(Math.abs(limiterCoefficient(100) - lc.release_100ms) < 1e-12);
  for (const c of v.volume_mapping_60db) {
    for (const curve of ['log', 'cubic', 'linear'] as const) {
      assert.ok(Math.abs(volumeFactor(c.volume_u16, curve, 60) - c[curve]) < 1e-9, `${curve}(${c.volume_u16})`);
    }
    assert.equal(volumeFactor(c.volume_u16, 'fixed'), 1);
  }
});

test('the dynamic limiter keeps a +12 dB boosted full-scale signal from clipping', () => {
  const g = new GainStage({
    enabled: true,
    type: 'track',
    method: 'dynamic',
    pregainDb: 12,
    thresholdDbfs: -2,
    attackMs: 5,
    releaseMs: 100,
    kneeDb: 5,
  });
  g.setTrack({ trackGainDb: 0, trackPeak: 1, albumGainDb: 0, albumPeak: 1 });
  const n = 44100;
  const sine = Float32Array.from({ length: n }, (_, i) => Math.sin((2 * Math.PI * 440 * i) / 44100));
  const out = g.toS16(sine, sine);
  let clipped = 0;
  let peak = 0;
  for (let i = n * 2; i < n * 4; i += 2) {
    const s = Math.abs(out.readInt16LE(i));
    if (s >= 32767) clipped++;
    peak = Math.max(peak, s);
  }
  assert.equal(clipped, 0, 'no clipped samples after the attack');
  assert.ok(peak > 20000 && peak < 32767, `peak ${peak} is limited but loud`);
});

/**
 * The gain stage sample by sample as docs/protocol/05 §8–10 state it (librespot's order of operations): normalisation
 * factor, the limiter per channel (bias over the threshold, soft knee, release integrator, attack smoothing,
 * stereo-linked by the larger reduction), volume, a ramp, TPDF dither of two xorshift32 variates, rounding.
 */
function referenceGain(
  s: NormalisationSettings,
  factor: number,
  volume: number,
  left: Float32Array,
  right: Float32Array,
  ramp: (i: number) => number,
): Int16Array {
  const attack = limiterCoefficient(s.attackMs);
  const release = limiterCoefficient(s.releaseMs);
  const integrator = [0, 0];
  const peak = [0, 0];
  let rng = 0x9e3779b9;
  const noise = (): number => {
    let x = rng;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    rng = x >>> 0;
    return rng / 4294967296;
  };
  const limit = (v: number, ch: number): number => {
    const bias = 20 * Math.log10(Math.abs(v) + Number.MIN_VALUE) - s.thresholdDbfs;
    const kb = 2 * bias;
    const db = kb < -s.kneeDb ? 0 : Math.abs(kb) <= s.kneeDb ? (kb + s.kneeDb) ** 2 / (8 * s.kneeDb) : bias;
    integrator[ch] = Math.max(db, release * integrator[ch]! + (1 - release) * db);
    peak[ch] = attack * peak[ch]! + (1 - attack) * integrator[ch]!;
    return v * 10 ** (-Math.max(peak[0]!, peak[1]!) / 20);
  };
  const out = new Int16Array(left.length * 2);
  for (let i = 0; i < left.length; i++) {
    const channels = [left[i]!, right[i]!];
    for (let ch = 0; ch < 2; ch++) {
      const v = s.enabled ? limit(channels[ch]! * factor, ch) * volume * ramp(i) : channels[ch]! * factor * volume;
      out[i * 2 + ch] = Math.min(32767, Math.max(-32768, Math.round(v * 32768 + noise() - noise())));
    }
  }
  return out;
}

test('the one-pass gain stage equals the per-sample formulas (±1 LSB): knee, limiting, release, ramp, volume', () => {
  const settings = { ...DEFAULT_NORMALISATION, enabled: true, pregainDb: 6 };
  const n = 3 * 44100;
  // Quiet, then loud enough to limit hard, then quiet again while the limiter releases: every branch is taken.
  const envelope = (i: number): number => (i < n / 3 ? 0.2 : i < (2 * n) / 3 ? 1 : 0.3);
  const left = Float32Array.from({ length: n }, (_, i) => envelope(i) * Math.sin((2 * Math.PI * 441 * i) / 44100));
  const right = Float32Array.from({ length: n }, (_, i) => envelope(i) * Math.sin((2 * Math.PI * 660 * i) / 44100));
  const factor = normalisationFactor({ trackGainDb: 3, trackPeak: 1, albumGainDb: 0, albumPeak: 1 }, settings);
  const volume = volumeFactor(52428, 'log');
  const rampFrames = 441;
  const expected = referenceGain(settings, factor, volume, left, right, (i) =>
    i < rampFrames ? (i + 1) / rampFrames : 1,
  );
  const g = new GainStage(settings);
  g.setTrack({ trackGainDb: 3, trackPeak: 1, albumGainDb: 0, albumPeak: 1 });
  g.setVolume(volume);
  // In the player's blocks of 2048 frames, the first one fading in: state carries across blocks.
  const blocks: Buffer[] = [];
  for (let o = 0; o < n; o += 2048) {
    const frames = Math.min(2048, n - o);
    const ramp = o === 0 ? { frames: rampFrames, gain: (i: number) => (i + 1) / rampFrames } : undefined;
    blocks.push(g.toS16(left.subarray(o, o + frames), right.subarray(o, o + frames), frames, ramp));
  }
  const got = Buffer.concat(blocks);
  let maxDiff = 0;
  let limited = 0;
  for (let i = 0; i < n * 2; i++) {
    maxDiff = Math.max(maxDiff, Math.abs(got.readInt16LE(i * 2) - expected[i]!));
    if (i >= (2 * n) / 3 && i < (4 * n) / 3 && Math.abs(expected[i]!) > 26000) limited++;
  }
  assert.ok(maxDiff <= 1, `largest difference ${maxDiff} LSB`);
  assert.equal(limited, 0, 'the loud third is limited under the threshold, not clipped');
  // Unity gain, no normalisation: plain rounding, no dither.
  const plain = new GainStage();
  const unity = plain.toS16(left, right);
  for (let i = 0; i < n; i += 997)
    assert.equal(unity.readInt16LE(i * 4), Math.min(32767, Math.round(left[i]! * 32768)) + 0, `unity frame ${i}`);
});

test('corrupt or truncated Ogg data is detected, never decoded into noise', async () => {
  const ogg = readFileSync(sampleCatalog().tracks[0]!.files[0]!.path);
  const flipped = Buffer.from(ogg);
  flipped[Math.floor(ogg.length / 2)]! ^= 0x40;
  const s = new VorbisStream();
  await assert.rejects(async () => {
    for (let o = 0; o < flipped.length; o += 8192) await s.push(flipped.subarray(o, o + 8192));
    await s.end();
  }, /ERR_AUDIO_CORRUPT|CRC|capture|missing/);
  s.free();
  const t = new VorbisStream();
  await t.push(ogg.subarray(0, ogg.length - 100));
  await assert.rejects(
    () => t.end(),
    (e: { code?: string }) => e.code === 'ERR_AUDIO_CORRUPT',
  );
  t.free();
  assert.throws(
    () => new OggPageSplitter().push(Buffer.from('definitely not an ogg stream')),
    (e: { code?: string }) => e.code === 'ERR_AUDIO_CORRUPT',
  );
});

test('compareS16: a capture cut short or running long differs from the reference, an exact one does not', () => {
  const ref = Buffer.alloc(4 * 1000);
  for (let i = 0; i < 2000; i++) ref.writeInt16LE(Math.round(8000 * Math.sin(i / 10)), i * 2);
  assert.equal(compareS16(Buffer.from(ref), ref).maxDiff, 0);
  assert.equal(compareS16(ref.subarray(0, ref.length - 4), ref).maxDiff, Number.POSITIVE_INFINITY, 'truncated');
  assert.equal(compareS16(Buffer.concat([ref, Buffer.alloc(4)]), ref).maxDiff, Number.POSITIVE_INFINITY, 'longer');
});
