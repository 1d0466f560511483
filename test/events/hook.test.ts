/**
 * The event hook on the whole speaker against the emulator: the program runs for each player event with
 * librespot's `--onevent` names and variables, one run at a time in event order; a slow, failing, hanging or
 * missing program is logged and stops nothing; the program is executed, never handed to a shell, and sees
 * none of the speaker's secrets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setLogSink } from '../../src/core/log.js';
import { Catalog } from '../../tools/emulator/catalog.js';
import type { ConnectCloud } from '../../tools/emulator/index.js';
import { makeSampleCatalog } from '../../tools/emulator/sample-catalog.js';
import { emulator, until } from '../ap/helpers.js';
import { oggdecReference } from '../audio/support.js';
import { emulatedSpeaker } from '../connect/support.js';

// Three 4 s tracks, the third's key refused: the album plays two tracks, skips the third and ends.
const catalog = Catalog.load(
  makeSampleCatalog(mkdtempSync(join(tmpdir(), 'spotlet-hook-cat-')), { tracks: 3, seconds: 4 }),
);
const album = catalog.contexts.find((c) => c.type === 'album')!;
const show = catalog.contexts.find((c) => c.type === 'show')!;
const t = album.tracks;
const references = catalog.tracks
  .filter((x) => !x.refused)
  .map((x) => ({ uri: x.uri, pcm: oggdecReference(x.files[0]!.path) }));
const id62 = (uri: string): string => uri.split(':').pop()!;

type Run = Record<string, string> & { _start: string; _end: string };

/** A hook program (python3) that appends its environment as a JSON line, after `sleepS` seconds and `exit`. */
function hookProgram(dir: string, name: string, o: { sleepS?: number; exit?: number; background?: boolean } = {}) {
  const log = join(dir, `${name}.jsonl`);
  const path = join(dir, name);
  writeFileSync(
    path,
    `#!/usr/bin/env python3
import json, os, subprocess, sys, time
rec = dict(os.environ)
rec['_start'] = repr(time.time())
${o.background ? "subprocess.Popen(['sleep', '300'])\n" : ''}time.sleep(${o.sleepS ?? 0})
rec['_end'] = repr(time.time())
with open(${JSON.stringify(log)}, 'a') as f:
    f.write(json.dumps(rec) + '\\n')
sys.exit(${o.exit ?? 0})
`,
  );
  chmodSync(path, 0o755);
  const runs = (): Run[] =>
    existsSync(log)
      ? readFileSync(log, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Run)
      : [];
  return { path, runs };
}

async function hookSpeaker(program: string, extra = '') {
  const emu = await emulator({ catalog });
  const sp = await emulatedSpeaker(emu, 'Hooked', references, `[events]\nhook = ${program}\n${extra}`);
  const cloud = emu.services.get('dealer') as ConnectCloud;
  const account = emu.accounts.list[0]!;
  account.attributes.autoplay = '0'; // the album ends where it ends
  const id = sp.speaker.state.deviceId;
  return {
    emu,
    sp,
    account,
    cluster: () => cloud.cluster(account.username),
    command: (c: Record<string, unknown>) => cloud.command(account.username, id, c),
    async login() {
      assert.equal((await sp.login(account)).activeUser, account.username);
      await until(() => cloud.cluster(account.username).devices.has(id), 8000, 'speaker registered');
    },
    async stop() {
      await sp.stop();
      await emu.stop();
    },
  };
}

test("librespot's events and variables, one run at a time in event order", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-hook-'));
  const hook = hookProgram(dir, 'onevent');
  // Secrets in the speaker's environment do not reach the hook.
  process.env.SPOTIFY_TOKEN = 'secret-oauth-token';
  process.env.SPOTLET_API_TOKEN = 'secret-api-token';
  const s = await hookSpeaker(hook.path);
  delete process.env.SPOTIFY_TOKEN;
  delete process.env.SPOTLET_API_TOKEN;
  const events = () => hook.runs().map((r) => r.PLAYER_EVENT);
  const last = (name: string) =>
    hook
      .runs()
      .filter((r) => r.PLAYER_EVENT === name)
      .pop();
  try {
    await s.login();
    await until(() => events().includes('session_connected'), 5000, 'session_connected');
    assert.equal(last('session_connected')!.USER_NAME, s.account.username);

    assert.equal(await s.command({ endpoint: 'play', context: { uri: album.uri } }), true);
    await until(() => events().includes('playing'), 8000, 'playing');
    assert.equal(await s.command({ endpoint: 'pause' }), true);
    await until(() => events().includes('paused'), 5000, 'paused');
    assert.equal(await s.command({ endpoint: 'seek_to', value: 1500 }), true);
    await until(() => events().includes('seeked'), 5000, 'seeked');
    await s.sp.speaker.port.dispatch({ kind: 'volume', volume: 30000 }, 'button');
    assert.equal(await s.command({ endpoint: 'set_shuffling_context', value: true }), true);
    assert.equal(await s.command({ endpoint: 'set_shuffling_context', value: false }), true);
    assert.equal(await s.command({ endpoint: 'set_repeating_context', value: true }), true);
    assert.equal(await s.command({ endpoint: 'set_repeating_context', value: false }), true);
    assert.equal(await s.command({ endpoint: 'resume' }), true);
    // The album plays on: the second track, the third (unavailable), the end.
    await until(() => events().includes('stopped'), 20_000, 'stopped at the end of the album').catch((e) => {
      throw new Error(`${e.message}: ${events().join(' ')}`);
    });
    // A podcast episode.
    assert.equal(await s.command({ endpoint: 'play', context: { uri: show.uri } }), true);
    await until(() => hook.runs().some((r) => r.ITEM_TYPE === 'Episode'), 8000, 'the episode');
    await s.sp.speaker.port.dispatch({ kind: 'logout' }, 'button');
    await until(() => events().includes('session_disconnected'), 5000, 'session_disconnected');

    const runs = hook.runs();
    // Each run started after the one before it ended: one at a time.
    for (let i = 1; i < runs.length; i++)
      assert.ok(Number(runs[i]!._start) >= Number(runs[i - 1]!._end), `run ${i} overlapped run ${i - 1}`);
    const seq = runs.map((r) => (r.TRACK_ID ? `${r.PLAYER_EVENT} ${r.TRACK_ID}` : r.PLAYER_EVENT));
    /** `expected` occurs in `seq` in this order (other events may come between). */
    const inOrder = (expected: string[]) => {
      let i = 0;
      for (const e of seq) if (e === expected[i]) i++;
      assert.equal(i, expected.length, `in order: ${expected.join(' → ')}\nseen: ${seq.join(' → ')}`);
    };
    const [a, b, c] = t.map(id62);
    inOrder([
      'session_connected',
      `loading ${a}`,
      `track_changed ${a}`,
      `playing ${a}`,
      `paused ${a}`,
      `seeked ${a}`,
      'volume_changed',
      'shuffle_changed',
      'shuffle_changed',
      'repeat_changed',
      'repeat_changed',
      `playing ${a}`,
      `preloading ${b}`,
      `end_of_track ${a}`,
      `loading ${b}`,
      `track_changed ${b}`,
      `playing ${b}`,
      `end_of_track ${b}`,
      `unavailable ${c}`,
      `stopped ${b}`,
      `track_changed ${id62(show.tracks[0]!)}`,
      'session_disconnected',
    ]);

    const changed = runs.find((r) => r.PLAYER_EVENT === 'track_changed' && r.TRACK_ID === a)!;
    const track = catalog.track(t[0]!)!;
    assert.equal(changed.URI, t[0]);
    assert.equal(changed.NAME, track.name);
    assert.equal(changed.ITEM_TYPE, 'Track');
    assert.equal(changed.ARTISTS, 'Spotlet Ensemble');
    assert.equal(changed.ALBUM_ARTISTS, 'Spotlet Ensemble');
    assert.equal(changed.ALBUM, 'Spotlet Sample Album');
    assert.equal(changed.DURATION_MS, String(track.durationMs));
    assert.equal(changed.NUMBER, '1');
    assert.equal(changed.DISC_NUMBER, '1');
    assert.equal(changed.IS_EXPLICIT, 'false');
    assert.equal(changed.LANGUAGE, 'en');
    assert.equal(changed.POPULARITY, '50');
    const covers = changed.COVERS!.split('\n');
    assert.equal(covers.length, 3, 'one cover URL per line');
    for (const u of covers) assert.match(u, /^http:\/\/127\.0\.0\.1:\d+\/image\/[0-9a-f]{40}$/);
    const seeked = runs.find((r) => r.PLAYER_EVENT === 'seeked')!;
    assert.equal(seeked.POSITION_MS, '1500');
    assert.match(runs.find((r) => r.PLAYER_EVENT === 'playing')!.POSITION_MS!, /^\d+$/);
    assert.equal(runs.find((r) => r.PLAYER_EVENT === 'volume_changed')!.VOLUME, '30000');
    assert.deepEqual(
      runs.filter((r) => r.PLAYER_EVENT === 'shuffle_changed').map((r) => r.SHUFFLE),
      ['true', 'false'],
    );
    assert.deepEqual(
      runs.filter((r) => r.PLAYER_EVENT === 'repeat_changed').map((r) => [r.REPEAT, r.REPEAT_TRACK]),
      [
        ['true', 'false'],
        ['false', 'false'],
      ],
    );
    const episode = runs.find((r) => r.ITEM_TYPE === 'Episode')!;
    assert.equal(episode.SHOW_NAME, 'Spotlet Radio');
    assert.equal(episode.PUBLISH_TIME, String(Date.UTC(2025, 0, 31) / 1000));
    assert.equal(episode.DESCRIPTION, 'Episode 1 of Spotlet Radio');
    assert.equal(last('session_disconnected')!.USER_NAME, s.account.username);
    for (const r of runs) {
      assert.equal(r.SPOTIFY_TOKEN, undefined, 'no OAuth token in the hook environment');
      assert.equal(r.SPOTLET_API_TOKEN, undefined, 'no SPOTLET_ variable in the hook environment');
    }
  } finally {
    await s.stop();
  }
});

test('a slow, failing or hanging hook is logged and stops nothing; the program is never run through a shell', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-hook-bad-'));
  // A name a shell would run as two commands; executed as it is, it is one file.
  const hang = hookProgram(dir, 'hook $(touch pwned); x', { sleepS: 60, background: true });
  const lines: string[] = [];
  const restore = setLogSink((l) => lines.push(l));
  const s = await hookSpeaker(hang.path, 'hook_timeout_ms = 800\n');
  try {
    await s.login();
    assert.equal(await s.command({ endpoint: 'play', context: { uri: album.uri } }), true);
    // Playback goes on while the hook hangs: the app sees the track play and the position move.
    await until(() => s.sp.speaker.port.status().playing && s.sp.speaker.port.status().positionMs > 2500, 8000, 'play');
    await until(() => lines.some((l) => l.includes('event hook timed out')), 8000, 'timeout logged');
    const timedOut = lines.filter((l) => l.includes('event hook timed out')).length;
    await until(
      () => lines.filter((l) => l.includes('event hook timed out')).length > timedOut,
      8000,
      'the next event ran the hook again',
    );
    assert.equal(hang.runs().length, 0, 'every run was stopped before it finished');
    assert.ok(!existsSync(join(dir, 'pwned')) && !existsSync('pwned'), 'no shell ran the name');
    assert.ok(
      lines.some((l) => /"msg":"event hook timed out; stopped","event":"session_connected"/.test(l)),
      'the first event was session_connected',
    );
  } finally {
    await s.stop();
    restore();
  }

  // A failing program and a missing one: logged with the exit code or the reason; playback unaffected.
  const failing = hookProgram(dir, 'failing', { exit: 3 });
  for (const [program, expect] of [
    [failing.path, /"msg":"event hook failed","event":"session_connected","exit":3/],
    [join(dir, 'no-such-program'), /"msg":"event hook could not start".*ENOENT/],
  ] as const) {
    const seen: string[] = [];
    const undo = setLogSink((l) => seen.push(l));
    const f = await hookSpeaker(program);
    try {
      await f.login();
      assert.equal(await f.command({ endpoint: 'play', context: { uri: album.uri } }), true);
      await until(() => f.cluster().playerState?.isPlaying === true, 8000, 'playing');
      await until(() => seen.some((l) => expect.test(l)), 5000, `logged: ${expect}`);
      assert.equal(f.sp.speaker.supervisor.state, 'playing');
    } finally {
      await f.stop();
      undo();
    }
  }
  assert.equal(failing.runs().length > 0, true, 'the failing program did run');
});
