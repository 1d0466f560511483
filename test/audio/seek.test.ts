/**
 * Seek by position in a long track, through the emulator CDN into ALSA: the audio from the target is libvorbis'
 * own decode from there (±1 LSB), whatever the depth, and only the header range, a few probes and the file from
 * the target on are fetched. CDN faults during the probes are survived; a corrupt page after the target is
 * caught, never played.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_NORMALISATION, Player, SoftMixer } from '../../src/audio/index.js';
import { createLogger } from '../../src/core/log.js';
import { Catalog } from '../../tools/emulator/catalog.js';
import { CdnServer } from '../../tools/emulator/cdn.js';
import { makeSampleCatalog } from '../../tools/emulator/sample-catalog.js';
import { alsaCapture, captureSink, catalogSource, fadedInDiff, oggdecReference } from './support.js';

const log = createLogger('test');
const SECONDS = 240;
/** A start mid-track fades in over the player's ramp (10 ms). */
const FADE = 441;
let catalog: Catalog;
let cdn: CdnServer;
let reference: Buffer;

before(async () => {
  catalog = Catalog.load(
    makeSampleCatalog(mkdtempSync(join(tmpdir(), 'spotlet-seek-cat-')), { tracks: 1, seconds: SECONDS }),
  );
  cdn = new CdnServer({ catalog });
  await cdn.start();
  reference = oggdecReference(catalog.tracks[0]!.files[0]!.path);
});
after(() => cdn?.stop());

/** Plays the track from `positionMs` to its end (unpaced); the capture and the CDN requests it made. */
async function playFrom(positionMs: number) {
  const t = catalog.tracks[0]!;
  const hex = t.files[0]!.fileId.toString('hex');
  const cap = alsaCapture();
  const player = new Player({
    source: catalogSource(catalog, cdn),
    openSink: () => captureSink(cap.env),
    log,
    normalisation: DEFAULT_NORMALISATION,
    mixer: new SoftMixer('fixed'),
    volume: 65535,
    cdn: { requestTimeoutMs: 1000 },
  });
  const errors: string[] = [];
  player.on('unavailable', (_uri, err) => errors.push(err.code));
  const first = cdn.requests.length;
  const stopped = once(player, 'stopped');
  player.load(t.uri, { positionMs });
  await stopped;
  const requests = cdn.requests.slice(first).filter((r) => r.fileId === hex && r.status === 206);
  const fetched = requests.reduce((n, r) => {
    const [a, b] = r.range.split('-').map(Number);
    return n + b! - a! + 1;
  }, 0);
  return { got: cap.read(), requests, fetched, errors, size: catalog.encryptedFile(hex)!.length };
}

test('a seek deep into a 4-minute track is sample-exact and fetches only what it needs', async () => {
  for (const ms of [15_000, 120_000, SECONDS * 1000 - 5000]) {
    const { got, fetched, size, requests } = await playFrom(ms);
    const expected = reference.subarray(Math.round(ms * 44.1) * 4);
    assert.ok(got.length >= expected.length, `${ms} ms: captured ${got.length} of ${expected.length} bytes`);
    const diff = fadedInDiff(got.subarray(0, expected.length), expected, FADE);
    assert.ok(diff <= 1, `${ms} ms: audio from the target differs from oggdec by ${diff} LSB`);
    // The rest of the file from the target, plus the header range and a few probes.
    const rest = size * (1 - ms / (SECONDS * 1000));
    assert.ok(
      fetched <= rest + 256 * 1024,
      `${ms} ms: fetched ${fetched} bytes for ${rest.toFixed(0)} from the target (${requests.map((r) => r.range).join(' ')})`,
    );
  }
});

test('CDN faults during a seek (503, truncated, expired URL, stalled) are survived with exact audio', async () => {
  const hex = catalog.tracks[0]!.files[0]!.fileId.toString('hex');
  const ms = 200_000;
  const expected = reference.subarray(Math.round(ms * 44.1) * 4);
  for (const fault of ['503', 'truncate', 'expired', 'stall'] as const) {
    // The header range and the first probe fail.
    cdn.fault(hex, fault, 2);
    const { got, errors } = await playFrom(ms);
    assert.deepEqual(errors, [], `${fault}: no track skipped`);
    const diff = fadedInDiff(got.subarray(0, expected.length), expected, FADE);
    assert.ok(got.length >= expected.length && diff <= 1, `${fault}: max diff ${diff}`);
  }
});

test('a corrupt page after the seek target is caught (ERR_AUDIO_CORRUPT), not played as noise', async () => {
  const hex = catalog.tracks[0]!.files[0]!.fileId.toString('hex');
  const file = catalog.encryptedFile(hex)!;
  const at = Math.floor(file.length * 0.9);
  file[at]! ^= 0x40;
  try {
    const ms = SECONDS * 1000 * 0.8;
    const { got: captured, errors } = await playFrom(ms);
    assert.deepEqual(errors, ['ERR_AUDIO_CORRUPT']);
    // aplay pads its last period with silence.
    let end = captured.length;
    while (end > 0 && captured[end - 1] === 0) end--;
    const got = captured.subarray(0, end & ~3);
    const expected = reference.subarray(Math.round(ms * 44.1) * 4);
    // What played before the bad page is exact; nothing after it.
    assert.ok(got.length < expected.length, 'the track stopped at the bad page');
    assert.ok(fadedInDiff(got, expected.subarray(0, got.length), FADE) <= 1, 'what played is exact');
  } finally {
    file[at]! ^= 0x40;
  }
});
