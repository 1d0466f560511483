/**
 * Network faults that outlast every quick retry (#13): a track is unavailable only when Spotify says so. With
 * spclient and the CDN down at a track change, or the CDN down in the middle of a track, the speaker keeps its
 * queue and position, shows `connecting`, and goes on by itself where it stopped once they answer again; nothing
 * is skipped. A take-over by another device is checked in the captured audio: it stops.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Catalog,
  makeSampleCatalog,
  type CdnServer,
  type ConnectCloud,
  type Emulator,
  type SpClientEmulator,
} from '../../tools/emulator/index.js';
import { emulator, until } from '../ap/helpers.js';
import { oggdecReference } from '../audio/support.js';
import { emulatedSpeaker } from './support.js';

const TRACK_S = 8;
let emu: Emulator;
let catalog: Catalog;
let references: { uri: string; pcm: Buffer }[];

before(async () => {
  catalog = Catalog.load(
    makeSampleCatalog(mkdtempSync(join(tmpdir(), 'spotlet-faults-cat-')), { tracks: 4, seconds: TRACK_S, refused: [] }),
  );
  references = catalog.tracks
    .filter((x) => x.type === 'track' && !x.refused)
    .map((x) => ({ uri: x.uri, pcm: oggdecReference(x.files[0]!.path) }));
  emu = await emulator({ catalog });
});
after(() => emu.stop());

test('spclient and CDN down past every retry at a track change, then the CDN mid-track: waits, skips nothing, goes on where it stopped', async () => {
  const album = catalog.contexts.find((c) => c.type === 'album')!;
  const [t0, t1, t2] = album.tracks as [string, string, string];
  const filesOf = (uri: string): string[] =>
    catalog.tracks.find((x) => x.uri === uri)!.files.map((f) => f.fileId.toString('hex'));
  const sp = await emulatedSpeaker(emu, 'Faults', references);
  const cloud = emu.services.get('dealer') as ConnectCloud;
  const spclient = emu.services.get('spclient') as SpClientEmulator;
  const cdn = emu.services.get('cdn') as CdnServer;
  const states: string[] = [];
  sp.speaker.supervisor.on('state', (s) => states.push(s));
  try {
    const account = emu.accounts.list[0]!;
    const user = account.username;
    await sp.login(account);
    const id = sp.speaker.state.deviceId;
    await until(() => cloud.puts.some((p) => p.deviceId === id && p.reason === 'NEW_DEVICE'), 8000, 'NEW_DEVICE');
    // 1) At the track change: spclient answers 503 to everything and the CDN too, well past their retries. The
    // next track's file fails from its very first request (the speaker may preload it at any moment once the first
    // track is fetched), so the fault meets the next track at its start, not in its middle.
    for (const f of filesOf(t1)) cdn.fault(f, '503', 100_000);
    assert.equal(await cloud.command(user, id, { endpoint: 'play', context: { uri: album.uri } }), true);
    const first = await sp.heard(0, 500);
    assert.equal(first.uri, t0);

    // The first track's file is fetched whole first (how far the reading got by a given moment varies): the
    // fault on every file then meets the next track, not the rest of this one.
    await until(() => sp.frames() >= 44_100 * 2, 8000, 'two seconds of the first track');
    const fileSize = (uri: string): number => {
      const f = catalog.tracks.find((x) => x.uri === uri)!.files[0]!;
      return statSync(f.path).size + 167; // the Spotify header page before the Ogg stream
    };
    const fetchedToEnd = (uri: string): boolean =>
      cdn.requests.some((r) => {
        const end = /^\d+-(\d*)$/.exec(r.range)?.[1];
        return filesOf(uri).includes(r.fileId) && r.status === 206 && (end === '' || Number(end) + 1 >= fileSize(uri));
      });
    await until(() => fetchedToEnd(t0), 8000, 'the first track fetched to its end');
    spclient.failNext(503, 100_000);
    cdn.fault('*', '503', 100_000);
    states.length = 0;
    await until(() => states.includes('connecting'), 15_000, 'the speaker shows connecting');
    await new Promise((r) => setTimeout(r, 1500)); // what ALSA and the pipe held plays out
    const stalledAt = sp.frames();
    await new Promise((r) => setTimeout(r, 1500));
    assert.ok(sp.frames() - stalledAt < 44_100 * 0.3, 'nothing plays while it waits (no other track was skipped to)');
    const connect = await sp.speaker.connect();
    assert.equal(connect.controller.unavailableSkipped, 0, 'no track was called unavailable');
    assert.equal(connect.controller.queue.current?.uri, t1, 'the queue waits at the next track');
    spclient.failNext(503, 0);
    cdn.fault('*', 'none', 0);
    for (const f of filesOf(t1)) cdn.fault(f, 'none', 0);
    connect.retryNow(); // what the link monitor does when an address comes back
    await until(() => sp.frames() > stalledAt + 44_100, 10_000, 'playback goes on by itself');
    const resumed = await sp.heard(stalledAt, 1000);
    assert.equal(resumed.uri, t1, 'the next track, not a later one');
    assert.ok(resumed.positionMs < 2000, `from its start (${resumed.positionMs.toFixed(0)} ms)`);

    // 2) Mid-track: the next track's first range is prefetched; every later range of it fails until the CDN is back.
    await until(
      () => cdn.requests.some((r) => filesOf(t2).includes(r.fileId) && r.status === 206),
      10_000,
      'the next track prefetched',
    );
    for (const f of filesOf(t2)) cdn.fault(f, '503', 100_000);
    await until(() => connect.player.stalled, 15_000, 'the CDN fault holds playback up mid-track');
    const midAt = sp.frames();
    const before = await sp.heard(midAt - 44_100, 0);
    assert.equal(
      before.uri,
      t2,
      `the fault came in the middle of the next track (heard t${album.tracks.indexOf(before.uri)} at ${before.positionMs.toFixed(0)})`,
    );
    for (const f of filesOf(t2)) cdn.fault(f, 'none', 0);
    connect.retryNow();
    await until(() => sp.frames() > midAt + 44_100, 10_000, 'playback goes on by itself');
    const after = await sp.heard(midAt, 300);
    assert.equal(after.uri, t2, 'the same track');
    assert.ok(
      Math.abs(after.positionMs - (before.positionMs + 1300)) < 700,
      `where it stopped: heard ${after.positionMs.toFixed(0)} ms after ${before.positionMs.toFixed(0)} ms a second before the gap`,
    );
    assert.equal(connect.controller.unavailableSkipped, 0, 'still nothing called unavailable');

    // 3) Another device takes over: the audio stops (checked in the capture, not only in the state).
    cloud.takeOver(user, 'f'.repeat(40));
    await until(() => !connect.controller.active, 5000, 'inactive');
    await new Promise((r) => setTimeout(r, 1000));
    const stoppedAt = sp.frames();
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(sp.frames(), stoppedAt, 'no audio after the take-over');
  } finally {
    spclient.failNext(503, 0);
    for (const f of ['*', ...filesOf(t1), ...filesOf(t2)]) cdn.fault(f, 'none', 0);
    await sp.stop();
  }
});

test('the AP silent past every retry at a track change: waits, skips nothing; in the middle of a track it changes nothing', async () => {
  const album = catalog.contexts.find((c) => c.type === 'album')!;
  const [t0, t1] = album.tracks as [string, string];
  const sp = await emulatedSpeaker(emu, 'Ap Faults', references);
  const cloud = emu.services.get('dealer') as ConnectCloud;
  try {
    const account = emu.accounts.list[0]!;
    await sp.login(account);
    const id = sp.speaker.state.deviceId;
    await until(() => cloud.puts.some((p) => p.deviceId === id && p.reason === 'NEW_DEVICE'), 8000, 'NEW_DEVICE');
    assert.equal(await cloud.command(account.username, id, { endpoint: 'play', context: { uri: album.uri } }), true);
    assert.equal((await sp.heard(0, 500)).uri, t0);
    // Before the next track's key is asked for (3 s in): the AP stops answering, keep-alive and keys alike.
    await until(() => sp.frames() >= 44_100 * 1.5, 8000, 'the first track playing');
    const mark = sp.frames();
    emu.ap.stall(true);
    // In the middle of the track nothing needs the AP: the audio goes on.
    await until(() => sp.frames() >= mark + 44_100 * 3, 8000, 'the track goes on without the AP');
    const connect = await sp.speaker.connect();
    await until(() => connect.player.stalled, 20_000, 'the next track waits for its key');
    await new Promise((r) => setTimeout(r, 2000));
    const stalledAt = sp.frames();
    assert.equal(connect.controller.unavailableSkipped, 0, 'no track was called unavailable');
    emu.ap.stall(false);
    connect.retryNow();
    sp.speaker.session.retryNow();
    await until(() => sp.frames() > stalledAt + 44_100, 20_000, 'playback goes on by itself');
    const resumed = await sp.heard(stalledAt, 500);
    assert.equal(resumed.uri, t1, 'the next track, not a later one');
    assert.ok(resumed.positionMs < 2000, `from its start (${resumed.positionMs.toFixed(0)} ms)`);
    assert.equal(connect.controller.unavailableSkipped, 0, 'still nothing called unavailable');
  } finally {
    emu.ap.stall(false);
    await sp.stop();
  }
});
