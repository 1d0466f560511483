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
import { emulator, until } from '../ap/helpers.js';
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
  const emu = await emulator({ catalog: cat });
  const sp = await emulatedSpeaker(emu, 'Den', [], '', 'error');
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
    await phone('next');
    await until(() => connect.controller.snapshot().track?.uri === album.tracks[1], 3000, 'next at the speaker');
    await statusShows((s) => assert.equal(s.track, album.tracks[1]));
    await phone('prev');
    await until(() => connect.controller.snapshot().track?.uri === album.tracks[0], 3000, 'prev at the speaker');
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
    await statusShows((s) => assert.equal(s.repeat, 'off'));

    await phone('queue', album.tracks[1]!);
    assert.equal(connect.controller.snapshot().nextTracks[0]?.provider, 'queue');
    await phone('volume', '50');
    await until(() => connect.controller.volume === 32768, 3000, 'volume at the speaker');
    await statusShows((s) => assert.equal(s.volume, '50%'));

    assert.equal(connect.controller.autoplay, true, 'the account has Autoplay on');
    await phone('autoplay', 'off');
    await until(() => !connect.controller.autoplay, 3000, 'autoplay off pushed to the speaker');

    await phone('transfer', '--device', 'Den');
    assert.equal((await status()).device, 'Den', 'transferring to the playing speaker keeps it playing there');
    await assert.rejects(phone('pause', '--device', 'Nowhere'), /no device "Nowhere"/);
  } finally {
    await sp.stop();
    await emu.stop();
  }
});
