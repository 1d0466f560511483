import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConnectController, transferRequest } from '../../src/connect/index.js';
import { ServerClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/core/log.js';
import { capturePlayer, sampleCatalog, useCdn } from '../audio/support.js';
import { handleCommand } from './support.js';

const log = createLogger('test');
const cdn = useCdn();

function controller(): ConnectController {
  const { player } = capturePlayer(cdn(), true);
  return new ConnectController({
    player,
    log,
    clock: new ServerClock(),
    resolver: {
      contextResolve: async (uri) => ({
        uri,
        metadata: {},
        restrictions: {},
        pages: [
          {
            tracks: sampleCatalog()
              .context(uri)!
              .tracks.map((t) => ({ uri: t })),
          },
        ],
      }),
      contextPage: async (url) => Promise.reject(new Error(`no page ${url} in these tests`)),
      autoplay: async () => Promise.reject(new Error('no autoplay in these tests')),
    },
  });
}

test('transfer: position is extrapolated unless paused; queue, options and current uid carry over', () => {
  const now = 1_700_000_010_000;
  const r = transferRequest(
    {
      options: { shufflingContext: true },
      playback: {
        timestamp: now - 4000,
        positionAsOfTimestamp: 1000,
        isPaused: false,
        currentTrack: { uri: 'spotify:track:a', uid: 'ua' },
      },
      currentSession: { context: { uri: 'spotify:album:x' }, currentUid: 'ua' },
      queue: { tracks: [{ uri: 'spotify:track:q' }] },
    },
    now,
  );
  assert.equal(r.positionMs, 5000);
  assert.equal(r.paused, false);
  assert.equal(r.contextUri, 'spotify:album:x');
  assert.deepEqual(r.skipTo, { uid: 'ua', uri: 'spotify:track:a' });
  assert.equal(r.options?.shufflingContext, true);
  assert.deepEqual(
    r.queue?.map((t) => t.uri),
    ['spotify:track:q'],
  );
  const p = transferRequest(
    {
      playback: {
        timestamp: now - 4000,
        positionAsOfTimestamp: 1000,
        isPaused: true,
        currentTrack: { uri: 'spotify:track:a' },
      },
      currentSession: { context: { uri: '-' } },
    },
    now,
  );
  assert.equal(p.positionMs, 1000);
  assert.equal(p.paused, true);
  assert.deepEqual(p.pages, [{ tracks: [{ uri: 'spotify:track:a' }] }], 'no context: the current track alone');
});

test('transfer while the app plays a queued or an autoplay track: that track plays first, then the context goes on', async () => {
  const cat = sampleCatalog();
  const album = cat.contexts.find((c) => c.type === 'album')!;
  const [t0, t1] = album.tracks as [string, string];
  const now = Date.now();
  const queued = transferRequest(
    {
      playback: { timestamp: now, currentTrack: { uri: t0 } },
      currentSession: { context: { uri: album.uri }, currentUid: 'album-0' },
      queue: { tracks: [{ uri: t1, uid: 'q7' }], isPlayingQueue: true },
    },
    now,
  );
  assert.deepEqual(queued.skipTo, { uid: 'album-0' }, 'the context resumes at the track before the queue');
  assert.equal(queued.current?.uri, t1);
  assert.deepEqual(queued.queue, []);

  const ctl = controller();
  const autoplay = transferRequest(
    {
      playback: {
        timestamp: now,
        currentTrack: { uri: t1, uid: 'station-3', metadata: { 'autoplay.is_autoplay': 'true' } },
      },
      currentSession: { context: { uri: album.uri } },
    },
    now,
  );
  await ctl.play(autoplay);
  await new Promise<void>((r) =>
    ctl.once('state', function h(reason) {
      if (reason === 'track-started') r();
      else ctl.once('state', h);
    }),
  );
  const s = ctl.snapshot();
  assert.equal(s.track?.uri, t1);
  assert.equal(s.track?.provider, 'autoplay');
  assert.deepEqual(s.restrictions.disallowTogglingShuffleReasons, ['autoplay']);
  assert.deepEqual(
    s.nextTracks,
    [],
    'after a station track comes the station (autoplay is off here), not the album from its start',
  );
  await ctl.play(queued);
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(ctl.snapshot().track?.provider, 'queue');
  assert.equal(
    ctl.snapshot().nextTracks[0]?.uri,
    album.tracks[1],
    'then the context after the track the queue interrupted',
  );
  await ctl.deactivate('test done');
});

test('commands drive the controller; garbage and unknown endpoints answer success:false without throwing', async () => {
  const cat = sampleCatalog();
  const album = cat.contexts.find((c) => c.type === 'album')!;
  const ctl = controller();
  const started = new Promise<void>((r) => ctl.on('state', (reason) => reason === 'track-started' && r()));
  assert.deepEqual(
    await handleCommand(ctl, {
      endpoint: 'play',
      context: { uri: album.uri },
      options: { skip_to: { track_index: 1 }, player_options_override: { repeating_context: true } },
    }),
    { success: true },
  );
  await started;
  assert.equal(ctl.snapshot().track?.uri, album.tracks[1]);
  assert.equal(ctl.snapshot().options.repeatingContext, true);
  assert.equal((await handleCommand(ctl, { endpoint: 'set_shuffling_context', value: true })).success, true);
  assert.equal(ctl.snapshot().options.shufflingContext, true);
  assert.equal((await handleCommand(ctl, { endpoint: 'add_to_queue', track: { uri: album.tracks[0] } })).success, true);
  assert.equal(ctl.snapshot().nextTracks[0]?.uri, album.tracks[0]);
  assert.equal(
    (
      await handleCommand(ctl, {
        endpoint: 'set_queue',
        next_tracks: [
          { uri: album.tracks[2], provider: 'queue' },
          { uri: album.tracks[0], provider: 'context' },
        ],
      })
    ).success,
    true,
  );
  assert.deepEqual(
    ctl.queue.userQueue.map((t) => t.uri),
    [album.tracks[2]],
  );
  assert.equal((await handleCommand(ctl, { endpoint: 'pause' })).success, true);
  assert.equal(ctl.snapshot().isPaused, true);
  assert.equal((await handleCommand(ctl, { endpoint: 'resume' })).success, true);
  assert.equal(ctl.snapshot().isPaused, false);
  for (const bad of [
    null,
    42,
    'x',
    {},
    { endpoint: 'self_destruct' },
    { endpoint: 'set_repeating_track', value: 'yes' },
    { endpoint: 'seek_to' },
    { endpoint: 'add_to_queue', track: {} },
    { endpoint: 'play', context: {} },
    { endpoint: 'transfer' },
  ]) {
    const r = await handleCommand(ctl, bad);
    assert.equal(r.success, false, JSON.stringify(bad));
    assert.ok(r.reason);
  }
  await ctl.deactivate('test done');
});
