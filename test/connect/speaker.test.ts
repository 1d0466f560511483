/**
 * The whole speaker, end to end over real sockets against the emulator: phone addUser (zeroconf) → AP login
 * → login5 → dealer → NEW_DEVICE → the app transfers an album → every command the app sends is checked twice:
 * in the audio ALSA captured (which track, where in it, how loud — located by correlation with the catalog's
 * own decode) and in the state the emulator's cluster holds: transfer, volume, pause/resume, seek, next/prev,
 * queue, shuffle on and off, set_queue, repeat track on and off, repeat context (set_options) on and off. Then
 * three refused keys in a row, autoplay on and off, another device taking over, and the volume surviving a
 * restart, heard.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { volumeFactor } from '../../src/audio/index.js';
import { spotify as cs } from '../../src/gen/connect.js';
import { Catalog } from '../../tools/emulator/catalog.js';
import type { ConnectCloud } from '../../tools/emulator/index.js';
import { makeSampleCatalog } from '../../tools/emulator/sample-catalog.js';
import { emulator, until } from '../ap/helpers.js';
import { findInCapture, locate, oggdecReference, type Located } from '../audio/support.js';
import { emulatedSpeaker } from './support.js';

const RATE = 44.1; // frames per ms
const TRACK_MS = 5000;
/**
 * Old audio accepted after a command before the new (see switchedTo): 60–90 ms on an idle machine, 100–240 with
 * one core's worth of other load, up to 330 with two (CI runs the field tests beside this one). It stays below
 * the 400 ms the output holds ahead of the DAC, so a command that let what ALSA held play out still fails.
 */
const OLD_AUDIO_MS = 350;

test('phone → speaker → Spotify (emulated): every command heard in the captured audio and seen in the cluster', async () => {
  // Seven album tracks, the 4th to 6th with keys the AP refuses, and a single that only autoplay brings.
  const catalog = Catalog.load(
    makeSampleCatalog(mkdtempSync(join(tmpdir(), 'spotlet-e2e-cat-')), {
      tracks: 7,
      seconds: TRACK_MS / 1000,
      refused: [3, 4, 5],
      singles: 1,
    }),
  );
  const album = catalog.contexts.find((c) => c.type === 'album')!;
  const t = album.tracks;
  const single = catalog.tracks.find((x) => x.type === 'track' && !album.tracks.includes(x.uri))!.uri;
  const references = catalog.tracks
    .filter((x) => x.type === 'track' && !x.refused)
    .map((x) => ({ uri: x.uri, pcm: oggdecReference(x.files[0]!.path) }));
  const name = (uri: string | null | undefined): string => (uri === single ? 'single' : `t${t.indexOf(uri ?? '')}`);

  const emu = await emulator({ catalog });
  const sp = await emulatedSpeaker(
    emu,
    'Kitchen',
    references,
    '[audio]\nvolume_curve = log\nvolume_range_db = 60\ninitial_volume = 32767\n',
  );
  const { cap, frames, heard } = sp;
  let speaker = sp.speaker;
  try {
    const cloud = emu.services.get('dealer') as ConnectCloud;
    const account = emu.accounts.list[0]!;
    const user = account.username;
    assert.equal((await sp.login(account)).activeUser, user);
    const id = speaker.state.deviceId;
    await until(() => cloud.puts.some((p) => p.deviceId === id && p.reason === 'NEW_DEVICE'), 8000, 'NEW_DEVICE');
    assert.equal(cloud.cluster(user).devices.get(id)?.info.name, 'Kitchen');

    const state = () => cloud.cluster(user).playerState;
    const command = async (c: Record<string, unknown>): Promise<void> =>
      assert.equal(await cloud.command(user, id, c), true, `${String(c.endpoint)} accepted`);
    /** Heard `uri` between `fromMs` and `toMs` into it. */
    const near = (h: Located, uri: string, what: string, fromMs: number, toMs: number): void => {
      assert.equal(name(h.uri), name(uri), `${what}: heard ${name(h.uri)}`);
      assert.ok(
        h.positionMs >= fromMs && h.positionMs <= toMs,
        `${what}: heard ${name(h.uri)} at ${h.positionMs.toFixed(0)} ms, expected ${fromMs.toFixed(0)}–${toMs.toFixed(0)} ms`,
      );
    };
    /**
     * Where the audio a command switched to begins. The capture goes on with the old audio until the command
     * took effect (the output fades it out and drops the rest), so `uri` from `startMs` is searched for by
     * correlation after `mark`, however long the command took here (the bench measures how long), and at most
     * `withinMs` of old audio may come before it: the old audio after the command reached the speaker (the
     * output's 30 ms lead and 10 ms fade), the capture's own lag behind the output (the file plugin passes on
     * what fills its buffer, ~60 ms here) and the command's way over the dealer, with room for a loaded machine.
     * What follows must be that track going on from there, to the millisecond.
     */
    const switchedTo = async (
      mark: number,
      uri: string,
      startMs: number,
      what: string,
      withinMs = OLD_AUDIO_MS,
    ): Promise<Located> => {
      // Searched 200 ms in: a track's first moments may be too quiet at a low volume to correlate.
      const ref = references.find((r) => r.uri === uri)!.pcm;
      const refFrame = Math.round((startMs + 200) * RATE);
      let captured: Buffer = Buffer.alloc(0);
      let hit = { frame: 0, correlation: -1 };
      // Looked for in what has been captured so far, in 250 ms steps, a little past `withinMs` after the mark.
      for (let ms = 250; ms <= withinMs + 500 && hit.correlation <= 0.98; ms += 250) {
        const upto = mark + Math.round((ms + 200) * RATE);
        await until(() => frames() >= upto + 8192, 8000 + withinMs, `${what}: audio after the command`);
        captured = cap.read();
        hit = findInCapture(captured, mark, upto, ref, refFrame);
      }
      assert.ok(hit.correlation > 0.98, `${what}: ${name(uri)} from ${startMs} ms not heard after the command`);
      const oldMs = (hit.frame - mark) / RATE - 200;
      assert.ok(
        oldMs <= withinMs,
        `${what}: ${oldMs.toFixed(0)} ms of old audio before ${name(uri)} from ${startMs} ms (at most ${withinMs})`,
      );
      // What follows is located in a window of its own: wait until the capture holds it (a loaded machine may
      // have found the switch near the end of what it had captured so far).
      const located = hit.frame + 2048;
      await until(() => frames() >= located + 4096, 8000, `${what}: audio after the switch`);
      const h = locate(cap.read(), located, references);
      const at = startMs + 200 + 2048 / RATE;
      near(h, uri, `${what}, then`, at - 2, at + 2);
      return h;
    };
    const playing = (uri: string, what: string) =>
      until(() => state()?.track?.uri === uri && !state()?.isPaused, 4000, `${what}: ${name(uri)} in the cluster`);

    // Transfer: the album from its first track, playing.
    let mark = frames();
    const transfer = cs.connectstate.TransferState.encode({
      options: {},
      playback: { timestamp: Date.now(), positionAsOfTimestamp: 0, isPaused: false, currentTrack: { uri: t[0] } },
      currentSession: { context: { uri: album.uri } },
      queue: {},
    }).finish();
    await command({ endpoint: 'transfer', data: Buffer.from(transfer).toString('base64') });
    await until(() => cloud.cluster(user).activeDeviceId === id, 5000, 'speaker active');
    await playing(t[0]!, 'transfer');
    await until(() => speaker.supervisor.state === 'playing', 5000, 'speaker state playing');
    let h = await switchedTo(mark, t[0]!, 0, 'transfer');
    assert.ok(
      Math.abs(h.gain - volumeFactor(32767, 'log', 60)) < 0.02,
      `initial volume heard (gain ${h.gain.toFixed(3)})`,
    );

    // Volume (a push, no reply): heard at the new level.
    cloud.volume(user, id, 40000);
    await until(() => cloud.puts.some((p) => p.deviceId === id && p.volume === 40000), 3000, 'volume in the cluster');
    // Applied where the output feeds ALSA: heard within its lead and ramp (and the capture's lag) of the PUT.
    h = await heard(frames(), 150);
    assert.ok(
      Math.abs(h.gain - volumeFactor(40000, 'log', 60)) < 0.02,
      `new volume heard (gain ${h.gain.toFixed(3)}, expected ${volumeFactor(40000, 'log', 60).toFixed(3)})`,
    );

    // Pause: the audio stops (the fade and what ALSA held: OLD_AUDIO_MS at most); resume goes on from there.
    mark = frames();
    await command({ endpoint: 'pause' });
    await until(
      () => state()?.isPaused === true && speaker.supervisor.state === 'paused',
      3000,
      'paused in the cluster',
    );
    await new Promise((r) => setTimeout(r, 300));
    const pausedAt = frames();
    await new Promise((r) => setTimeout(r, 600));
    assert.ok(
      frames() - pausedAt < 20 * RATE,
      `silence while paused (${((frames() - pausedAt) / RATE).toFixed(0)} ms written)`,
    );
    assert.ok(
      pausedAt - mark <= OLD_AUDIO_MS * RATE,
      `${((pausedAt - mark) / RATE).toFixed(0)} ms of audio after the pause (at most ${OLD_AUDIO_MS})`,
    );
    const beforePause = locate(cap.read(), pausedAt - Math.round(200 * RATE), references);
    mark = frames();
    await command({ endpoint: 'resume' });
    await playing(t[0]!, 'resume');
    const resumedAt = beforePause.positionMs + 200 + 350;
    near(await heard(mark, 350), t[0]!, 'resume continues where it paused', resumedAt - 15, resumedAt + 15);

    // Seek back to 0.3 s (backwards: the old audio, well past it, cannot pass there by itself).
    const sofar = cap.read(); // its own end: the file grows while it is read
    const seekFrom = locate(sofar, (sofar.length >> 2) - 4096, references);
    assert.ok(
      seekFrom.uri === t[0] && seekFrom.positionMs > 1000,
      `t0 past 1 s before the seek (${seekFrom.positionMs.toFixed(0)} ms)`,
    );
    mark = frames();
    await command({ endpoint: 'seek_to', value: 300 });
    // int64 fields decode as Long (String() gives the decimal). What ALSA held is dropped: the app sees 0.3 s.
    const reported = (): number => Number(String(state()?.positionAsOfTimestamp ?? 0));
    await until(() => reported() >= 250 && reported() <= 500, 3000, 'seek in the cluster');
    await switchedTo(mark, t[0]!, 300, 'seek');

    // Next, previous (early in a track: the previous one), previous late in a track: the same one again.
    mark = frames();
    await command({ endpoint: 'skip_next' });
    await playing(t[1]!, 'next');
    await switchedTo(mark, t[1]!, 0, 'next');
    mark = frames();
    await command({ endpoint: 'skip_prev' });
    await playing(t[0]!, 'prev');
    await switchedTo(mark, t[0]!, 0, 'prev early in a track');
    mark = frames();
    await command({ endpoint: 'skip_next' });
    await switchedTo(mark, t[1]!, 0, 'next again');
    await command({ endpoint: 'seek_to', value: 4000 });
    await until(() => reported() > 3300, 2000, 'well past 3 s in the cluster');
    mark = frames();
    await command({ endpoint: 'skip_prev' });
    await switchedTo(mark, t[1]!, 0, 'prev late in a track restarts it');

    // Queue: the queued single plays next, shown as a queued track.
    await command({ endpoint: 'add_to_queue', track: { uri: single } });
    await until(
      () => state()?.nextTracks?.[0]?.uri === single && state()?.nextTracks?.[0]?.provider === 'queue',
      3000,
      'queued in the cluster',
    );
    mark = frames();
    await command({ endpoint: 'skip_next' });
    await playing(single, 'queue');
    await switchedTo(mark, single, 0, 'queued track');

    // Shuffle: the next track is the one the shuffled order shows, and that is what is heard.
    await command({ endpoint: 'set_shuffling_context', value: true });
    await until(() => state()?.options?.shufflingContext === true, 3000, 'shuffle in the cluster');
    const shuffledNext = state()!
      .nextTracks!.map((x) => x.uri!)
      .find((u) => !catalog.track(u)!.refused)!;
    assert.deepEqual(
      state()!
        .nextTracks!.map((x) => x.uri)
        .sort(),
      t.filter((u) => u !== t[1]).sort(),
      'the rest of the album, reordered',
    );
    mark = frames();
    await command({ endpoint: 'skip_next' });
    await playing(shuffledNext, 'shuffle');
    await switchedTo(mark, shuffledNext, 0, 'shuffled next');
    // Shuffle off (set_options, as the app sends several options at once): the album's own order is back.
    await command({ endpoint: 'set_options', shuffling_context: false });
    await until(() => state()?.options?.shufflingContext === false, 3000, 'shuffle off in the cluster');
    // The album's tracks still to come (a refused one the shuffle skipped shows as unavailable, still in its place).
    const contextNext = (): string[] =>
      (state()?.nextTracks ?? [])
        .filter((x) => x.provider === 'context' || x.provider === 'unavailable')
        .map((x) => x.uri!);
    const albumAfter = t.slice(t.indexOf(shuffledNext) + 1);
    await until(() => contextNext().join() === albumAfter.join(), 3000, "the album's own order in the cluster");

    // set_queue: the app moves the album's last track to the front of "next"; it is what plays next.
    mark = frames();
    await command({ endpoint: 'play', context: { uri: album.uri } });
    await playing(t[0]!, 'play from the top');
    await switchedTo(mark, t[0]!, 0, 'play from the top');
    const shown = state()!.nextTracks!.map((x) => ({
      uri: x.uri,
      uid: x.uid,
      provider: x.provider,
      metadata: x.metadata,
    }));
    const last = shown.findIndex((x) => x.uri === t[6]);
    await command({ endpoint: 'set_queue', next_tracks: [shown[last], ...shown.filter((_, i) => i !== last)] });
    await until(() => state()?.nextTracks?.[0]?.uri === t[6], 3000, 'the edited queue in the cluster');
    mark = frames();
    await command({ endpoint: 'skip_next' });
    await playing(t[6]!, 'set_queue');
    await switchedTo(mark, t[6]!, 0, 'the edited queue');

    // Repeat track: at its end the same track starts again; off, the next one follows.
    await command({ endpoint: 'set_repeating_track', value: true });
    await until(() => state()?.options?.repeatingTrack === true, 3000, 'repeat track in the cluster');
    mark = frames();
    await command({ endpoint: 'seek_to', value: TRACK_MS - 600 });
    await switchedTo(mark, t[6]!, 0, 'repeat track', 600 + OLD_AUDIO_MS);
    await command({ endpoint: 'set_repeating_track', value: false });
    await until(() => state()?.options?.repeatingTrack === false, 3000, 'repeat track off in the cluster');
    mark = frames();
    await command({ endpoint: 'seek_to', value: TRACK_MS - 600 });
    await playing(t[1]!, 'repeat track off');
    await switchedTo(mark, t[1]!, 0, 'repeat track off: the next track in the edited order', 600 + OLD_AUDIO_MS);

    // Three refused keys in a row (t3–t5) are skipped and counted; t6 follows t2.
    const connect = await speaker.connect();
    const skippedBefore = connect.controller.unavailableSkipped;
    await command({ endpoint: 'play', context: { uri: album.uri }, options: { skip_to: { track_uri: t[2] } } });
    await playing(t[2]!, 'play from t2');
    mark = frames();
    await command({ endpoint: 'seek_to', value: TRACK_MS - 600 });
    await playing(t[6]!, 'after three refused tracks');
    await switchedTo(mark, t[6]!, 0, 'three refused tracks skipped', 600 + OLD_AUDIO_MS);
    assert.equal(connect.controller.unavailableSkipped - skippedBefore, 3, 'three unavailable tracks counted');
    assert.deepEqual(
      state()!
        .prevTracks!.filter((x) => x.provider === 'unavailable')
        .map((x) => name(x.uri)),
      ['t3', 't4', 't5'],
      'the app sees them as unavailable',
    );

    // Autoplay (the account's setting is on): after the album's last track a station continues with the single.
    await until(() => state()?.nextTracks?.[0]?.provider === 'autoplay', 3000, 'station tracks in the cluster');
    mark = frames();
    await command({ endpoint: 'seek_to', value: TRACK_MS - 600 });
    await playing(single, 'autoplay');
    await switchedTo(mark, single, 0, 'autoplay station', 600 + OLD_AUDIO_MS);
    assert.equal(state()!.track!.provider, 'autoplay');
    assert.equal(state()!.track!.metadata?.['autoplay.is_autoplay'], 'true');
    assert.deepEqual(state()!.restrictions?.disallowTogglingShuffleReasons, ['autoplay']);

    // Repeat context (set_options): past the album's last track its first follows, and no station; then off again
    // (set_repeating_context), which the end of the album below shows.
    await command({ endpoint: 'set_options', repeating_context: true });
    await until(() => state()?.options?.repeatingContext === true, 3000, 'repeat context in the cluster');
    mark = frames();
    await command({
      endpoint: 'play',
      context: { uri: album.uri },
      options: { skip_to: { track_uri: t[6] }, seek_to: TRACK_MS - 600 },
    });
    await playing(t[0]!, 'repeat context');
    await switchedTo(mark, t[0]!, 0, 'repeat context: the album starts over', 600 + OLD_AUDIO_MS);
    await command({ endpoint: 'set_repeating_context', value: false });
    await until(() => state()?.options?.repeatingContext === false, 3000, 'repeat context off in the cluster');

    // Autoplay off in the app: the album ends and the speaker stops.
    cloud.setUserAttribute(user, 'autoplay', '0');
    await until(() => !connect.controller.autoplay, 3000, 'autoplay setting pushed');
    await command({
      endpoint: 'play',
      context: { uri: album.uri },
      options: { skip_to: { track_uri: t[6] }, seek_to: TRACK_MS - 600 },
    });
    await until(() => speaker.supervisor.state === 'ready', 4000, 'stopped at the end of the album');
    const endedAt = frames();
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(frames(), endedAt, 'nothing plays after the album without autoplay');

    // Another device takes over: the speaker goes inactive.
    await command({ endpoint: 'play', context: { uri: album.uri } });
    await playing(t[0]!, 'play again');
    cloud.takeOver(user, 'f'.repeat(40));
    await until(() => cloud.puts.some((p) => p.deviceId === id && p.reason === 'INACTIVE'), 3000, 'inactive');
    await until(() => speaker.supervisor.state === 'ready', 3000, 'speaker back to ready');

    // The volume survives a restart: heard at the level set before it.
    const announced = () => cloud.puts.filter((p) => p.deviceId === id && p.reason === 'NEW_DEVICE').length;
    const before = announced();
    speaker = await sp.restart();
    await until(() => announced() > before, 8000, 'NEW_DEVICE after the restart');
    mark = frames();
    await command({ endpoint: 'play', context: { uri: album.uri } });
    await playing(t[0]!, 'after the restart');
    h = await switchedTo(mark, t[0]!, 0, 'after the restart');
    assert.ok(
      Math.abs(h.gain - volumeFactor(40000, 'log', 60)) < 0.02,
      `volume remembered across restarts (gain ${h.gain.toFixed(3)}, expected ${volumeFactor(40000, 'log', 60).toFixed(3)})`,
    );
  } finally {
    await sp.stop();
    await emu.stop();
  }
});
