/**
 * What the app reads from the speaker's PlayerState besides the track and position, as the references fill it
 * (docs/protocol/06 §3): where the play came from (play_origin: "Playing from …"), the context's metadata and
 * restrictions, a queue revision that changes with the queue, how long the track has played; the app's
 * update_context (for another context: success, ignored, as both references answer); and contexts whose tracks
 * are named by gid only, in context-resolve (an emulator variant) and in a transfer.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spotify as cs } from '../../src/gen/connect.js';
import type { ConnectCloud } from '../../tools/emulator/index.js';
import { emulator, until } from '../ap/helpers.js';
import { sampleCatalog } from '../audio/support.js';
import { connectChain, connectDevice, DEVICE_ID } from './support.js';

const PHONE = 'e'.repeat(40);

test('play_origin, context metadata and restrictions, queue revision and has_been_playing_for_ms reach the cluster; update_context', async (t) => {
  const emu = await emulator({ catalog: sampleCatalog() });
  t.after(() => emu.stop());
  const chain = await connectChain(emu, true);
  const { device } = await connectDevice(emu, chain, 'Kitchen');
  t.after(async () => {
    await chain.ctl.deactivate('test over');
    await device.stop();
    chain.s.close();
  });
  const cloud = emu.services.get('dealer') as ConnectCloud;
  const user = emu.accounts.list[0]!.username;
  const state = () => cloud.cluster(user).playerState;
  const album = sampleCatalog().contexts.find((c) => c.type === 'album')!;
  const playlist = sampleCatalog().contexts.find((c) => c.type === 'playlist')!;

  assert.equal(
    await cloud.command(
      user,
      DEVICE_ID,
      {
        endpoint: 'play',
        context: {
          uri: album.uri,
          metadata: { 'zelda.context_uri': album.uri },
          restrictions: { disallow_toggling_shuffle_reasons: ['album-rule'] },
        },
        play_origin: { feature_identifier: 'album', feature_version: '1.2.3', view_uri: 'spotify:album' },
      },
      PHONE,
    ),
    true,
  );
  await until(() => state()?.track?.uri === album.tracks[0] && !state()?.isBuffering, 5000, 'playing');
  const s = state()!;
  const o = s.playOrigin!;
  assert.deepEqual(
    [o.featureIdentifier, o.featureVersion, o.viewUri, o.deviceIdentifier],
    ['album', '1.2.3', 'spotify:album', PHONE],
    'play_origin, with the device that sent the play (go-librespot)',
  );
  assert.equal(s.contextMetadata?.context_description, album.name, 'the resolved context names itself');
  assert.equal(s.contextMetadata?.['zelda.context_uri'], album.uri, "the command's metadata too");
  assert.deepEqual(s.contextRestrictions?.disallowTogglingShuffleReasons, ['album-rule']);
  const revision = s.queueRevision!;
  assert.match(revision, /^\d+$/);

  // The queue changes: so does its revision.
  assert.equal(
    await cloud.command(user, DEVICE_ID, { endpoint: 'add_to_queue', track: { uri: album.tracks[1] } }),
    true,
  );
  await until(() => state()?.nextTracks?.[0]?.provider === 'queue', 3000, 'queued');
  assert.notEqual(state()!.queueRevision, revision);
  await until(
    () => cloud.puts.filter((p) => p.deviceId === DEVICE_ID).some((p) => p.hasBeenPlayingForMs > 0),
    3000,
    'has_been_playing_for_ms',
  );

  // update_context: another context's is answered with success and ignored; the current one's metadata merges.
  const before = { ...state()!.contextMetadata };
  assert.equal(
    await cloud.command(user, DEVICE_ID, {
      endpoint: 'update_context',
      context: { uri: playlist.uri, metadata: { context_description: 'Not this one' } },
    }),
    true,
    'update_context for another context: success',
  );
  assert.deepEqual({ ...state()!.contextMetadata }, before, 'and nothing changed');
  assert.equal(
    await cloud.command(user, DEVICE_ID, {
      endpoint: 'update_context',
      context: { uri: album.uri, metadata: { context_description: 'Renamed album' } },
    }),
    true,
  );
  await until(() => state()?.contextMetadata?.context_description === 'Renamed album', 3000, 'merged');
  assert.equal(state()!.track?.uri, album.tracks[0], 'the tracks stay as loaded');
});

test('context tracks named by gid only play under their derived uri: in context-resolve (emulator variant) and in a transfer', async (t) => {
  const emu = await emulator({ catalog: sampleCatalog(), spclient: { gidOnlyTracks: true } });
  t.after(() => emu.stop());
  const chain = await connectChain(emu, true);
  const { device } = await connectDevice(emu, chain, 'Kitchen');
  t.after(async () => {
    await chain.ctl.deactivate('test over');
    await device.stop();
    chain.s.close();
  });
  const cloud = emu.services.get('dealer') as ConnectCloud;
  const user = emu.accounts.list[0]!.username;
  const state = () => cloud.cluster(user).playerState;
  const cat = sampleCatalog();
  const album = cat.contexts.find((c) => c.type === 'album')!;

  assert.equal(await cloud.command(user, DEVICE_ID, { endpoint: 'play', context: { uri: album.uri } }), true);
  await until(() => state()?.track?.uri === album.tracks[0] && !state()?.isBuffering, 5000, 'the first track plays');
  assert.deepEqual(
    state()!.nextTracks!.map((x) => x.uri),
    album.tracks.slice(1),
    'the rest of the album, by uri',
  );

  // A transfer whose current track and inline page name tracks by gid (no context uri to resolve).
  const gid = (uri: string) => cat.track(uri)!.gid;
  const transfer = cs.connectstate.TransferState.encode({
    options: {},
    playback: {
      timestamp: Date.now(),
      positionAsOfTimestamp: 0,
      isPaused: false,
      currentTrack: { gid: gid(album.tracks[1]!) },
    },
    currentSession: { context: { uri: '', pages: [{ tracks: album.tracks.map((u) => ({ gid: gid(u) })) }] } },
    queue: {},
  }).finish();
  assert.equal(
    await cloud.command(user, DEVICE_ID, { endpoint: 'transfer', data: Buffer.from(transfer).toString('base64') }),
    true,
  );
  await until(() => state()?.track?.uri === album.tracks[1] && !state()?.isBuffering, 5000, 'the transferred track');
  assert.deepEqual(
    state()!.prevTracks!.map((x) => x.uri),
    [album.tracks[0]],
  );
});
