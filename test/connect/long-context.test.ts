/**
 * A playlist of 3000 tracks over real sockets against the emulator, whose context-resolve answers in pages
 * like Spotify's: the app's reply and the first CDN range come after one context-resolve request (not 30); the
 * next pages load as playback needs them (the app's next-tracks list, a skip across a page boundary, a track
 * asked for further on); shuffle draws from the whole playlist.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Catalog, type CdnServer, type Emulator, type SpClientEmulator } from '../../tools/emulator/index.js';
import { makeSampleCatalog } from '../../tools/emulator/sample-catalog.js';
import { emulator, until } from '../ap/helpers.js';
import { connectChain, connectDevice, DEVICE_ID } from './support.js';

const TRACKS = 3000;
const PAGE = 100;

let emu: Emulator;
let catalog: Catalog;
before(async () => {
  catalog = Catalog.load(
    makeSampleCatalog(mkdtempSync(join(tmpdir(), 'spotlet-long-cat-')), {
      tracks: 2,
      seconds: 20,
      refused: [],
      longPlaylist: TRACKS,
    }),
  );
  emu = await emulator({ catalog, spclient: { pageSize: PAGE } });
});
after(() => emu.stop());

test('a 3000-track playlist: one context page before the reply and the first sample; pages follow as needed; shuffle draws from all of it', async (t) => {
  const long = catalog.contexts.find((c) => c.tracks.length === TRACKS)!;
  const sp = emu.services.get('spclient') as SpClientEmulator;
  const cdn = emu.services.get('cdn') as CdnServer;
  const chain = await connectChain(emu, true);
  const { cloud, device } = await connectDevice(emu, chain, 'Kitchen');
  t.after(async () => {
    await chain.ctl.deactivate('test over');
    await device.stop();
    chain.s.close();
  });
  const user = emu.accounts.list[0]!.username;
  const state = () => cloud.cluster(user).playerState;
  const contextRequests = (before = Number.POSITIVE_INFINITY) =>
    sp.requests.filter((r) => r.path.startsWith('/context-resolve/') && r.at < before).length;
  const command = async (c: Record<string, unknown>) =>
    assert.equal(await cloud.command(user, DEVICE_ID, c), true, `${String(c.endpoint)} accepted`);
  const index = (uri: string | null | undefined) => long.tracks.indexOf(uri ?? '');

  // Play from the top: the reply and the first CDN range follow one context-resolve request.
  const cdnBefore = cdn.requests.length;
  await command({ endpoint: 'play', context: { uri: long.uri } });
  assert.equal(contextRequests(), 1, 'the reply came after one context-resolve request');
  await until(() => cdn.requests.length > cdnBefore, 5000, 'the first CDN range');
  assert.equal(contextRequests(cdn.requests[cdnBefore]!.at), 1, 'one context page before the first CDN range');
  await until(() => state()?.track?.uri === long.tracks[0] && !state()?.isBuffering, 5000, 'playing the first track');
  // The app's next-tracks list (80) is filled from the first page: nothing more is fetched.
  await until(() => state()?.nextTracks?.length === 80, 3000, 'the next-tracks list');
  assert.deepEqual(
    state()!.nextTracks!.map((x) => index(x.uri)),
    Array.from({ length: 80 }, (_, i) => i + 1),
  );
  assert.equal(contextRequests(), 1, 'no page fetched that nothing needed');

  // The app jumps to the first page's second-last track: the next page is fetched for the list, and skips cross
  // the boundary.
  await command({ endpoint: 'skip_next', track: { uri: long.tracks[PAGE - 2] } });
  await until(() => state()?.track?.uri === long.tracks[PAGE - 2], 3000, 'the jump');
  await until(() => index(state()?.nextTracks?.at(-1)?.uri) === PAGE - 2 + 80, 3000, 'the list reaches into page 2');
  assert.equal(contextRequests(), 2, 'one more page');
  await command({ endpoint: 'skip_next' });
  await command({ endpoint: 'skip_next' });
  await until(() => state()?.track?.uri === long.tracks[PAGE], 3000, 'the first track of page 2');
  assert.equal(Number(state()!.index?.track), PAGE, 'its place in the playlist');
  await command({ endpoint: 'skip_prev' });
  await until(() => state()?.track?.uri === long.tracks[PAGE - 1], 3000, 'back across the boundary');

  // Shuffle: every page is fetched (in the background) and the upcoming order draws from the whole playlist.
  await command({ endpoint: 'set_shuffling_context', value: true });
  await until(() => contextRequests() === TRACKS / PAGE, 10_000, 'all pages');
  await until(
    () => (state()?.nextTracks ?? []).filter((x) => index(x.uri) >= 3 * PAGE).length >= 40,
    3000,
    'shuffled next tracks from all over the playlist',
  );
  const next = state()!.nextTracks!.map((x) => index(x.uri));
  assert.equal(new Set(next).size, 80, 'no track twice');
  assert.ok(!next.includes(PAGE - 1), 'not the current one');
  // What is shown next is what plays next.
  await command({ endpoint: 'skip_next' });
  await until(() => index(state()?.track?.uri) === next[0], 3000, 'the shuffled next track plays');
});

test('a track the app starts far into a 3000-track playlist plays at once; its place is found as the pages come', async (t) => {
  const long = catalog.contexts.find((c) => c.tracks.length === TRACKS)!;
  const sp = emu.services.get('spclient') as SpClientEmulator;
  const chain = await connectChain(emu, true);
  const { cloud, device } = await connectDevice(emu, chain, 'Kitchen');
  t.after(async () => {
    await chain.ctl.deactivate('test over');
    await device.stop();
    chain.s.close();
  });
  const user = emu.accounts.list[0]!.username;
  const state = () => cloud.cluster(user).playerState;
  const contextRequests = () => sp.requests.filter((r) => r.path.startsWith('/context-resolve/')).length;
  const before = contextRequests();
  const target = 2500;
  assert.equal(
    await cloud.command(user, DEVICE_ID, {
      endpoint: 'play',
      context: { uri: long.uri },
      options: { skip_to: { track_uri: long.tracks[target], track_uid: `playlist-${target}`, track_index: target } },
    }),
    true,
  );
  assert.equal(contextRequests() - before, 1, 'replied after one context-resolve request, not 26');
  await until(() => state()?.track?.uri === long.tracks[target], 3000, 'the track plays');
  await until(() => Number(state()?.index?.track) === target, 10_000, 'its place in the playlist, once its page is in');
  assert.equal(state()!.track!.uid, `playlist-${target}`);
  assert.equal(state()!.nextTracks![0]!.uri, long.tracks[target + 1], 'the playlist goes on after it');
  assert.equal(state()!.prevTracks!.at(-1)!.uri, long.tracks[target - 1]);
});
