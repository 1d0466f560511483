/**
 * The whole speaker, end to end over real sockets against the emulator: phone addUser (zeroconf) → AP login
 * → login5 → dealer → NEW_DEVICE → the app transfers an album → the samples ALSA captured equal the catalog
 * decode → pause, seek, next, volume reach the emulator's cluster → another device takes over → the speaker
 * stops and goes inactive. The volume survives a restart.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spotify as cs } from '../../src/gen/connect.js';
import type { ConnectCloud } from '../../src/emulator/index.js';
import { loginToSpeaker } from '../../src/phone/index.js';
import { startSpeaker } from '../../src/speaker.js';
import { emulator, until } from '../ap/helpers.js';
import { alsaCapture, oggdecReference, sampleCatalog } from '../audio/support.js';

test('phone → speaker → Spotify (emulated): transfer, commands, volume, take-over', async () => {
  const emu = await emulator({ catalog: sampleCatalog() });
  const cap = alsaCapture();
  const homeBefore = process.env.HOME;
  process.env.HOME = cap.env.HOME; // ALSA in the aplay child reads ~/.asoundrc: capture every sample
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-e2e-'));
  writeFileSync(join(dir, 'ap.pem'), emu.apPublicKeyPem);
  writeFileSync(join(dir, 'spotlet.conf'), `name = Kitchen\n${emu.configIni(join(dir, 'ap.pem'))}\n[zeroconf]\nport = 0\ninterfaces = lo\n`);
  const argv = ['--config', join(dir, 'spotlet.conf'), '--state-dir', join(dir, 'state'), '--log-level', 'warn'];
  let speaker = await startSpeaker({ argv, env: {} });
  try {
    const cloud = emu.services.get('dealer') as ConnectCloud;
    const account = emu.accounts.list[0]!;
    const login = await loginToSpeaker(`http://127.0.0.1:${speaker.zeroconf.port}/`, { userName: account.username, authType: 1, authData: account.storedCredential });
    assert.equal(login.activeUser, account.username);
    const id = speaker.state.deviceId;
    await until(() => cloud.puts.some((p) => p.deviceId === id && p.reason === 'NEW_DEVICE'), 8000, 'NEW_DEVICE');
    assert.equal(cloud.cluster(account.username).devices.get(id)?.info.name, 'Kitchen');

    const cat = sampleCatalog();
    const album = cat.contexts.find((c) => c.type === 'album')!;
    const transfer = cs.connectstate.TransferState.encode({
      options: {},
      playback: { timestamp: Date.now(), positionAsOfTimestamp: 0, isPaused: false, currentTrack: { uri: album.tracks[0] } },
      currentSession: { context: { uri: album.uri } },
      queue: {},
    }).finish();
    assert.equal(await cloud.command(account.username, id, { endpoint: 'transfer', data: Buffer.from(transfer).toString('base64') }), true);
    await until(() => cloud.cluster(account.username).activeDeviceId === id, 5000, 'speaker active');
    await until(() => speaker.supervisor.state === 'playing', 5000, 'speaker state playing');

    assert.equal(await cloud.command(account.username, id, { endpoint: 'pause' }), true);
    await until(() => cloud.cluster(account.username).playerState?.isPaused === true && speaker.supervisor.state === 'paused', 3000, 'paused');
    assert.equal(await cloud.command(account.username, id, { endpoint: 'resume' }), true);
    assert.equal(await cloud.command(account.username, id, { endpoint: 'skip_next' }), true);
    await until(() => cloud.cluster(account.username).playerState?.track?.uri === album.tracks[1], 3000, 'next track in the cluster');
    cloud.volume(account.username, id, 40000);
    await until(() => cloud.puts.some((p) => p.deviceId === id && p.volume === 40000), 3000, 'volume');

    cloud.takeOver(account.username, 'f'.repeat(40));
    await until(() => cloud.puts.some((p) => p.deviceId === id && p.reason === 'INACTIVE'), 3000, 'inactive');
    await until(() => speaker.supervisor.state === 'ready', 3000, 'speaker back to ready');

    // The first track reached ALSA. The transfer resumed a few ms in (position extrapolated from the app's
    // timestamp) and the default volume scales it, so find the lag and compare the shape (correlation).
    const got = cap.read();
    const ref = oggdecReference(cat.track(album.tracks[0]!)!.files[0]!.path);
    assert.ok(got.length > 44100 * 2, 'audio reached ALSA');
    const n = 8192;
    let best = 0;
    for (let lag = 0; lag < 44100 * 0.3; lag++) {
      let dot = 0;
      let a2 = 0;
      let b2 = 0;
      for (let i = 0; i < n; i++) {
        const a = got.readInt16LE(i * 4);
        const b = ref.readInt16LE((i + lag) * 4);
        dot += a * b;
        a2 += a * a;
        b2 += b * b;
      }
      best = Math.max(best, dot / Math.sqrt(a2 * b2 || 1));
      if (best > 0.999) break;
    }
    assert.ok(best > 0.999, `captured audio is the track (best correlation ${best.toFixed(4)})`);

    await speaker.stop();
    speaker = await startSpeaker({ argv, env: {} });
    assert.equal((await speaker.connect()).player.volume, 40000, 'volume remembered across restarts');
  } finally {
    await speaker.stop();
    process.env.HOME = homeBefore;
    await emu.stop();
  }
});
