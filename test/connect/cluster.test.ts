/**
 * The Connect cluster over real sockets against the emulator: the cloud pushes a ClusterUpdate on every
 * change, the speaker loses control only on a real take-over (not on a stale update racing a transfer), a
 * connect-state PUT the cloud could not take is sent again with fresh state, and the app's logout makes the
 * speaker leave the cluster.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { setLogSink } from '../../src/core/log.js';
import { spotify as cs } from '../../src/gen/connect.js';
import type { SpClientEmulator } from '../../tools/emulator/index.js';
import { DealerClient, type DealerMessage } from '../../src/web/index.js';
import { emulator, until } from '../ap/helpers.js';
import { sampleCatalog } from '../audio/support.js';
import { connectChain, connectDevice, DEVICE_ID } from './support.js';

const C = cs.connectstate;
const PHONE = 'e'.repeat(40);

/**
 * A phone of the same account that only watches, as the app's device picker does: its own dealer connection
 * and NEW_DEVICE PUT (without gzip pushes), then every cluster push it gets.
 */
async function watcher(emu: Awaited<ReturnType<typeof emulator>>, chain: Awaited<ReturnType<typeof connectChain>>) {
  const dealer = new DealerClient({
    url: async () => emu.endpoints.dealer_url!,
    token: () => chain.tokens.get(),
    log: chain.log,
  });
  const pushes: DealerMessage[] = [];
  dealer.on('message', (m) => m.uri === 'hm://connect-state/v1/cluster' && pushes.push(m));
  dealer.start();
  const [connectionId] = (await once(dealer, 'connection-id')) as [string];
  const put = (isActive: boolean, playerState: cs.connectstate.IPlayerState = {}) =>
    chain.spclient.request('PUT', `/connect-state/v1/devices/${PHONE}`, {
      body: Buffer.from(
        C.PutStateRequest.encode({
          device: {
            deviceInfo: {
              deviceId: PHONE,
              name: 'Phone',
              deviceType: C.DeviceType.SMARTPHONE,
              capabilities: { isObservable: true },
            },
            playerState,
          },
          memberType: C.MemberType.CONNECT_STATE,
          isActive,
          putStateReason: C.PutStateReason.NEW_DEVICE,
        }).finish(),
      ),
      contentType: 'application/x-protobuf',
      headers: { 'X-Spotify-Connection-Id': connectionId },
    });
  await put(false);
  const updates = () => pushes.map((m) => C.ClusterUpdate.decode(m.payload));
  return { dealer, pushes, updates, put };
}

test('the cloud pushes a ClusterUpdate on every change: new device, state, volume, inactive (active device cleared)', async () => {
  const emu = await emulator({ catalog: sampleCatalog() });
  const chain = await connectChain(emu, true);
  const phone = await watcher(emu, chain);
  const user = emu.accounts.list[0]!.username;
  const { cloud, device } = await connectDevice(emu, chain, 'Kitchen');
  try {
    const last = (pred: (u: cs.connectstate.ClusterUpdate) => boolean) => phone.updates().filter(pred).at(-1);
    await until(
      () =>
        !!last(
          (u) =>
            u.updateReason === C.ClusterUpdateReason.NEW_DEVICE_APPEARED && u.devicesThatChanged.includes(DEVICE_ID),
        ),
      3000,
      'new device pushed',
    );
    const appeared = last(
      (u) => u.updateReason === C.ClusterUpdateReason.NEW_DEVICE_APPEARED && u.devicesThatChanged.includes(DEVICE_ID),
    )!;
    const devices = appeared.cluster?.device ?? {};
    assert.deepEqual(Object.keys(devices).sort(), [DEVICE_ID, PHONE].sort(), 'the whole cluster: every device');
    assert.equal(devices[DEVICE_ID]?.name, 'Kitchen');
    assert.ok(Number(appeared.cluster!.changedTimestampMs) > 0 && Number(appeared.cluster!.serverTimestampMs) > 0);
    assert.equal(
      phone.pushes.at(-1)!.headers['Transfer-Encoding'],
      undefined,
      'no gzip for a device that does not support it',
    );

    const album = sampleCatalog().contexts.find((c) => c.type === 'album')!;
    assert.equal(await cloud.command(user, DEVICE_ID, { endpoint: 'play', context: { uri: album.uri } }), true);
    await until(
      () =>
        !!last(
          (u) =>
            u.updateReason === C.ClusterUpdateReason.DEVICE_STATE_CHANGED &&
            u.cluster?.activeDeviceId === DEVICE_ID &&
            u.cluster.playerState?.track?.uri === album.tracks[0],
        ),
      3000,
      'state pushed',
    );
    assert.deepEqual(last((u) => u.cluster?.activeDeviceId === DEVICE_ID)!.devicesThatChanged, [DEVICE_ID]);

    cloud.volume(user, DEVICE_ID, 30000);
    await until(
      () =>
        !!last(
          (u) =>
            u.updateReason === C.ClusterUpdateReason.DEVICE_VOLUME_CHANGED &&
            u.cluster?.device?.[DEVICE_ID]?.volume === 30000,
        ),
      3000,
      'volume pushed',
    );

    // The speaker stops (shutdown): its inactive call leaves the cluster without an active device.
    const n = phone.pushes.length;
    await device.stop();
    await until(
      () =>
        phone
          .updates()
          .slice(n)
          .some(
            (u) =>
              u.updateReason === C.ClusterUpdateReason.DEVICE_STATE_CHANGED &&
              u.cluster?.activeDeviceId === '' &&
              u.devicesThatChanged.includes(DEVICE_ID),
          ),
      3000,
      'inactive pushed',
    );
    assert.equal(cloud.cluster(user).activeDeviceId, '');

    // A PUT with is_active=false from the active device clears it too.
    await phone.put(true, { timestamp: Date.now(), isPlaying: true, playbackSpeed: 1 });
    assert.equal(cloud.cluster(user).activeDeviceId, PHONE);
    await phone.put(false);
    assert.equal(cloud.cluster(user).activeDeviceId, '', 'the active device said it stopped being active');
    await until(() => phone.updates().at(-1)?.cluster?.activeDeviceId === '', 3000, 'pushed');
  } finally {
    await chain.ctl.deactivate('test over');
    await device.stop();
    phone.dealer.close();
    chain.s.close();
    await emu.stop();
  }
});

test('a stale cluster update right after a transfer (the phone still or no device active) keeps the speaker playing; a real take-over stops it', async () => {
  const emu = await emulator({ catalog: sampleCatalog() });
  const chain = await connectChain(emu, true);
  const { ctl } = chain;
  const user = emu.accounts.list[0]!.username;
  const { cloud, device } = await connectDevice(emu, chain, 'Kitchen');
  try {
    const album = sampleCatalog().contexts.find((c) => c.type === 'album')!;
    // The phone plays the album; the user transfers to the speaker.
    const phoneState = {
      timestamp: Date.now() - 1000,
      contextUri: album.uri,
      track: { uri: album.tracks[1]!, uid: 'album-1' },
      positionAsOfTimestamp: 500,
      duration: 3000,
      isPlaying: true,
      playbackSpeed: 1,
    };
    cloud.takeOver(user, PHONE, phoneState);
    const transfer = cloud.transferCommand(user)!;
    assert.equal(await cloud.command(user, DEVICE_ID, transfer, PHONE), true);
    assert.equal(ctl.active, true);

    // The phone's last PUT (its state of before the transfer) and then its inactive call reach the cloud after.
    cloud.takeOver(user, PHONE, phoneState);
    cloud.inactive(user, PHONE);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(ctl.active, true, 'a stale update is no take-over');
    assert.equal(ctl.snapshot().track?.uri, album.tracks[1]);
    assert.ok(!cloud.puts.some((p) => p.deviceId === DEVICE_ID && p.reason === 'INACTIVE'));
    await until(() => cloud.cluster(user).activeDeviceId === DEVICE_ID, 3000, 'the speaker is the active device again');

    // Now the phone really takes over.
    const stopped = once(ctl, 'stopped');
    cloud.takeOver(user, PHONE);
    await stopped;
    await until(
      () => cloud.puts.some((p) => p.deviceId === DEVICE_ID && p.reason === 'INACTIVE'),
      3000,
      'inactive PUT',
    );
    assert.equal(ctl.active, false);
  } finally {
    await ctl.deactivate('test over');
    await device.stop();
    chain.s.close();
    await emu.stop();
  }
});

test('a cluster with no active device any more (Spotify ended the session) means control is lost: the speaker stops and goes inactive', async () => {
  const emu = await emulator({ catalog: sampleCatalog() });
  const chain = await connectChain(emu, true);
  const { ctl } = chain;
  const user = emu.accounts.list[0]!.username;
  const { cloud, device } = await connectDevice(emu, chain, 'Kitchen');
  try {
    const album = sampleCatalog().contexts.find((c) => c.type === 'album')!;
    assert.equal(await cloud.command(user, DEVICE_ID, { endpoint: 'play', context: { uri: album.uri } }), true);
    await until(() => cloud.cluster(user).activeDeviceId === DEVICE_ID, 3000, 'the speaker is the active device');
    await until(() => chain.player.position().playing, 3000, 'playing');
    const stopped = once(ctl, 'stopped');
    cloud.endSession(user);
    await stopped;
    assert.equal(ctl.active, false);
    await until(
      () => cloud.puts.some((p) => p.deviceId === DEVICE_ID && p.reason === 'INACTIVE'),
      3000,
      'the speaker told the cloud it is inactive',
    );
    assert.equal(cloud.cluster(user).activeDeviceId, '', 'and did not claim the session back');
  } finally {
    await ctl.deactivate('test over');
    await device.stop();
    chain.s.close();
    await emu.stop();
  }
});

test('failed NEW_DEVICE PUTs are sent again, as NEW_DEVICE with the current state, after a doubling backoff that honours Retry-After', async () => {
  const emu = await emulator({ catalog: sampleCatalog() });
  const sp = emu.services.get('spclient') as SpClientEmulator;
  const chain = await connectChain(emu);
  const path = `/connect-state/v1/devices/${DEVICE_ID}`;
  const puts = () => sp.requests.filter((r) => r.method === 'PUT' && r.path === path);
  // The waits the device chose, as it logs them.
  const waits: number[] = [];
  const restore = setLogSink((line) => {
    const r = JSON.parse(line) as { msg?: string; inMs?: number };
    if (r.msg === 'connect-state PUT failed, sending the current state again later') waits.push(r.inMs ?? -1);
  });
  sp.failNext(500, 3, '/connect-state/');
  const connecting = connectDevice(emu, chain, 'Kitchen');
  try {
    await until(() => puts().some((r) => r.status === 500), 3000, 'a failed PUT');
    chain.ctl.setVolume(20000); // a volume button during the backoff: must not replace NEW_DEVICE
    const { cloud } = await connecting;
    const mine = cloud.puts.filter((p) => p.deviceId === DEVICE_ID);
    assert.equal(mine[0]!.reason, 'NEW_DEVICE', 'the first PUT the cloud takes is still NEW_DEVICE');
    assert.equal(mine[0]!.volume, 20000, 'with the state as it is when it is sent');
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepEqual(
      puts().map((r) => r.status),
      [500, 500, 500, 200],
      'one PUT per backoff step, nothing more',
    );
    // The waits double from 0.5 s, and the PUTs were that far apart (a late timer may make one longer).
    assert.deepEqual(waits, [500, 1000, 2000]);
    const at = puts().map((r) => r.at);
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    for (const [i, least] of [500, 1000, 2000].entries())
      assert.ok(gaps[i]! >= least - 20, `wait ${i + 1}: ${gaps[i]!.toFixed(0)} ms, at least ${least} ms`);

    // After a success the backoff starts over, but never sooner than the cloud's Retry-After (1 s on its 503).
    sp.failNext(503, 1, '/connect-state/');
    const n = puts().length;
    chain.ctl.setVolume(30000);
    await until(() => puts().length >= n + 2, 5000, 'the 503 and the PUT after it');
    const [failed, retried] = puts().slice(n);
    assert.deepEqual([failed!.status, retried!.status], [503, 200]);
    assert.equal(waits.at(-1), 1000, 'the wait is the Retry-After, longer than the first backoff step');
    assert.ok(
      retried!.at - failed!.at >= 1000 - 20,
      `Retry-After honoured (${(retried!.at - failed!.at).toFixed(0)} ms)`,
    );
  } finally {
    restore();
    await (await connecting.catch(() => undefined))?.device.stop();
    chain.s.close();
    await emu.stop();
  }
});

test('the app logs the speaker out: it stops, goes inactive and leaves the cluster before forgetting the user', async () => {
  const emu = await emulator({ catalog: sampleCatalog() });
  const sp = emu.services.get('spclient') as SpClientEmulator;
  const chain = await connectChain(emu);
  const user = emu.accounts.list[0]!.username;
  try {
    let loggedOut: (v: { puts: string[]; devices: string[] }) => void = () => {};
    const done = new Promise<{ puts: string[]; devices: string[] }>((r) => (loggedOut = r));
    const { cloud } = await connectDevice(emu, chain, 'Kitchen', () =>
      loggedOut({
        puts: cloud.puts.filter((p) => p.deviceId === DEVICE_ID).map((p) => p.reason),
        devices: [...cloud.cluster(user).devices.keys()],
      }),
    );
    const album = sampleCatalog().contexts.find((c) => c.type === 'album')!;
    assert.equal(await cloud.command(user, DEVICE_ID, { endpoint: 'play', context: { uri: album.uri } }), true);
    await until(() => cloud.cluster(user).activeDeviceId === DEVICE_ID, 3000, 'playing');

    cloud.logout(user, DEVICE_ID);
    const seen = await done;
    assert.equal(chain.ctl.active, false);
    assert.equal(seen.puts.at(-1), 'INACTIVE', 'the cloud learnt the speaker stopped before the user was forgotten');
    assert.deepEqual(seen.devices, [], 'and the speaker is gone from the device list');
    assert.equal(cloud.cluster(user).activeDeviceId, '');
    assert.ok(
      sp.requests.some(
        (r) => r.method === 'DELETE' && r.path === `/connect-state/v1/devices/${DEVICE_ID}` && r.status === 204,
      ),
    );
    assert.deepEqual(
      cloud.closes.filter((c) => c.username === user).map((c) => c.code),
      [1001],
      'the dealer connection ended with a close frame (going away), not by dropping',
    );
    await new Promise((r) => setTimeout(r, 400));
    assert.ok(!cloud.cluster(user).devices.has(DEVICE_ID), 'no later PUT registers it again');
  } finally {
    chain.s.close();
    await emu.stop();
  }
});
