/**
 * A wall clock that jumps (#13): a Pi has no real-time clock, so NTP sets it years forward or back while the
 * speaker plays. libfaketime fakes the speaker process's wall clock only (FAKETIME_DONT_FAKE_MONOTONIC=1, as with
 * NTP) and its offset is rewritten while it runs. No timer may follow: the audio keeps its pace (the aplay
 * output is paced by the clock), no token is fetched again, the keep-alive holds the AP, and a lost dealer or
 * AP connection is made again after its backoff of about a second, not of years.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Catalog,
  makeSampleCatalog,
  type AuthEmulator,
  type ConnectCloud,
  type Emulator,
} from '../../tools/emulator/index.js';
import { emulator } from '../ap/helpers.js';
import { AudioCapture, SpeakerProcess, waitFor } from '../support/field.js';

const FAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
const skip = existsSync(FAKETIME) ? false : 'needs libfaketime (Debian package faketime)';
const dir = mkdtempSync(join(tmpdir(), 'spotlet-clock-'));
let emu: Emulator;
let catalog: Catalog;

before(async () => {
  if (skip) return;
  catalog = Catalog.load(
    makeSampleCatalog(join(tmpdir(), 'spotlet-clock-catalog'), { tracks: 3, seconds: 30, refused: [] }),
  );
  emu = await emulator({ catalog });
});
after(async () => {
  await emu?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The longest stretch (ms) in which no audio arrived between `from` and `to` (wall ms). */
function longestGap(arrivals: { at: number; bytes: number }[], from: number, to: number): number {
  let longest = 0;
  let last: { at: number; bytes: number } | undefined;
  for (const a of arrivals) {
    if (a.at < from || a.at > to) continue;
    if (!last || a.bytes !== last.bytes) {
      if (last) longest = Math.max(longest, a.at - last.at);
      last = a;
    }
  }
  return Math.max(longest, last ? to - last.at : to - from);
}

test('NTP jumping the wall clock by years while playing changes no timer', { skip, timeout: 150_000 }, async () => {
  const account = emu.accounts.list.find((a) => a.premium)!;
  const cloud = emu.services.get('dealer') as ConnectCloud;
  const auth = emu.services.get('auth') as AuthEmulator;
  const clockFile = join(dir, 'faketime');
  writeFileSync(clockFile, '+0\n');
  writeFileSync(join(dir, 'ap.pem'), emu.apPublicKeyPem);
  writeFileSync(
    join(dir, 'spotlet.conf'),
    `name = Clock\n${emu.configIni(join(dir, 'ap.pem'))}\n[zeroconf]\nport = 0\ninterfaces = lo\n[audio]\nbackend = aplay\n`,
  );
  const capture = new AudioCapture(dir);
  // Not in a namespace of its own: the emulator is on this process's loopback.
  const speaker = new SpeakerProcess(
    undefined,
    '',
    ['--config', join(dir, 'spotlet.conf')],
    {
      ...process.env,
      HOME: capture.home,
      PULSE_SERVER: '',
      SPOTIFY_TOKEN: account.accessToken,
      LD_PRELOAD: FAKETIME,
      FAKETIME_TIMESTAMP_FILE: clockFile,
      FAKETIME_NO_CACHE: '1',
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
    },
    join(dir, 'state'),
  );
  const sampler = setInterval(() => capture.sample(), 50);
  speaker.start();
  try {
    const id = await waitFor(
      () => cloud.puts.find((p) => p.reason === 'NEW_DEVICE' && p.deviceId === speaker.deviceId)?.deviceId,
      20_000,
      'NEW_DEVICE',
    );
    const album = catalog.contexts.find((c) => c.type === 'album')!;
    assert.equal(await cloud.command(account.username, id, { endpoint: 'play', context: { uri: album.uri } }), true);
    await waitFor(() => capture.frames() > 44_100 * 3, 15_000, 'audio');
    const logins = auth.stats.logins;
    const newDevices = (): number => cloud.puts.filter((p) => p.deviceId === id && p.reason === 'NEW_DEVICE').length;

    for (const jump of ['+1500d', '-2000d']) {
      const at = Date.now();
      writeFileSync(clockFile, `${jump}\n`);
      await new Promise((r) => setTimeout(r, 300));
      // A lost dealer connection comes back after its backoff (0.5 s doubling), not after years; the lines the
      // speaker logs meanwhile show its wall clock jumped (what it sends Spotify is Spotify's time, not its own).
      const logged = speaker.logs.length;
      const before = newDevices();
      const dropAt = Date.now();
      cloud.dropConnections();
      await waitFor(() => newDevices() > before, 10_000, `the dealer back after ${jump}`);
      assert.ok(Date.now() - dropAt < 5000, `dealer back in ${Date.now() - dropAt} ms`);
      assert.ok(
        speaker.logs.slice(logged).some((l) => Math.abs(Date.parse(l.t) - at) > 100 * 86_400_000),
        `the speaker's wall clock jumped ${jump}`,
      );
      await new Promise((r) => setTimeout(r, 4000));
      const gap = longestGap(capture.arrivals, at, Date.now());
      assert.ok(gap < 1000, `the audio kept its pace across ${jump} (longest gap ${gap} ms)`);
      // A lost AP session too.
      const readies = speaker.logs.filter((l) => l.msg === 'session state' && l.state === 'ready').length;
      const apAt = Date.now();
      emu.ap.dropConnections();
      await waitFor(
        () => speaker.logs.filter((l) => l.msg === 'session state' && l.state === 'ready').length > readies,
        10_000,
        `the AP session back after ${jump}`,
      );
      assert.ok(Date.now() - apAt < 5000, `AP session back in ${Date.now() - apAt} ms`);
    }
    assert.equal(auth.stats.logins, logins, 'no access token was fetched again because of a jump');
    const end = Date.now();
    await new Promise((r) => setTimeout(r, 3000));
    assert.ok(longestGap(capture.arrivals, end, Date.now()) < 1000, 'still playing');
    assert.ok(speaker.running, 'still running');
  } finally {
    clearInterval(sampler);
    await speaker.stop();
  }
});
