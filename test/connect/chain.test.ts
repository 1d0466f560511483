/**
 * The whole chain a Connect play command starts, over real sockets against the emulator: AP login → login5
 * bearer → context-resolve (paged) → metadata → audio keys over the AP → storage-resolve → CDN → ALSA.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { Emulator, SpClientEmulator } from '../../src/emulator/index.js';
import { emulator } from '../ap/helpers.js';
import { compareS16, oggdecReference, sampleCatalog } from '../audio/support.js';
import { connectChain } from './support.js';

let emu: Emulator;
before(async () => {
  emu = await emulator({ catalog: sampleCatalog() });
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
  assert.equal(ctl.unavailableSkipped, album.tracks.length - playable.length, 'the refused track was skipped and counted');
  const expected = Buffer.concat(playable.map((u) => oggdecReference(cat.track(u)!.files[0]!.path)));
  const cmp = compareS16(cap.read().subarray(0, expected.length), expected);
  assert.ok(cmp.maxDiff <= 1, `max diff ${cmp.maxDiff}`);
  s.close();
});

test('spclient 503 and 429 are retried after Retry-After, bounded; a podcast episode plays like a track', async () => {
  const { s, spclient, ctl, cap } = await chain();
  const sp = emu.services.get('spclient') as SpClientEmulator;
  const cat = sampleCatalog();
  const show = cat.contexts.find((c) => c.type === 'show')!;
  sp.failNext(503, 1);
  const t0 = Date.now();
  const tracks = await spclient.contextResolve(show.uri);
  assert.ok(Date.now() - t0 >= 900, 'waited for Retry-After');
  assert.deepEqual(tracks.map((t) => t.uri), show.tracks);
  sp.failNext(429, 10);
  await assert.rejects(() => spclient.contextResolve(show.uri), (e: { protocolCode?: number }) => e.protocolCode === 429);
  sp.failNext(200, 0);
  const stopped = once(ctl, 'stopped');
  await ctl.play({ contextUri: show.uri });
  await stopped;
  const ep = cat.track(show.tracks[0]!)!;
  const expected = oggdecReference(ep.files[0]!.path);
  assert.ok(compareS16(cap.read().subarray(0, expected.length), expected).maxDiff <= 1);
  s.close();
});
