/**
 * The whole chain a Connect play command starts, over real sockets against the emulator: AP login → login5
 * bearer → context-resolve (paged) → metadata → audio keys over the AP → storage-resolve → CDN → ALSA.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { AuthEmulator, Emulator, SpClientEmulator } from '../../tools/emulator/index.js';
import { emulator, until } from '../ap/helpers.js';
import { compareS16, oggdecReference, sampleCatalog } from '../audio/support.js';
import { connectChain, handleCommand } from './support.js';

let emu: Emulator;
before(async () => {
  // Pages of one track: the sample album's three come in three context-resolve pages, as a long playlist would.
  emu = await emulator({ catalog: sampleCatalog(), spclient: { pageSize: 1 } });
});
after(() => emu.stop());
const chain = () => connectChain(emu);

test('play an album through AP, login5, spclient and the CDN: exact audio, refused key skipped', async () => {
  const { s, ctl, cap } = await chain();
  const cat = sampleCatalog();
  const album = cat.contexts.find((c) => c.type === 'album')!;
  const stopped = once(ctl, 'stopped');
  await ctl.play({ contextUri: album.uri });
  await stopped;
  const playable = album.tracks.filter((u) => !cat.track(u)!.refused);
  assert.equal(
    ctl.unavailableSkipped,
    album.tracks.length - playable.length,
    'the refused track was skipped and counted',
  );
  const expected = Buffer.concat(playable.map((u) => oggdecReference(cat.track(u)!.files[0]!.path)));
  const cmp = compareS16(cap.read().subarray(0, expected.length), expected);
  assert.ok(cmp.maxDiff <= 1, `max diff ${cmp.maxDiff}`);
  s.close();
});

test('the same chain when client-token and login5 both ask for a hashcash first (variants of the real service)', async (t) => {
  const challenging = await emulator({
    catalog: sampleCatalog(),
    auth: { clientTokenChallenge: true, login5Challenge: true },
  });
  t.after(() => challenging.stop());
  const auth = challenging.services.get('auth') as AuthEmulator;
  const { s, ctl, cap } = await connectChain(challenging);
  t.after(() => s.close());
  const cat = sampleCatalog();
  const album = cat.contexts.find((c) => c.type === 'album')!;
  const stopped = once(ctl, 'stopped');
  await ctl.play({ contextUri: album.uri });
  await stopped;
  assert.ok(auth.stats.challenges >= 1 && auth.stats.logins >= 1, 'login5 challenged, then logged in');
  const first = cat.track(album.tracks[0]!)!;
  const expected = oggdecReference(first.files[0]!.path);
  assert.ok(compareS16(cap.read().subarray(0, expected.length), expected).maxDiff <= 1, 'the album played');
});

test('spclient 503 and 429 are retried after Retry-After, bounded; a podcast episode plays like a track', async () => {
  const { s, spclient, ctl, cap } = await chain();
  const sp = emu.services.get('spclient') as SpClientEmulator;
  const cat = sampleCatalog();
  const show = cat.contexts.find((c) => c.type === 'show')!;
  sp.failNext(503, 1);
  const t0 = Date.now();
  const resolved = await spclient.contextResolve(show.uri);
  assert.ok(Date.now() - t0 >= 900, 'waited for Retry-After');
  assert.deepEqual(
    resolved.pages.flatMap((p) => p.tracks).map((t) => t.uri),
    show.tracks,
  );
  sp.failNext(429, 10);
  await assert.rejects(
    () => spclient.contextResolve(show.uri),
    (e: { protocolCode?: number }) => e.protocolCode === 429,
  );
  sp.failNext(200, 0);
  const stopped = once(ctl, 'stopped');
  await ctl.play({ contextUri: show.uri });
  await stopped;
  const ep = cat.track(show.tracks[0]!)!;
  const expected = oggdecReference(ep.files[0]!.path);
  assert.ok(compareS16(cap.read().subarray(0, expected.length), expected).maxDiff <= 1);
  s.close();
});

test('play and transfer: a context is resolved by its uri, inline pages are followed (page_url, next_page_url) or serve when the uri cannot be resolved', async (t) => {
  const { s, ctl } = await chain();
  t.after(async () => {
    await ctl.deactivate('test done');
    s.close();
  });
  const sp = emu.services.get('spclient') as SpClientEmulator;
  const album = sampleCatalog().contexts.find((c) => c.type === 'album')!;
  const tr = album.tracks;
  assert.equal(tr.length, 3, 'the sample album has three context-resolve pages');
  const context = () =>
    [...ctl.snapshot().prevTracks, ctl.snapshot().track, ...ctl.snapshot().nextTracks]
      .filter((x) => x?.provider === 'context')
      .map((x) => x!.uri);
  const ok = async (command: Record<string, unknown>, transfer?: Parameters<typeof handleCommand>[2]) =>
    assert.deepEqual(await handleCommand(ctl, command, transfer), { success: true });

  // The app sends the album's uri with only its first track inline: the whole album is resolved (the second
  // track, asked for by uri, plays at once; its place in the album is found when its page is in).
  await ok({
    endpoint: 'play',
    context: { uri: album.uri, pages: [{ tracks: [{ uri: tr[0] }] }] },
    options: { skip_to: { track_uri: tr[1] } },
  });
  assert.equal(ctl.snapshot().track?.uri, tr[1], 'skip_to: the second track');
  await until(() => context().join() === tr.join(), 3000, 'the whole album, the second track in its place');
  assert.equal(ctl.snapshot().index.track, 1);

  // No uri: the inline pages are the context, a page given only by page_url is fetched from spclient; the
  // track asked for by index plays once its page is in.
  const page1 = `hm://context-resolve/v1/page/${album.uri}/1`;
  await ok({
    endpoint: 'play',
    context: { pages: [{ tracks: [{ uri: tr[0] }] }, { page_url: page1 }] },
    options: { skip_to: { track_index: 1 } },
  });
  assert.equal(ctl.snapshot().track, undefined, 'the second track is not known yet');
  await until(() => ctl.snapshot().track?.uri === tr[1], 3000, 'the track at index 1, once its page is in');
  await until(() => context().join() === tr.join(), 3000, 'page_url fetched, then its next_page_url');

  // A context spclient cannot resolve (404, not retried): the pages the app sent are played.
  const before = sp.requests.length;
  await ok({
    endpoint: 'play',
    context: { uri: 'spotify:user:spotlet-test-user:collection', pages: [{ tracks: [{ uri: tr[1] }] }] },
  });
  assert.deepEqual(
    sp.requests
      .slice(before)
      .filter((r) => r.path.startsWith('/context-resolve/'))
      .map((r) => r.status),
    [404],
    'one 404, not retried',
  );
  assert.equal(ctl.snapshot().track?.uri, tr[1]);
  assert.deepEqual(context(), [tr[1]]);

  // A transfer of a paused session resolves its context too; restore_paused = resume plays it.
  await ok(
    { endpoint: 'transfer', options: { restore_paused: 'resume' } },
    {
      playback: { isPaused: true, positionAsOfTimestamp: 0, currentTrack: { uri: tr[1] } },
      currentSession: { context: { uri: album.uri, pages: [{ tracks: [{ uri: tr[1] }], nextPageUrl: page1 }] } },
    },
  );
  await until(() => context().join() === tr.join(), 3000, 'the whole album');
  assert.equal(ctl.snapshot().track?.uri, tr[1]);
  assert.equal(ctl.snapshot().isPaused, false, 'restore_paused = resume');
  await ok(
    { endpoint: 'transfer' },
    {
      playback: { isPaused: true, positionAsOfTimestamp: 0, currentTrack: { uri: tr[1] } },
      currentSession: { context: { uri: album.uri } },
    },
  );
  assert.equal(ctl.snapshot().isPaused, true, 'a paused session stays paused by default');
});
