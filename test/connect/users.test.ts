/**
 * The whole speaker against the emulator, over real sockets, where its user or its active role changes:
 * another user logging in from a phone (a second addUser, or resetUsers then addUser) moves Connect to that
 * user's account while an AP reconnect of the same user leaves playback alone; and the board's buttons
 * while another device plays make the speaker the active device again, heard in the captured audio.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Catalog } from '../../tools/emulator/catalog.js';
import { DEFAULT_ACCOUNTS, type ConnectCloud } from '../../tools/emulator/index.js';
import { makeSampleCatalog } from '../../tools/emulator/sample-catalog.js';
import type { ButtonAction } from '../../src/board/index.js';
import { BUTTON_COMMANDS } from '../../src/speaker/index.js';
import { emulator, until } from '../ap/helpers.js';
import { oggdecReference } from '../audio/support.js';
import { connectChain, connectDevice, DEVICE_ID, emulatedSpeaker } from './support.js';

// 10 s tracks: the album never ends during a test step.
const catalog = Catalog.load(
  makeSampleCatalog(mkdtempSync(join(tmpdir(), 'spotlet-users-cat-')), { tracks: 3, seconds: 10 }),
);
const album = catalog.contexts.find((c) => c.type === 'album')!;
const t = album.tracks;
const references = catalog.tracks
  .filter((x) => x.type === 'track')
  .map((x) => ({ uri: x.uri, pcm: oggdecReference(x.files[0]!.path) }));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('another user logs in from a phone: the old cluster loses the speaker, the new user sees it and plays on it; an AP reconnect keeps playing', async () => {
  const emu = await emulator({
    catalog,
    accounts: [...DEFAULT_ACCOUNTS, { username: 'spotlet-second-user', password: 'spotlet-second-password' }],
  });
  const sp = await emulatedSpeaker(emu, 'Kitchen', references);
  try {
    const { speaker, frames } = sp;
    const cloud = emu.services.get('dealer') as ConnectCloud;
    const alice = emu.accounts.list[0]!;
    const bob = emu.accounts.list.find((a) => a.username === 'spotlet-second-user')!;
    const id = speaker.state.deviceId;
    const listed = (user: string) =>
      until(() => cloud.cluster(user).devices.has(id), 8000, `speaker in ${user}'s device list`);
    /** The user's app plays the album on the speaker: active in their cluster, heard from its first track. */
    const playFor = async (user: string): Promise<void> => {
      const mark = frames();
      assert.equal(
        await cloud.command(user, id, { endpoint: 'play', context: { uri: album.uri } }),
        true,
        `${user}'s play accepted`,
      );
      await until(
        () =>
          cloud.cluster(user).activeDeviceId === id &&
          cloud.cluster(user).playerState?.track?.uri === t[0] &&
          !cloud.cluster(user).playerState?.isPaused,
        5000,
        `playing in ${user}'s cluster`,
      );
      const h = await sp.heard(mark);
      assert.equal(h.uri, t[0], `${user}'s music heard`);
    };

    assert.equal((await sp.login(alice)).activeUser, alice.username);
    await listed(alice.username);
    const first = await speaker.connect();
    await playFor(alice.username);

    // The AP link is lost and restored (same user): Connect is not restarted, the music goes on.
    emu.ap.dropConnections();
    await until(() => speaker.session.state !== 'ready', 3000, 'AP link lost');
    await until(() => speaker.session.state === 'ready', 8000, 'AP link restored');
    assert.equal(await speaker.connect(), first, 'the same Connect after a reconnect');
    assert.equal(first.controller.active, true, 'still the active device');
    assert.equal(cloud.cluster(alice.username).activeDeviceId, id);
    let mark = frames();
    assert.equal((await sp.heard(mark, 500)).uri, t[0], 'the music went on through the AP reconnect');

    // Bob's phone logs him in while Alice listens: Alice's cluster sees the speaker go inactive and away.
    const putsBefore = cloud.puts.length;
    assert.equal((await sp.login(bob)).activeUser, bob.username);
    await listed(bob.username);
    assert.ok(
      cloud.puts.slice(putsBefore).some((p) => p.deviceId === id && p.reason === 'INACTIVE'),
      'inactive PUT in the old cluster',
    );
    await until(() => !cloud.cluster(alice.username).devices.has(id), 3000, "speaker gone from Alice's devices");
    assert.equal(cloud.cluster(alice.username).activeDeviceId, '', 'nothing active for Alice');
    const second = await speaker.connect();
    assert.notEqual(second, first, 'a new Connect for the new user');
    assert.equal(first.controller.active, false, "Alice's playback stopped");
    await pause(300);
    mark = frames();
    await pause(500);
    assert.equal(frames(), mark, 'silence until Bob plays');
    // His app sees the speaker (NEW_DEVICE over a dealer opened with his token) and plays on it.
    await playFor(bob.username);
    assert.equal(cloud.cluster(alice.username).activeDeviceId, '', "Alice's cluster untouched by Bob's playback");

    // resetUsers, then Alice again: the speaker leaves Bob's cluster and plays for Alice.
    const reset = await fetch(`http://127.0.0.1:${speaker.zeroconf.port}/`, {
      method: 'POST',
      body: new URLSearchParams({ action: 'resetUsers' }),
    });
    assert.equal(reset.status, 200);
    await until(() => !cloud.cluster(bob.username).devices.has(id), 3000, "speaker gone from Bob's devices");
    assert.equal(speaker.supervisor.state, 'waiting-for-user');
    const putsBeforeAlice = cloud.puts.filter((p) => p.deviceId === id && p.reason === 'NEW_DEVICE').length;
    assert.equal((await sp.login(alice)).activeUser, alice.username);
    await until(
      () =>
        cloud.puts.filter((p) => p.deviceId === id && p.reason === 'NEW_DEVICE').length > putsBeforeAlice &&
        cloud.cluster(alice.username).devices.has(id),
      8000,
      "speaker back in Alice's devices",
    );
    await playFor(alice.username);
    assert.equal(cloud.cluster(bob.username).activeDeviceId, '', "Bob's cluster untouched by Alice's playback");
  } finally {
    await sp.stop();
    await emu.stop();
  }
});

test('board buttons while another device plays: the speaker becomes the active device with its track, heard; with nothing played they only log', async () => {
  const emu = await emulator({ catalog });
  const sp = await emulatedSpeaker(emu, 'Kitchen', references);
  let phone: Awaited<ReturnType<typeof connectChain>> | undefined;
  try {
    const { speaker, frames } = sp;
    const cloud = emu.services.get('dealer') as ConnectCloud;
    const user = emu.accounts.list[0]!.username;
    const id = speaker.state.deviceId;
    const cluster = () => cloud.cluster(user);
    await sp.login(emu.accounts.list[0]!);
    await until(() => cluster().devices.has(id), 8000, 'speaker registered');
    const connect = await speaker.connect();
    /** A board button: its command through the speaker's port. */
    const press = (action: ButtonAction) => speaker.port.dispatch(BUTTON_COMMANDS[action], 'button');

    // Nothing was ever played: the buttons do nothing (and say so in the log).
    for (const action of ['play-pause', 'next', 'previous'] as const) await press(action);
    await pause(500);
    assert.equal(frames(), 0, 'nothing played');
    assert.equal(connect.controller.active, false);
    assert.equal(cluster().activeDeviceId, '');
    assert.equal(speaker.supervisor.state, 'ready');

    /** After the button: the speaker is the active device, its PUT carries `uri` playing, and `uri` is heard. */
    const activeWith = async (uri: string, mark: number, what: string): Promise<void> => {
      await until(
        () =>
          cluster().activeDeviceId === id &&
          cluster().playerState?.track?.uri === uri &&
          cluster().playerState?.isPlaying === true &&
          !cluster().playerState?.isPaused,
        5000,
        `${what}: active with the track`,
      );
      const put = cloud.puts.filter((p) => p.deviceId === id).at(-1)!;
      assert.equal(put.isActive, true, `${what}: is_active in the PUT`);
      assert.equal(put.state?.contextUri, album.uri, `${what}: the full state, with its context`);
      assert.equal((await sp.heard(mark)).uri, uri, `${what}: heard`);
      assert.equal(speaker.supervisor.state, 'playing');
    };
    const inactive = async (what: string): Promise<void> => {
      await until(
        () => !connect.controller.active && speaker.supervisor.state === 'ready',
        3000,
        `${what}: speaker inactive`,
      );
      await pause(300);
    };

    // The app plays here, then another device takes over: the board's play resumes here.
    assert.equal(await cloud.command(user, id, { endpoint: 'play', context: { uri: album.uri } }), true);
    await until(() => cluster().activeDeviceId === id, 5000, 'active by the app');
    cloud.takeOver(user, 'f'.repeat(40));
    await inactive('take-over');
    let mark = frames();
    await press('play-pause');
    await activeWith(t[0]!, mark, 'play-pause after a take-over');

    // A real device (a second Connect device of the account) gets the playback by transfer; the speaker
    // learns it from the cluster. Then next on the board: the speaker is active again, the device learns
    // it lost playback from the cluster push and stops.
    phone = await connectChain(emu, true);
    const { device } = await connectDevice(emu, phone, 'Phone');
    assert.equal(
      await cloud.command(user, DEVICE_ID, cloud.transferCommand(user)!),
      true,
      'transfer to the phone accepted',
    );
    await until(() => cluster().activeDeviceId === DEVICE_ID, 5000, 'the phone active');
    await inactive('transfer to the phone');
    const phoneStopped = once(phone.ctl, 'stopped');
    mark = frames();
    await press('next');
    await activeWith(t[1]!, mark, 'next while the phone plays');
    await phoneStopped;
    assert.equal(phone.ctl.active, false, 'the phone gave up playback');
    await device.stop();

    // Previous after another take-over: the track before plays here.
    cloud.takeOver(user, 'f'.repeat(40));
    await inactive('second take-over');
    mark = frames();
    await press('previous');
    await activeWith(t[0]!, mark, 'previous after a take-over');
  } finally {
    phone?.s.close();
    await sp.stop();
    await emu.stop();
  }
});
