import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { ConnectController, TrackQueue, type ContextResolver, type QueueTrack } from '../../src/connect/index.js';
import { ServerClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/core/log.js';
import type { ContextPage } from '../../src/web/index.js';
import { capturePlayer, compareS16, oggdecReference, sampleCatalog, useCdn } from '../audio/support.js';

const log = createLogger('test');
const cdn = useCdn();

/** Context-resolve over the catalog; the autoplay station is the album's playable tracks backwards. */
const autoplayAsked: { context: string; recent: string[] }[] = [];
const resolver: ContextResolver = {
  async contextResolve(uri: string) {
    const ctx = sampleCatalog().context(uri);
    if (!ctx) throw new Error(`no context ${uri}`);
    return {
      uri,
      metadata: {},
      restrictions: {},
      pages: [{ tracks: ctx.tracks.map((t, i) => ({ uri: t, uid: `u${i}` })) }],
    };
  },
  async contextPage(url: string): Promise<ContextPage> {
    throw new Error(`no page ${url} here`);
  },
  async autoplay(context: string, recent: string[]) {
    autoplayAsked.push({ context, recent });
    const playable = sampleCatalog()
      .context(context)!
      .tracks.filter((u) => !sampleCatalog().track(u)!.refused);
    const uri = 'spotify:station:album:x';
    return {
      uri,
      metadata: {},
      restrictions: {},
      pages: [{ tracks: playable.reverse().map((u, i) => ({ uri: u, uid: `s${i}` })) }],
    };
  },
};

function setup(pace: boolean) {
  const { player, cap } = capturePlayer(cdn(), pace);
  return { cap, player, ctl: new ConnectController({ player, resolver, log, clock: new ServerClock() }) };
}

const tracks = (n: number): QueueTrack[] =>
  Array.from({ length: n }, (_, i) => ({
    uri: `spotify:track:t${i}`,
    uid: `u${i}`,
    metadata: {},
    provider: 'context' as const,
  }));

test('queue: skip_to by uid/uri/index, user queue first, repeat context wraps, repeat track stays, shuffle keeps the current track', () => {
  const q = new TrackQueue();
  q.load('spotify:album:x', tracks(5), { uid: 'u2' });
  assert.equal(q.current?.uid, 'u2');
  q.load('spotify:album:x', tracks(5), { uri: 'spotify:track:t3' });
  assert.equal(q.current?.uid, 'u3');
  q.load('spotify:album:x', tracks(5), { index: 4 });
  assert.equal(q.current?.uid, 'u4');
  assert.equal(q.peekNext(), undefined);
  q.options.repeatingContext = true;
  assert.equal(q.peekNext()?.uid, 'u0');
  q.addToQueue({ uri: 'spotify:track:queued' });
  assert.deepEqual(
    q.nextTracks(3).map((t) => [t.uid, t.provider]),
    [
      ['q0', 'queue'],
      ['u0', 'context'],
      ['u1', 'context'],
    ],
  );
  assert.equal(q.advance()?.uri, 'spotify:track:queued');
  assert.equal(q.back()?.uid, 'u4', 'back from a queued track: the context track played before it');
  q.addToQueue({ uri: 'spotify:track:queued' });
  assert.equal(q.advance()?.uri, 'spotify:track:queued');
  assert.equal(q.advance()?.uid, 'u0', 'after the queue the context wraps around');
  q.options.repeatingTrack = true;
  assert.equal(q.advance()?.uid, 'u0');
  assert.equal(q.advance(true)?.uid, 'u1', 'a user skip leaves a repeated track');
  q.options.repeatingTrack = false;
  q.setShuffle(true);
  assert.equal(q.current?.uid, 'u1');
  assert.deepEqual([q.current!, ...q.nextTracks(10).slice(0, 4)].map((t) => t.uid).sort(), [
    'u0',
    'u1',
    'u2',
    'u3',
    'u4',
  ]);
  q.setShuffle(false);
  assert.equal(q.current?.uid, 'u1');
  assert.equal(q.contextIndex, 1);
});

test('an album played in order continues gaplessly (never crossfaded); a playlist, shuffle or a queued track may crossfade', () => {
  const q = new TrackQueue();
  q.load('spotify:album:x', tracks(3), { index: 0 });
  assert.equal(q.nextContinuesAlbum(), true, "the album's next track");
  q.setShuffle(true);
  assert.equal(q.nextContinuesAlbum(), false, 'shuffled');
  q.setShuffle(false);
  q.addToQueue({ uri: 'spotify:track:queued' });
  assert.equal(q.nextContinuesAlbum(), false, 'a queued track comes next');
  q.advance();
  assert.equal(q.nextContinuesAlbum(), false, 'from a queued track back into the album');
  q.advance();
  q.advance();
  assert.equal(q.current?.uid, 'u2');
  assert.equal(q.nextContinuesAlbum(), false, 'the album ends');
  q.load('spotify:playlist:p', tracks(3), { index: 0 });
  assert.equal(q.nextContinuesAlbum(), false, 'a playlist');
});

test("set_queue: the app's edited next tracks reorder and remove upcoming context tracks, replace the user queue; tracks past what it was shown stay", () => {
  const q = new TrackQueue();
  q.load('spotify:playlist:x', tracks(100), { uid: 'u1' });
  q.addToQueue({ uri: 'spotify:track:qa', uid: 'qa' });
  q.addToQueue({ uri: 'spotify:track:qb', uid: 'qb' });
  const shown = q.nextTracks();
  assert.equal(shown.length, 80);
  // In the app: qb dragged above qa, u3 moved to the top of "next from", u2 and u4 removed.
  const edited = [shown[1]!, shown[0]!, ...shown.slice(2).filter((t) => !['u2', 'u4'].includes(t.uid))];
  const u3 = edited.findIndex((t) => t.uid === 'u3');
  edited.splice(2, 0, ...edited.splice(u3, 1));
  q.setNextTracks(
    edited.map((t) => ({ uri: t.uri, uid: t.uid, metadata: t.metadata, queued: t.provider === 'queue' })),
  );
  assert.deepEqual(
    q.userQueue.map((t) => t.uid),
    ['qb', 'qa'],
  );
  const after = q.nextTracks(200).map((t) => t.uid);
  assert.deepEqual(after.slice(0, 6), ['qb', 'qa', 'u3', 'u5', 'u6', 'u7']);
  assert.ok(!after.includes('u2') && !after.includes('u4'), 'removed tracks are gone');
  assert.deepEqual(after.slice(-3), ['u97', 'u98', 'u99'], 'the tracks past the 80 shown keep their place');
  assert.equal(after.length, 2 + 98 - 2, 'two removed');
  assert.equal(q.advance()?.uid, 'qb');
  assert.equal(q.advance()?.uid, 'qa');
  assert.equal(q.advance()?.uid, 'u3', 'the context goes on in the edited order');
  // An entry the queue does not know (uid and uri unknown) is ignored rather than invented.
  q.setNextTracks([
    { uri: 'spotify:track:nope', uid: 'zz', queued: false },
    ...q.nextTracks(200).map((t) => ({ uri: t.uri, uid: t.uid, queued: false })),
  ]);
  assert.equal(q.nextTracks(1)[0]?.uid, 'u5');
});

test('play an album: tracks play gaplessly in order, a refused key is skipped and counted, then playback stops', async () => {
  const cat = sampleCatalog();
  const album = cat.contexts.find((c) => c.type === 'album')!;
  const { cap, ctl } = setup(false);
  const started: string[] = [];
  ctl.on('state', (r) => r === 'track-started' && started.push(ctl.snapshot().track!.uri));
  const stopped = once(ctl, 'stopped');
  await ctl.play({ contextUri: album.uri });
  await stopped;
  const playable = album.tracks.filter((u) => !cat.track(u)!.refused);
  assert.deepEqual(started, playable);
  assert.equal(ctl.unavailableSkipped, album.tracks.length - playable.length);
  const expected = Buffer.concat(playable.map((u) => oggdecReference(cat.track(u)!.files[0]!.path)));
  const cmp = compareS16(cap.read().subarray(0, expected.length), expected);
  assert.ok(cmp.maxDiff <= 1, `album audio exact (max diff ${cmp.maxDiff})`);
});

test('autoplay on: a station continues the album gaplessly, marked autoplay; off: playback stops at the end', async () => {
  const cat = sampleCatalog();
  const album = cat.contexts.find((c) => c.type === 'album')!;
  const playable = album.tracks.filter((u) => !cat.track(u)!.refused);
  const { cap, ctl } = setup(false);
  ctl.setAutoplay(true);
  const started: { uri: string; provider: string; toggling: string[] }[] = [];
  ctl.on('state', (r) => {
    const s = ctl.snapshot();
    if (r === 'track-started')
      started.push({
        uri: s.track!.uri,
        provider: s.track!.provider,
        toggling: s.restrictions.disallowTogglingShuffleReasons,
      });
  });
  autoplayAsked.length = 0;
  const stopped = once(ctl, 'stopped');
  await ctl.play({ contextUri: album.uri });
  await stopped;
  const station = [...playable].reverse();
  assert.deepEqual(
    started.map((t) => t.uri),
    [...playable, ...station],
  );
  assert.deepEqual(
    started.map((t) => t.provider),
    [...playable.map(() => 'context'), ...station.map(() => 'autoplay')],
  );
  assert.deepEqual(started.at(-1)!.toggling, ['autoplay'], 'shuffle/repeat cannot be toggled on a station');
  assert.equal(
    autoplayAsked.length,
    1,
    'one station request for one context end (the short station is not asked again)',
  );
  assert.equal(autoplayAsked[0]!.context, album.uri);
  assert.ok(autoplayAsked[0]!.recent.includes(playable[0]!), 'recently played tracks are sent');
  const expected = Buffer.concat([...playable, ...station].map((u) => oggdecReference(cat.track(u)!.files[0]!.path)));
  const cmp = compareS16(cap.read().subarray(0, expected.length), expected);
  assert.ok(cmp.maxDiff <= 1, `the station follows the album without a gap (max diff ${cmp.maxDiff})`);

  // Off (the app's setting): the same album ends and nothing is asked.
  ctl.setAutoplay(false);
  started.length = 0;
  const stoppedAgain = once(ctl, 'stopped');
  await ctl.play({ contextUri: album.uri });
  await stoppedAgain;
  assert.deepEqual(
    started.map((t) => t.uri),
    playable,
  );
  assert.equal(autoplayAsked.length, 1);
});

test('commands in real time: skip next/prev, seek, pause/resume, shuffle, repeat, queue and volume show in the state', async () => {
  const cat = sampleCatalog();
  const album = cat.contexts.find((c) => c.type === 'album')!;
  const { ctl, player } = setup(true);
  // A (re)started track is buffering until its first sample is out: then it is 'playing' at speed 1.
  const trackStarted = () =>
    new Promise<void>((r) =>
      ctl.once('state', function h(reason) {
        if (reason === 'playing') r();
        else ctl.once('state', h);
      }),
    );
  let started = trackStarted();
  await ctl.play({ contextUri: album.uri, skipTo: { uid: 'u0' } });
  await started;
  let s = ctl.snapshot();
  assert.equal(s.track?.uri, album.tracks[0]);
  assert.equal(s.isPlaying && !s.isPaused && s.playbackSpeed === 1, true);
  assert.deepEqual(s.restrictions.disallowSkippingPrevReasons, ['no previous tracks']);

  started = trackStarted();
  ctl.skipNext();
  await started;
  assert.equal(ctl.snapshot().track?.uri, album.tracks[1]);
  assert.equal(ctl.snapshot().index.track, 1);

  started = trackStarted();
  ctl.skipPrev(); // < 3 s in: previous track
  await started;
  assert.equal(ctl.snapshot().track?.uri, album.tracks[0]);

  started = trackStarted();
  ctl.seekTo(2000);
  await started;
  const pos = ctl.snapshot().positionAsOfTimestamp;
  assert.ok(pos >= 2000 && pos < 2600, `position after seek ${pos}`);

  ctl.pause();
  s = ctl.snapshot();
  assert.equal(s.isPaused, true);
  assert.equal(s.playbackSpeed, 0);
  const frozen = s.positionAsOfTimestamp;
  await new Promise((r) => setTimeout(r, 400));
  assert.ok(ctl.snapshot().positionAsOfTimestamp - frozen < 100, 'position holds while paused');
  ctl.resume();
  assert.equal(ctl.snapshot().playbackSpeed, 1);

  ctl.setRepeatContext(true);
  ctl.setRepeatTrack(true);
  ctl.setShuffle(true);
  ctl.addToQueue({ uri: album.tracks[1]! });
  s = ctl.snapshot();
  assert.deepEqual(s.options, { shufflingContext: true, repeatingContext: true, repeatingTrack: true });
  assert.equal(s.nextTracks[0]?.provider, 'queue');
  assert.equal(s.track?.uri, album.tracks[0], 'shuffle keeps the current track');

  ctl.setVolume(20000);
  assert.equal(player.volume, 20000);
  ctl.volumeStep(1);
  assert.equal(player.volume, 20000 + Math.floor(65535 / 64));

  await ctl.deactivate('another device took over');
  assert.equal(ctl.active, false);
  assert.equal(ctl.snapshot().isPlaying, false);
});
