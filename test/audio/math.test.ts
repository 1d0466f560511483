import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  audioCipher,
  counterAt,
  GainStage,
  limiterCoefficient,
  normalisationFactor,
  OggPageSplitter,
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
