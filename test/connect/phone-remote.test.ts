/**
 * `spotlet-phone` as the app's remote control, run as the command a newcomer types: it reaches the speaker
 * only through the emulated cloud (login5, its own connect-state PUT, player commands over spclient), and
 * `status` prints what the app would show. Each command is checked in that printout and at the speaker.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Catalog } from '../../tools/emulator/catalog.js';
import { makeSampleCatalog } from '../../tools/emulator/sample-catalog.js';
import type { ConnectCloud } from '../../tools/emulator/index.js';
import { emulator, until } from '../ap/helpers.js';
import { findInCapture, oggdecReference } from '../audio/support.js';
import { REPO_ROOT } from '../support/vectors.js';
import { emulatedSpeaker } from './support.js';

const PHONE = join(REPO_ROOT, 'dist', 'tools', 'cli', 'spotlet-phone.js');
const run = promisify(execFile);

test('spotlet-phone remote: devices, play, pause/resume, next, seek, shuffle, repeat, queue, volume, autoplay, transfer, status', async () => {
  // 10 s tracks: each CLI call starts Node and logs in (about a second), and the album must not end meanwhile.
  const cat = Catalog.load(
    makeSampleCatalog(mkdtempSync(join(tmpdir(), 'spotlet-remote-cat-')), { tracks: 3, seconds: 10 }),
  );
  const album = cat.contexts.find((c) => c.type === 'album')!;
  const references = album.tracks.map((uri) => ({ uri, pcm: oggdecReference(cat.track(uri)!.files[0]!.path) }));
  const emu = await emulator({ catalog: cat });
  const sp = await emulatedSpeaker(emu, 'Den', references, '', 'error');
  const cloud = emu.services.get('dealer') as ConnectCloud;
  const user = emu.accounts.list[0]!.username;
  /** What the app's cluster shows (the status the CLI prints is read from it). */
  const shown = () => cloud.cluster(user).playerState;
  const { speaker, dir } = sp;
  writeFileSync(join(dir, 'emu.json'), `${JSON.stringify(emu.describe())}\n`);
  const phone = async (...args: string[]): Promise<string> =>
    (await run(process.execPath, [PHONE, ...args, '--emulator', join(dir, 'emu.json')], { timeout: 15_000 })).stdout;
  const status = async (): Promise<Record<string, unknown>> =>
    JSON.parse(await phone('status')) as Record<string, unknown>;
  // A command's reply comes before the state it causes reaches the cluster (the speaker coalesces its state PUTs,
  // and `repeat track` is two commands), so what the app shows is polled until `check` passes: at most 10 status
  // runs within 20 s, then the last assertion error stands.
  const statusShows = async (check: (s: Record<string, unknown>) => void): Promise<void> => {
    const end = Date.now() + 20_000;
    for (let run = 1; ; run++) {
      const s = await status();
      try {
        check(s);
        return;
      } catch (e) {
        if (run >= 10 || Date.now() > end) throw e;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  try {
    await sp.login(emu.accounts.list[0]!);
    const connect = await speaker.connect();
    await until(() => connect.device.puts > 0, 8000, 'speaker registered');

    assert.match(
      await phone('devices'),
      /^ {2}Den\t[0-9a-f]{40}\tvolume \d+%$/m,
      'the speaker is listed, not active yet',
    );
    assert.equal((await status()).state, 'idle');

    await phone('play', album.uri, '--device', 'Den');
    await until(() => speaker.supervisor.state === 'playing', 5000, 'playing');
    await statusShows((s) => {
      assert.equal(s.device, 'Den');
      assert.equal(s.state, 'playing');
      assert.equal(s.track, album.tracks[0]);
      assert.equal(s.context, album.uri);
    });
    assert.match(await phone('devices'), /^\* Den\t/m, 'the active device is starred');

    await phone('pause');
    await statusShows((s) => assert.equal(s.state, 'paused'));
    assert.equal(speaker.supervisor.state, 'paused');
    await phone('resume');
    await statusShows((s) => assert.equal(s.state, 'playing', 'resumed, as the app shows it'));
    // Half a second on from what was captured once the app showed it: past the pause's fade and the resume's.
    assert.equal((await sp.heard(sp.frames(), 500)).uri, album.tracks[0], 'and heard again');
    const mark = sp.frames();
    await phone('next');
    await until(() => shown()?.track?.uri === album.tracks[1] && !shown()?.isBuffering, 3000, 'next in the app');
    await statusShows((s) => assert.equal(s.track, album.tracks[1]));
    // Early in the track (a later prev would restart it), then what was heard after the next is checked.
    await phone('prev');
    await until(() => shown()?.track?.uri === album.tracks[0], 3000, 'prev in the app');
    // Its opening (from 0.2 s) is in what was captured since the command (where exactly is searched for, as the
    // end-to-end test does: the command's delay here varies).
    const opening = findInCapture(sp.cap.read(), mark, sp.frames() - 8192, references[1]!.pcm, Math.round(200 * 44.1));
    assert.ok(opening.correlation > 0.98, `the next track was heard (correlation ${opening.correlation.toFixed(3)})`);
    await phone('seek', '1500');
    await statusShows((s) => assert.match(String(s.position), /^0:0[1-3] \/ 0:10$/, 'position after the seek'));

    await phone('shuffle', 'on');
    await phone('repeat', 'track');
    await statusShows((s) => {
      assert.equal(s.shuffle, true);
      assert.equal(s.repeat, 'track');
    });
    await phone('repeat', 'off');
    await phone('shuffle', 'off');
    await statusShows((s) => {
      assert.equal(s.repeat, 'off');
      assert.equal(s.shuffle, false);
    });

    await phone('queue', album.tracks[2]!);
    await until(() => shown()?.nextTracks?.[0]?.provider === 'queue', 3000, 'queued, as the app shows it');
    assert.equal(shown()!.nextTracks![0]!.uri, album.tracks[2]);
    await phone('volume', '50');
    await until(() => connect.controller.volume === 32768, 3000, 'volume at the speaker');
    await statusShows((s) => assert.equal(s.volume, '50%'));

    assert.equal(connect.controller.autoplay, true, 'the account has Autoplay on');
    await phone('autoplay', 'off');
    await until(() => !connect.controller.autoplay, 3000, 'autoplay off pushed to the speaker');

    // Another device of the account takes the playback; the phone transfers it back to the speaker.
    cloud.takeOver(user, 'c'.repeat(40));
    await until(() => speaker.supervisor.state === 'ready', 5000, 'the speaker stopped');
    await statusShows((s) => assert.notEqual(s.device, 'Den', 'another device plays'));
    await phone('transfer', '--device', 'Den');
    let transferred = '';
    await statusShows((s) => {
      assert.equal(s.device, 'Den', 'transferred to the speaker');
      assert.equal(s.state, 'playing');
      transferred = String(s.track);
    });
    // Heard there: half a second on from what was captured once the app showed it (the old output's last samples
    // and the new one's fade-in are behind by then).
    assert.equal((await sp.heard(sp.frames(), 500)).uri, transferred, 'and heard there');
    await assert.rejects(phone('pause', '--device', 'Nowhere'), /no device "Nowhere"/);
  } finally {
    await sp.stop();
    await emu.stop();
  }
});
