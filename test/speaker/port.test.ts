/**
 * The speaker's command port, on the whole speaker against the emulator over real sockets: a board button and
 * the app's own command leave the same state in the app's cluster (one command path); the port's status and
 * events show what happened and from where; the app's malformed commands get one refusal each and change
 * nothing; a local caller stops the speaker, makes it the active device again and forgets the user.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Catalog } from '../../tools/emulator/catalog.js';
import type { ConnectCloud } from '../../tools/emulator/index.js';
import { makeSampleCatalog } from '../../tools/emulator/sample-catalog.js';
import type { SpeakerEvent } from '../../src/port/index.js';
import { BUTTON_COMMANDS } from '../../src/speaker/index.js';
import { emulator, until } from '../ap/helpers.js';
import { oggdecReference } from '../audio/support.js';
import { emulatedSpeaker } from '../connect/support.js';

// 10 s tracks: the album never ends during a test step.
const catalog = Catalog.load(
  makeSampleCatalog(mkdtempSync(join(tmpdir(), 'spotlet-port-cat-')), { tracks: 3, seconds: 10 }),
);
const album = catalog.contexts.find((c) => c.type === 'album')!;
const t = album.tracks;
const references = catalog.tracks
  .filter((x) => x.type === 'track')
  .map((x) => ({ uri: x.uri, pcm: oggdecReference(x.files[0]!.path) }));

/** The speaker logged in and registered with the emulated cloud, its port's events recorded from boot. */
async function loggedInSpeaker() {
  const emu = await emulator({ catalog });
  const sp = await emulatedSpeaker(emu, 'Kitchen', references);
  const { speaker } = sp;
  const events: SpeakerEvent[] = [];
  speaker.port.subscribe((e) => events.push(e));
  const cloud = emu.services.get('dealer') as ConnectCloud;
  const account = emu.accounts.list[0]!;
  const user = account.username;
  const id = speaker.state.deviceId;
  const cluster = () => cloud.cluster(user);
  return {
    emu,
    sp,
    speaker,
    events,
    cloud,
    account,
    user,
    id,
    cluster,
    /** The app's command to the speaker; true when it replied success. */
    command: (c: Record<string, unknown>) => cloud.command(user, id, c),
    /** The app plays the album here, from its first track. */
    async playAlbum() {
      assert.equal(await cloud.command(user, id, { endpoint: 'play', context: { uri: album.uri } }), true);
      await until(
        () => cluster().activeDeviceId === id && cluster().playerState?.track?.uri === t[0],
        5000,
        'the album playing here',
      );
    },
    /** What the app shows of the playback (without the moving position and the ids of this playback). */
    view() {
      const p = cluster().playerState;
      return {
        active: cluster().activeDeviceId === id,
        track: p?.track?.uri,
        index: p?.index?.track ?? 0,
        playing: !!p?.isPlaying,
        paused: !!p?.isPaused,
        shuffle: !!p?.options?.shufflingContext,
        repeatContext: !!p?.options?.repeatingContext,
        repeatTrack: !!p?.options?.repeatingTrack,
        next: (p?.nextTracks ?? []).map((x) => x.uri),
        prev: (p?.prevTracks ?? []).map((x) => x.uri),
      };
    },
    async stop() {
      await sp.stop();
      await emu.stop();
    },
  };
}

test('a button and the app command doing the same leave the same state in the cluster; the port shows both', async () => {
  const s = await loggedInSpeaker();
  const { speaker, events, cluster, command, view } = s;
  const port = speaker.port;
  try {
    // Before a user logged in there is nothing to act on: refused with the reason, the status says so.
    const early = await port.dispatch({ kind: 'next' }, 'api');
    assert.equal(early.success, false);
    assert.match(early.reason ?? '', /no user logged in/);
    assert.equal(port.status().user, undefined);
    assert.equal(port.status().active, false);
    assert.equal(port.status().state, 'waiting-for-user');
    assert.deepEqual(port.status().device, { id: s.id, name: 'Kitchen', type: 'speaker' });

    assert.equal((await s.sp.login(s.account)).activeUser, s.user);
    await until(() => cluster().devices.has(s.id), 8000, 'speaker registered');
    await speaker.connect();
    assert.equal(port.status().user, s.user);
    assert.ok(events.some((e) => e.type === 'user' && e.user === s.user));
    await s.playAlbum();

    // next: the board's button, then (after going back) the app's skip_next.
    assert.deepEqual(await port.dispatch(BUTTON_COMMANDS.next, 'button'), { success: true });
    await until(() => view().track === t[1] && view().playing, 5000, 'the second track after the button');
    const nextByButton = view();
    assert.equal(await command({ endpoint: 'skip_prev' }), true);
    await until(() => view().track === t[0], 5000, 'back to the first track');
    assert.equal(await command({ endpoint: 'skip_next' }), true);
    await until(() => view().track === t[1] && view().playing, 5000, 'the second track after the app');
    assert.deepEqual(view(), nextByButton, 'next: the app sees the same after the button as after its own command');

    // play-pause: the button pauses as the app's pause does, and plays on as its resume does.
    assert.deepEqual(await port.dispatch(BUTTON_COMMANDS['play-pause'], 'button'), { success: true });
    await until(() => view().paused, 3000, 'paused by the button');
    const pausedByButton = view();
    assert.equal(await command({ endpoint: 'resume' }), true);
    await until(() => !view().paused, 3000, 'resumed by the app');
    const resumedByApp = view();
    assert.equal(await command({ endpoint: 'pause' }), true);
    await until(() => view().paused, 3000, 'paused by the app');
    assert.deepEqual(view(), pausedByButton, 'pause: the same for the button and the app');
    assert.deepEqual(await port.dispatch(BUTTON_COMMANDS['play-pause'], 'button'), { success: true });
    await until(() => !view().paused, 3000, 'resumed by the button');
    assert.deepEqual(view(), resumedByApp, 'resume: the same for the button and the app');

    // volume-up: one of the 64 steps, seen by the app as the device's volume.
    const before = port.status().volume;
    assert.deepEqual(await port.dispatch(BUTTON_COMMANDS['volume-up'], 'button'), { success: true });
    const step = Math.floor(65535 / 64);
    await until(
      () => cluster().devices.get(s.id)?.info.volume === before + step,
      3000,
      'the new volume in the cluster',
    );
    assert.equal(port.status().volume, before + step);

    // The read side: the status, and the events saying what happened and who asked.
    const st = port.status();
    assert.equal(st.state, 'playing');
    assert.equal(st.active, true);
    assert.equal(st.playing && !st.paused, true);
    assert.equal(st.track?.uri, t[1]);
    assert.equal(st.track?.contextUri, album.uri);
    assert.ok((st.track?.durationMs ?? 0) > 9000, `duration ${st.track?.durationMs}`);
    const commands = events.flatMap((e) => (e.type === 'command' ? [`${e.source} ${e.command.kind}`] : []));
    assert.deepEqual(commands, [
      'api next',
      'app play',
      'button next',
      'app prev',
      'app next',
      'button toggle',
      'app resume',
      'app pause',
      'button toggle',
      'button volume-up',
    ]);
    const tracks = events.flatMap((e) => (e.type === 'track' ? [e.uri] : []));
    assert.deepEqual(tracks, [t[0], t[1], t[0], t[1]], 'a track event for each track that started');
    assert.ok(events.some((e) => e.type === 'active'));
    assert.ok(events.some((e) => e.type === 'paused'));
    assert.ok(events.some((e) => e.type === 'volume' && e.volume === before + step));
    assert.ok(events.some((e) => e.type === 'state' && e.state === 'playing'));
  } finally {
    await s.stop();
  }
});

test("the app's malformed commands get one refusal each and change nothing; stop, activate and forget-user from a local caller", async () => {
  const s = await loggedInSpeaker();
  const { speaker, events, cluster, command, view } = s;
  const port = speaker.port;
  try {
    assert.equal((await s.sp.login(s.account)).activeUser, s.user);
    await until(() => cluster().devices.has(s.id), 8000, 'speaker registered');
    await s.playAlbum();
    assert.equal(await command({ endpoint: 'pause' }), true);
    await until(() => view().paused, 3000, 'paused');
    const before = view();

    // Each gets its one reply (cloud.command rejects when none comes), a refusal; the playback is as it was.
    for (const bad of [
      {},
      { endpoint: 'self_destruct' },
      { endpoint: 'seek_to' },
      { endpoint: 'set_repeating_track', value: 'yes' },
      { endpoint: 'add_to_queue', track: {} },
      { endpoint: 'play', context: {} },
      { endpoint: 'transfer' },
      { endpoint: 'transfer', data: Buffer.from('not a TransferState').toString('base64') },
    ])
      assert.equal(await command(bad), false, JSON.stringify(bad));
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(view(), before, 'nothing changed');
    assert.equal(await command({ endpoint: 'resume' }), true, 'and the speaker still takes commands');
    await until(() => !view().paused, 3000, 'playing again');

    // A local caller stops the speaker: it is no longer the active device, for the app and in the status.
    assert.deepEqual(await port.dispatch({ kind: 'stop' }, 'api'), { success: true });
    await until(() => cluster().activeDeviceId === '', 3000, 'no active device in the cluster');
    await until(() => speaker.supervisor.state === 'ready', 3000, 'speaker ready');
    assert.equal(port.status().active, false);
    assert.ok(events.some((e) => e.type === 'inactive'));
    // ...and makes it the active device again, with the track it played.
    assert.deepEqual(await port.dispatch({ kind: 'activate' }, 'api'), { success: true });
    await until(
      () => view().active && view().track === t[0] && view().playing && !view().paused,
      5000,
      'active again with its track',
    );
    assert.equal(port.status().active, true);

    // forget-user (the button's long press): gone from the user's devices, credentials deleted, waiting.
    assert.deepEqual(await port.dispatch(BUTTON_COMMANDS['forget-user'], 'button'), { success: true });
    assert.ok(!cluster().devices.has(s.id), "gone from the user's devices");
    assert.equal(cluster().activeDeviceId, '');
    assert.equal(speaker.state.credentials, undefined);
    assert.equal(speaker.supervisor.state, 'waiting-for-user');
    assert.equal(port.status().user, undefined);
    assert.deepEqual(
      events.find((e) => e.type === 'command' && e.command.kind === 'logout'),
      { type: 'command', command: { kind: 'logout' }, source: 'button', result: { success: true } },
    );
    assert.ok(events.some((e) => e.type === 'user' && e.user === undefined));
  } finally {
    await s.stop();
  }
});
