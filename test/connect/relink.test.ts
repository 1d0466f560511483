/**
 * Relinking over real sockets against the emulator (docs/protocol/05 §2.3): tracks restricted in the account's
 * country (the AP's CountryCode) play their first available `alternative` under the uri the app asked for;
 * with no available alternative they are skipped as unavailable; tracks whose restriction lists do not name
 * the country play themselves.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Catalog, type ConnectCloud, type Emulator } from '../../tools/emulator/index.js';
import { makeSampleCatalog } from '../../tools/emulator/sample-catalog.js';
import { emulator, until } from '../ap/helpers.js';
import { compareS16, oggdecReference } from '../audio/support.js';
import { connectChain, emulatedSpeaker } from './support.js';

const COUNTRY = 'SE';
const cat = Catalog.load(
  makeSampleCatalog(mkdtempSync(join(tmpdir(), 'spotlet-relink-cat-')), { tracks: 1, seconds: 3, relinkedIn: COUNTRY }),
);
const album = cat.context(cat.tracks.find((t) => t.alternatives.length)!.album!)!;
const [forbidden, allowed, elsewhere] = album.tracks.map((u) => cat.track(u)!);
const alternative = cat.track(forbidden!.alternatives[0]!)!;

let emu: Emulator;
before(async () => {
  emu = await emulator({ catalog: cat });
  assert.equal(emu.accounts.list[0]!.country, COUNTRY, 'the AP sends the country the album is restricted for');
});
after(() => emu.stop());

/** Plays the relink album from `from` to its end: the uris the player started and the audio it played. */
async function playAlbum(from: string) {
  const { s, ctl, player, cap } = await connectChain(emu);
  const started: { uri: string; reported: string | undefined }[] = [];
  player.on('track-started', (uri: string) => started.push({ uri, reported: ctl.snapshot().track?.uri }));
  const stopped = once(ctl, 'stopped');
  await ctl.play({ contextUri: album.uri, skipTo: { uri: from } });
  await stopped;
  s.close();
  return { started, unavailable: ctl.unavailableSkipped, pcm: existsSync(cap.file) ? cap.read() : Buffer.alloc(0) };
}

function assertAudio(pcm: Buffer, paths: string[]): void {
  const expected = Buffer.concat(paths.map((p) => oggdecReference(p)));
  assert.ok(pcm.length >= expected.length, `captured ${pcm.length} bytes, expected ${expected.length}`);
  const cmp = compareS16(pcm.subarray(0, expected.length), expected);
  assert.ok(cmp.maxDiff <= 1, `max diff ${cmp.maxDiff}`);
}

test('a track forbidden in the account country plays its alternative exactly, reported under the requested uri', async () => {
  assert.equal(forbidden!.restricted?.countriesForbidden?.includes(COUNTRY), true);
  const r = await playAlbum(forbidden!.uri);
  assert.deepEqual(
    r.started.map((x) => x.uri),
    [forbidden!.uri, allowed!.uri],
    'the player started the requested uri (then the next playable track)',
  );
  assert.equal(r.started[0]!.reported, forbidden!.uri, 'the Connect state reports the uri the app asked for');
  assertAudio(r.pcm, [alternative.files[0]!.path, allowed!.files[0]!.path]);
});

test('a track allowed only elsewhere whose only alternative is restricted too is skipped and counted as unavailable', async () => {
  assert.equal(elsewhere!.restricted?.countriesAllowed?.includes(COUNTRY), false);
  const r = await playAlbum(elsewhere!.uri);
  assert.deepEqual(r.started, [], 'nothing started');
  assert.equal(r.unavailable, 1, 'skipped and counted');
  assert.equal(r.pcm.length, 0, 'no audio played');
});

test('a track whose restriction lists do not name the country plays itself, not its alternative', async () => {
  assert.equal(
    allowed!.restricted?.countriesForbidden?.includes(COUNTRY),
    true,
    'the code is in the list as a substring only',
  );
  const r = await playAlbum(allowed!.uri);
  assert.deepEqual(
    r.started.map((x) => x.uri),
    [allowed!.uri],
  );
  assert.equal(r.unavailable, 1, 'the next track, restricted, was skipped');
  assertAudio(r.pcm, [allowed!.files[0]!.path]);
});

test('the whole speaker: the app plays the relinked track, its cluster shows the requested uri while the alternative is heard', async () => {
  const references = cat.tracks
    .filter((x) => x.type === 'track')
    .map((x) => ({ uri: x.uri, pcm: oggdecReference(x.files[0]!.path) }));
  const sp = await emulatedSpeaker(emu, 'Relink', references);
  try {
    const account = emu.accounts.list[0]!;
    const cloud = emu.services.get('dealer') as ConnectCloud;
    const id = sp.speaker.state.deviceId;
    await sp.login(account);
    await until(() => cloud.cluster(account.username).devices.has(id), 8000, 'speaker in the device list');
    const mark = sp.frames();
    assert.equal(await cloud.command(account.username, id, { endpoint: 'play', context: { uri: album.uri } }), true);
    await until(
      () =>
        cloud.cluster(account.username).playerState?.track?.uri === forbidden!.uri &&
        !cloud.cluster(account.username).playerState?.isPaused,
      5000,
      'the requested uri playing in the cluster',
    );
    assert.equal((await sp.heard(mark, 500)).uri, alternative.uri, "the alternative's audio is heard");
    assert.equal(cloud.cluster(account.username).playerState?.track?.uri, forbidden!.uri, 'still the requested uri');
  } finally {
    await sp.stop();
  }
});
