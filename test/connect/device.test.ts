/**
 * Connect end to end over real sockets: the speaker registers through the dealer + connect-state, the
 * emulated app sends commands over the dealer, the emulator cluster sees the state, another device takes over.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { existsSync, statSync } from 'node:fs';
import type { ConnectCloud, Emulator, SpClientEmulator } from '../../tools/emulator/index.js';
import { emulator, until } from '../ap/helpers.js';
import { compareS16, oggdecReference, sampleCatalog } from '../audio/support.js';
import { connectChain, connectDevice, DEVICE_ID } from './support.js';

let emu: Emulator;
before(async () => {
  emu = await emulator({ catalog: sampleCatalog() });
});
after(() => emu.stop());

test('NEW_DEVICE on connect, play over the dealer, volume, cluster state, reconnect, take-over', async () => {
  const cloud = emu.services.get('dealer') as ConnectCloud;
  const user = emu.accounts.list[0]!.username;
  const chain = await connectChain(emu, true);
  const { s, ctl, cap } = chain;
  const { device } = await connectDevice(emu, chain, 'Kitchen');
  assert.equal(cloud.cluster(user).devices.get(DEVICE_ID)?.info.name, 'Kitchen', 'the app sees the speaker');

  const cat = sampleCatalog();
  const album = cat.contexts.find((c) => c.type === 'album')!;
  assert.equal(
    await cloud.command(user, DEVICE_ID, {
      endpoint: 'play',
      context: { uri: album.uri },
      options: { skip_to: { track_index: 0 } },
    }),
    true,
  );
  await until(
    () =>
      cloud.cluster(user).activeDeviceId === DEVICE_ID &&
      cloud.cluster(user).playerState?.track?.uri === album.tracks[0],
    5000,
    'active with track 1',
  );
  // The pause fades where the player writes: let the first 0.25 s (compared below) reach ALSA first.
  await until(() => existsSync(cap.file) && statSync(cap.file).size >= 44100, 5000, 'the first 0.25 s at ALSA');
  assert.equal(await cloud.command(user, DEVICE_ID, { endpoint: 'pause' }), true);
  await until(() => cloud.cluster(user).playerState?.isPaused === true, 3000, 'paused in the cluster');
  assert.equal(
    await cloud.command(user, DEVICE_ID, { endpoint: 'no_such_command' }),
    false,
    'unknown commands are refused, not ignored',
  );
  assert.equal(await cloud.command(user, DEVICE_ID, { endpoint: 'resume' }), true);
  cloud.volume(user, DEVICE_ID, 30000);
  await until(
    () => cloud.puts.some((p) => p.reason === 'VOLUME_CHANGED' && p.volume === 30000),
    3000,
    'volume in the cluster',
  );

  // The dealer drops: the speaker reconnects and announces itself again, playback goes on.
  const before = cloud.puts.filter((p) => p.reason === 'NEW_DEVICE').length;
  const heardBefore = cap.read().length;
  cloud.dropConnections();
  await until(
    () => cloud.puts.filter((p) => p.reason === 'NEW_DEVICE').length > before,
    5000,
    'NEW_DEVICE after reconnect',
  );
  // A new connection registers without claiming the playback (another device may have taken it over while the
  // speaker was away), reads the cluster in the answer, then claims it again with its state.
  const reregistered = cloud.puts.map((p) => p.reason).lastIndexOf('NEW_DEVICE');
  assert.equal(cloud.puts[reregistered]!.isActive, false, 'the re-registration does not claim the playback');
  await until(() => cloud.puts.slice(reregistered).some((p) => p.isActive), 3000, 'the playback claimed again');
  const again = cloud.puts.slice(reregistered).find((p) => p.isActive)!;
  assert.ok(again.state?.track?.uri && !again.state.isPaused, 'with its playing track');
  assert.equal(cloud.cluster(user).activeDeviceId, DEVICE_ID, 'the speaker is the active device again');
  await new Promise((r) => setTimeout(r, 300));
  assert.ok(cap.read().length > heardBefore + 44100 * 4 * 0.2, 'audio went on through the drop');

  // Another device takes over: the speaker stops and goes inactive.
  const stopped = once(ctl, 'stopped');
  cloud.takeOver(user, 'f'.repeat(40));
  await stopped;
  await until(() => cloud.puts.some((p) => p.reason === 'INACTIVE'), 3000, 'inactive PUT');
  assert.equal(ctl.active, false);
  const first = oggdecReference(cat.track(album.tracks[0]!)!.files[0]!.path);
  const got = cap.read();
  assert.ok(got.length > 44100 * 4 * 0.5, 'audio reached ALSA');
  assert.ok(
    compareS16(got.subarray(0, 44100), first.subarray(0, 44100)).maxDiff <= 1,
    'the first track started exactly',
  );
  // Shutdown: the speaker leaves the app's device list itself (DELETE), not only by its dealer closing.
  const sp = emu.services.get('spclient') as SpClientEmulator;
  const before2 = sp.requests.length;
  await device.stop();
  assert.deepEqual(
    sp.requests
      .slice(before2)
      .filter((r) => r.method === 'DELETE')
      .map((r) => `${r.path} ${r.status}`),
    [`/connect-state/v1/devices/${DEVICE_ID} 204`],
  );
  s.close();
});

test('the bearer token expires: the dealer closes, the speaker reconnects with a fresh token and announces itself again; spclient calls renew it; playback goes on', async () => {
  const cloud = emu.services.get('dealer') as ConnectCloud;
  const user = emu.accounts.list[0]!.username;
  const chain = await connectChain(emu, true);
  const { s, cap, tokens } = chain;
  const { device } = await connectDevice(emu, chain, 'Kitchen');
  try {
    const album = sampleCatalog().contexts.find((c) => c.type === 'album')!;
    assert.equal(await cloud.command(user, DEVICE_ID, { endpoint: 'play', context: { uri: album.uri } }), true);
    await until(
      () =>
        cloud.cluster(user).playerState?.track?.uri === album.tracks[0] && !cloud.cluster(user).playerState?.isPaused,
      5000,
      'playing track 1',
    );
    const stale = await tokens.get();
    const announced = cloud.puts.filter((p) => p.deviceId === DEVICE_ID && p.reason === 'NEW_DEVICE').length;
    const captured = (): number => (existsSync(cap.file) ? statSync(cap.file).size : 0);
    await until(() => captured() > 0, 5000, 'audio at ALSA');
    const heardBefore = captured();

    cloud.expireTokens(user);
    assert.equal(emu.accounts.byBearer(stale), undefined, 'the old token is refused from now on');
    await until(
      () => cloud.puts.filter((p) => p.deviceId === DEVICE_ID && p.reason === 'NEW_DEVICE').length > announced,
      5000,
      'NEW_DEVICE after the dealer closed',
    );
    const fresh = await tokens.get();
    assert.notEqual(fresh, stale, 'a fresh token');
    assert.equal(emu.accounts.byBearer(fresh)?.username, user);
    // Registered quietly first, then the playback claimed again (nobody else took it).
    await until(() => cloud.cluster(user).activeDeviceId === DEVICE_ID, 3000, 'still the active device');
    // The next track needs metadata and storage-resolve with the new token.
    assert.equal(await cloud.command(user, DEVICE_ID, { endpoint: 'skip_next' }), true);
    await until(() => cloud.cluster(user).playerState?.track?.uri === album.tracks[1], 5000, 'track 2 after the skip');
    await until(() => captured() > heardBefore + 44100 * 4 * 0.5, 5000, 'audio went on');
  } finally {
    await device.stop();
    // The player would otherwise wait for the closed session (a network fault, not an unavailable track).
    await chain.ctl.deactivate('test end');
    s.close();
  }
});
