/**
 * A Pi has no real-time clock: its wall clock may be a year off until NTP answers, and then jump. The whole
 * speaker runs here in its own process under libfaketime (its clock a year and three hours behind, then jumped
 * five hours ahead mid-playback, then back to two hours behind) against the emulator on the real clock. What the app draws from the speaker's
 * state (the position extrapolated from `timestamp`) must stay within 100 ms of what is heard (the samples the
 * speaker wrote, played by a modelled DAC), every time the speaker sends must be Spotify's, and take-over
 * decisions must not change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUTH_TYPE } from '../../src/ap/index.js';
import { Catalog } from '../../tools/emulator/catalog.js';
import type { ConnectCloud } from '../../tools/emulator/index.js';
import { makeSampleCatalog } from '../../tools/emulator/sample-catalog.js';
import { loginToSpeaker } from '../../tools/phone/index.js';
import { emulator, until } from '../ap/helpers.js';
import { locate, oggdecReference } from '../audio/support.js';
import { recordingAplay } from '../support/recording-aplay.js';
import { REPO_ROOT } from '../support/vectors.js';
import { freePort } from '../support/free-port.js';

const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
const PHONE = 'f'.repeat(40);

test('under faketime (a year and 3 h behind, then jumps 5 h ahead and 2 h behind): the app’s position stays within 100 ms of what is heard, times sent are Spotify’s, take-over decisions unchanged', async (t) => {
  assert.ok(existsSync(LIBFAKETIME), 'libfaketime is installed (scripts/setup.sh --test)');
  const catalog = Catalog.load(
    makeSampleCatalog(mkdtempSync(join(tmpdir(), 'spotlet-time-cat-')), { tracks: 2, seconds: 30, refused: [] }),
  );
  const album = catalog.contexts.find((c) => c.type === 'album')!;
  const references = album.tracks.map((uri) => ({ uri, pcm: oggdecReference(catalog.track(uri)!.files[0]!.path) }));
  const emu = await emulator({ catalog });
  t.after(() => emu.stop());
  const cloud = emu.services.get('dealer') as ConnectCloud;
  const account = emu.accounts.list[0]!;
  const user = account.username;

  // The speaker in its own process: libfaketime, its wall clock from a file rewritten below; the monotonic clock
  // left alone (as NTP leaves it). Its outputs are recorded on the real clock.
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-time-'));
  const clockFile = join(dir, 'faketime');
  writeFileSync(clockFile, '-8763h\n'); // 365 days and 3 hours behind
  writeFileSync(join(dir, 'ap.pem'), emu.apPublicKeyPem);
  const port = await freePort();
  writeFileSync(
    join(dir, 'spotlet.conf'),
    `name = Attic\n${emu.configIni(join(dir, 'ap.pem'))}\n[zeroconf]\nport = ${port}\ninterfaces = lo\n`,
  );
  const aplay = recordingAplay();
  const child = spawn(
    process.execPath,
    [
      join(REPO_ROOT, 'dist', 'src', 'cli', 'spotlet.js'),
      '--config',
      join(dir, 'spotlet.conf'),
      '--state-dir',
      join(dir, 'state'),
      '--log-level',
      'warn',
    ],
    {
      env: {
        ...process.env,
        PATH: `${aplay.binDir}:${process.env.PATH ?? ''}`,
        LD_PRELOAD: LIBFAKETIME,
        FAKETIME_TIMESTAMP_FILE: clockFile,
        FAKETIME_NO_CACHE: '1',
        FAKETIME_DONT_FAKE_MONOTONIC: '1',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  t.after(async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });

  // The phone hands the account over (the speaker's HTTP server may take a moment to come up).
  for (let attempt = 0; ; attempt++) {
    const ok = await loginToSpeaker(`http://127.0.0.1:${port}/`, {
      userName: user,
      authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS,
      authData: account.storedCredential,
    }).then(
      () => true,
      (err: unknown) => {
        if (attempt >= 40) throw err;
        return false;
      },
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const puts = () => cloud.puts.filter((p) => p.deviceId !== PHONE && p.reason !== 'INACTIVE');
  await until(() => puts().some((p) => p.reason === 'NEW_DEVICE'), 10_000, 'NEW_DEVICE');
  const id = puts()[0]!.deviceId;
  const state = () => cloud.cluster(user).playerState;
  const command = async (c: Record<string, unknown>) =>
    assert.equal(await cloud.command(user, id, c), true, `${String(c.endpoint)} accepted`);

  /** The app's position now (from the state's timestamp, on the real clock) against what the DAC plays now. */
  const drift = (what: string): number => {
    const now = Date.now();
    const s = state()!;
    const appMs =
      Number(s.positionAsOfTimestamp) + (s.isPaused ? 0 : (now - Number(s.timestamp)) * (s.playbackSpeed ?? 0));
    const out = aplay.heardAt(now);
    assert.ok(out, `${what}: something is heard`);
    const h = locate(out.pcm, out.frame, references);
    assert.ok(h.correlation > 0.98, `${what}: the heard audio is the track (correlation ${h.correlation.toFixed(3)})`);
    assert.equal(h.uri, s.track?.uri, `${what}: the track the app shows is heard`);
    return appMs - h.positionMs;
  };
  const withinTolerance = (what: string) => {
    const d = drift(what);
    assert.ok(Math.abs(d) <= 100, `${what}: the app is ${d.toFixed(0)} ms off what is heard (≤ 100 ms)`);
  };
  /** Times the speaker sent in its PUTs are Spotify's (the emulator's clock), not its own wall clock's. */
  const timesAreSpotifys = (what: string) => {
    for (const p of puts().filter((x) => x.isActive)) {
      assert.ok(
        Math.abs(p.clientSideTimestamp - p.receivedAt) < 1000,
        `${what}: client_side_timestamp ${p.clientSideTimestamp} vs ${p.receivedAt}`,
      );
      assert.ok(
        p.startedPlayingAt <= p.receivedAt && p.receivedAt - p.startedPlayingAt < 120_000,
        `${what}: started_playing_at ${p.startedPlayingAt} vs ${p.receivedAt}`,
      );
      assert.ok(Math.abs(Number(p.state?.timestamp) - p.receivedAt) < 1000, `${what}: state timestamp`);
    }
  };

  // Playing, with the clock a year and 3 h behind.
  await command({ endpoint: 'play', context: { uri: album.uri } });
  await until(() => state()?.track?.uri === album.tracks[0] && !state()?.isBuffering, 5000, 'playing');
  await new Promise((r) => setTimeout(r, 2000));
  withinTolerance('a year behind');
  timesAreSpotifys('a year behind');

  // NTP jumps the clock (5 h ahead of the real time now) mid-playback: nothing changes, the audio goes on.
  writeFileSync(clockFile, '+5h\n');
  await new Promise((r) => setTimeout(r, 1500));
  withinTolerance('after the jump');
  const putsBefore = puts().length;
  await command({ endpoint: 'seek_to', value: 10_000 });
  await until(() => puts().length > putsBefore && Number(state()?.positionAsOfTimestamp) >= 9000, 3000, 'seek');
  await new Promise((r) => setTimeout(r, 1500));
  withinTolerance('a seek after the jump');
  timesAreSpotifys('after the jump');
  // And back 7 h (a clock that was ahead): the audio goes on at its pace, the app's position with it.
  writeFileSync(clockFile, '-2h\n');
  await new Promise((r) => setTimeout(r, 1500));
  withinTolerance('after a jump back');

  // Take-over decisions: the phone takes over; the speaker plays again (active since now, on Spotify's clock); a
  // stale update (the phone's state of 10 s ago) changes nothing; the phone's real take-over stops it.
  cloud.takeOver(user, PHONE);
  await until(() => cloud.puts.some((p) => p.deviceId === id && p.reason === 'INACTIVE'), 5000, 'inactive');
  await command({ endpoint: 'play', context: { uri: album.uri } });
  await until(() => cloud.cluster(user).activeDeviceId === id && !state()?.isBuffering, 5000, 'active again');
  timesAreSpotifys('active again');
  const inactiveBefore = cloud.puts.filter((p) => p.deviceId === id && p.reason === 'INACTIVE').length;
  cloud.takeOver(user, PHONE, { ...state(), timestamp: Date.now() - 10_000 });
  // A volume change pushed after it: the PUT it causes shows whether the speaker still plays.
  cloud.volume(user, id, 30000);
  await until(() => puts().some((p) => p.volume === 30000), 3000, 'the volume PUT');
  assert.equal(
    puts().find((p) => p.volume === 30000)!.isActive,
    true,
    'the stale update is ignored, the speaker plays on',
  );
  cloud.takeOver(user, PHONE);
  await until(
    () => cloud.puts.filter((p) => p.deviceId === id && p.reason === 'INACTIVE').length > inactiveBefore,
    5000,
    'the real take-over stops the speaker',
  );
});
