import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audioCipher, buildSpotifyHeaderPage, readNormalisation, readOggPage } from '../../src/audio/index.js';
import { base62ToGid, gidToBase62, parseSpotifyUri } from '../../src/core/spotify-id.js';
import { Catalog, CatalogError } from '../../tools/emulator/catalog.js';
import { makeSampleCatalog } from '../../tools/emulator/sample-catalog.js';
import { loadVectors } from '../support/vectors.js';

test('spotify ids: every vector round-trips; bad ids are rejected', () => {
  for (const c of loadVectors('spotify_id.json').cases) {
    assert.equal(gidToBase62(Buffer.from(c.gid_hex, 'hex')), c.base62);
    assert.equal(base62ToGid(c.base62).toString('hex'), c.gid_hex);
    assert.equal(parseSpotifyUri(c.uri_track).gid.toString('hex'), c.gid_hex);
  }
  assert.throws(() => base62ToGid('7N42dgm5tFLK9N8MT7fHC8'), /larger than 128 bits/);
  assert.throws(() => base62ToGid('short'), /22 characters/);
  assert.throws(() => parseSpotifyUri('spotify:local:a:b:c:1'), /not a playable/);
});

test('the Spotify header page builder reproduces the known-answer vector (test/fixtures/vectors)', () => {
  const v = loadVectors('audio_math.json').spotify_ogg_header_page;
  const page = buildSpotifyHeaderPage({
    totalSamples: 441000,
    totalSize: 65536,
    serial: 0x5f4f5441,
    normalisation: {
      trackGainDb: v.track_gain_db,
      trackPeak: v.track_peak,
      albumGainDb: v.album_gain_db,
      albumPeak: v.album_peak,
    },
  });
  assert.equal(page.toString('hex'), v.page_hex);
  assert.equal(readOggPage(page, 0)?.crcValid, true);
  assert.deepEqual(readNormalisation(page), {
    trackGainDb: -5.5,
    trackPeak: v.track_peak,
    albumGainDb: -4.25,
    albumPeak: v.album_peak,
  });
});

test('sample catalog: real Ogg files, encrypted CDN files decrypt to header page + the Ogg file', () => {
  const dir = makeSampleCatalog(mkdtempSync(join(tmpdir(), 'spotlet-cat-')), { tracks: 2, seconds: 2 });
  const cat = Catalog.load(dir);
  assert.equal(cat.tracks.length, 3);
  const [t1, t2] = cat.tracks;
  assert.ok(Math.abs(t1!.durationMs - 2000) < 50, `duration ${t1!.durationMs}`);
  const f = t1!.files[0]!;
  const enc = cat.encryptedFile(f.fileId.toString('hex'))!;
  const plain = readFileSync(f.path);
  assert.equal(enc.length, plain.length + 167);
  // Random access decryption at an odd offset equals the original bytes.
  const off = 1000;
  const d = audioCipher(f.key, off).update(enc.subarray(off, off + 500));
  assert.deepEqual(d, plain.subarray(off - 167, off - 167 + 500));
  assert.equal(readNormalisation(audioCipher(f.key, 0).update(enc.subarray(0, 167))).trackGainDb, -3);
  assert.deepEqual(cat.audioKey(t1!.gid, f.fileId), f.key);
  assert.equal(cat.audioKey(t2!.gid, t2!.files[0]!.fileId), 'refused');
  assert.equal(cat.audioKey(t2!.gid, f.fileId), undefined);
  assert.deepEqual(cat.context(cat.contexts[0]!.uri)?.tracks, [t1!.uri, t2!.uri]);
});

test('a broken manifest is a CatalogError naming the entry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-cat-'));
  writeFileSync(
    join(dir, 'catalog.json'),
    JSON.stringify({ tracks: [{ uri: 'spotify:track:5sWHDYs0csV6RS48xBl0tH', files: [{ path: 'missing.ogg' }] }] }),
  );
  assert.throws(
    () => Catalog.load(dir),
    (e: unknown) => e instanceof CatalogError && /track #0.*file #0.*missing\.ogg/.test(e.message),
  );
  writeFileSync(join(dir, 'catalog.json'), '{not json');
  assert.throws(() => Catalog.load(dir), CatalogError);
});

test('restricted and alternatives: loaded as written, a bad country list or an unknown alternative is a CatalogError', () => {
  const dir = makeSampleCatalog(mkdtempSync(join(tmpdir(), 'spotlet-cat-')), { tracks: 1, seconds: 1 });
  const a = 'spotify:track:5sWHDYs0csV6RS48xBl0tH';
  const b = 'spotify:track:6rqhFgbbKwnb9MLmUQDhG6';
  const load = (first: Record<string, unknown>, second: Record<string, unknown> = {}) => {
    writeFileSync(
      join(dir, 'catalog.json'),
      JSON.stringify({
        tracks: [
          { uri: a, files: [{ path: 'track1.ogg' }], ...first },
          { uri: b, files: [{ path: 'track1.ogg' }], ...second },
        ],
      }),
    );
    return Catalog.load(dir);
  };
  const cat = load(
    { restricted: { countriesForbidden: 'SEDK' }, alternatives: [b] },
    { restricted: { countriesAllowed: '', catalogues: ['premium'] } },
  );
  assert.deepEqual(
    [cat.track(a)!.restricted, cat.track(a)!.alternatives],
    [{ catalogues: ['free', 'premium'], countriesForbidden: 'SEDK' }, [b]],
  );
  assert.deepEqual(
    [cat.track(b)!.restricted, cat.track(b)!.alternatives],
    [{ catalogues: ['premium'], countriesAllowed: '' }, []],
  );
  const bad = (first: Record<string, unknown>, pattern: RegExp) =>
    assert.throws(
      () => load(first),
      (e: unknown) => e instanceof CatalogError && pattern.test(e.message),
      String(pattern),
    );
  bad(
    { restricted: { countriesForbidden: 'SE', countriesAllowed: 'DK' } },
    /track #0.*one of countriesAllowed or countriesForbidden/,
  );
  bad({ restricted: {} }, /one of countriesAllowed or countriesForbidden/);
  bad({ restricted: { countriesForbidden: 'se,dk' } }, /2-letter country codes/);
  bad(
    { alternatives: ['spotify:track:0000000000000000000000'] },
    /track #0.*alternative .* another track of the catalog/,
  );
  bad({ alternatives: [a] }, /another track/);
  assert.throws(() => {
    writeFileSync(
      join(dir, 'catalog.json'),
      JSON.stringify({
        tracks: [
          { uri: 'spotify:episode:5sWHDYs0csV6RS48xBl0tH', files: [{ path: 'track1.ogg' }], alternatives: [b] },
          { uri: b, files: [{ path: 'track1.ogg' }] },
        ],
      }),
    );
    Catalog.load(dir);
  }, /only tracks have alternatives/);
});
