/**
 * Connect benchmarks on loopback against the emulator, timed at what a listener hears (the native output's trace
 * of its writes to ALSA and a model DAC): the app's `play` → first sample heard, skip → first sample of the next
 * track heard (the old audio fades out and is dropped in the output, which stays open) with and without the next
 * track prepared ahead, connect-state PUTs per minute of steady playback, and the app's `play` of a 3000-track
 * playlist (context-resolve in pages of 100) → first sample heard, with the spclient requests made before the
 * first CDN range.
 * Goals: play → first sample ≤ 250 ms (both); one context page at most before the first CDN range; skip ≤ 100 ms.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setLogLevel } from '../../src/core/log.js';
import { Catalog, type CdnServer, type ConnectCloud, type SpClientEmulator } from '../../tools/emulator/index.js';
import { makeSampleCatalog } from '../../tools/emulator/sample-catalog.js';
import { emulator, until } from '../ap/helpers.js';
import { monotonicUs, outputTrace, sampleCatalog } from '../audio/support.js';
import { connectChain, connectDevice, DEVICE_ID } from '../connect/support.js';

setLogLevel('error');
const emu = await emulator({ catalog: sampleCatalog() });
const cloud = emu.services.get('dealer') as ConnectCloud;
const user = emu.accounts.list[0]!.username;
const traceFile = join(mkdtempSync(join(tmpdir(), 'spotlet-bench-connect-')), 'trace');
const chain = await connectChain(emu, true, traceFile);
const { s, ctl } = chain;
const trace = () => outputTrace(traceFile);
/** When the first sample written after `t0` is heard (a fresh output starts playing at its first write). */
const firstHeardAfter = (t0: number): number | undefined => {
  const w = trace().writes.find((x) => x.us >= t0);
  return w && (w.us + (w.queued * 1e6) / 44100 - t0) / 1000;
};

const { device } = await connectDevice(emu, chain, 'Bench');
const album = sampleCatalog().contexts.find((c) => c.type === 'album')!;

const plays: number[] = [];
for (let i = 0; i < 5; i++) {
  await ctl.deactivate('bench');
  const t0 = monotonicUs();
  await cloud.command(user, DEVICE_ID, { endpoint: 'play', context: { uri: album.uri } });
  await until(() => firstHeardAfter(t0) !== undefined, 5000, 'first sample');
  plays.push(firstHeardAfter(t0)!);
}
plays.sort((a, b) => a - b);
/** A figure as a fraction of its goal (≤ 1 meets it). */
const ofGoal = (ms: number, goalMs: number): string => `${(ms / goalMs).toFixed(2)}× the goal`;
console.log(
  `app play → first sample heard: median ${plays[2]!.toFixed(1)} ms = ${ofGoal(plays[2]!, 250)}, max ${plays[4]!.toFixed(1)} ms (goal ≤ 250 ms; includes the dealer round trip, context-resolve, metadata, audio key, storage-resolve, CDN)`,
);

// Skip latency: early in a track (the next one not prepared yet) and after the player prepared it (3 s into a
// track, or 1 s before the end of these 3 s tracks).
async function skipLatency(afterMs: number): Promise<number[]> {
  const skips: number[] = [];
  for (let i = 0; i < 5; i++) {
    await ctl.deactivate('bench');
    await cloud.command(user, DEVICE_ID, { endpoint: 'play', context: { uri: album.uri } });
    await new Promise((r) => setTimeout(r, afterMs));
    const t0 = monotonicUs();
    // As the app sends it: over the dealer, answered by the speaker. The output drops the old track's audio
    // (after a fade) and goes on with the new: its first frame is the drop's.
    void cloud.command(user, DEVICE_ID, { endpoint: 'skip_next' });
    const heard = (): number | undefined => {
      const t = trace();
      const drop = t.drops.find((d) => d.us >= t0);
      const at = drop && t.heardAt(drop.frame, drop.us);
      return at && (at - t0) / 1000;
    };
    await until(() => heard() !== undefined, 5000, 'skip');
    skips.push(heard()!);
  }
  return skips.sort((a, b) => a - b);
}
const cold = await skipLatency(700);
const warm = await skipLatency(2300);
console.log(
  `skip → first sample of the next track heard (app's skip_next over the dealer; the old audio fades out in the output); prepared ahead: median ${warm[2]!.toFixed(1)} ms = ${ofGoal(warm[2]!, 100)}, max ${warm[4]!.toFixed(1)} ms (goal ≤ 100 ms); not yet prepared: median ${cold[2]!.toFixed(1)} ms, max ${cold[4]!.toFixed(1)} ms`,
);

// PUTs during steady playback (no commands; the album repeats so it never ends): only track changes cause PUTs.
await ctl.deactivate('bench');
await cloud.command(user, DEVICE_ID, {
  endpoint: 'play',
  context: { uri: album.uri },
  options: { player_options_override: { repeating_context: true } },
});
await new Promise((r) => setTimeout(r, 500));
const before = device.puts;
const seconds = 12;
await new Promise((r) => setTimeout(r, seconds * 1000));
console.log(
  `connect-state PUTs during steady playback: ${(((device.puts - before) * 60) / seconds).toFixed(0)} per minute with ${(sampleCatalog().tracks[0]!.durationMs / 1000).toFixed(0)} s tracks and one refused track per repeat (a PUT per track change and per skipped track, none while a track plays)`,
);
await device.stop();
s.close();
await emu.stop();

// A 3000-track playlist (context-resolve pages of 100, as the emulator serves them): the play needs its first page
// only, whatever the playlist's length.
const longCatalog = Catalog.load(
  makeSampleCatalog(mkdtempSync(join(tmpdir(), 'spotlet-bench-long-')), { tracks: 3, seconds: 3, longPlaylist: 3000 }),
);
const long = longCatalog.contexts.find((c) => c.tracks.length === 3000)!;
const emu2 = await emulator({ catalog: longCatalog });
const traceFile2 = join(mkdtempSync(join(tmpdir(), 'spotlet-bench-long-')), 'trace');
const chain2 = await connectChain(emu2, true, traceFile2);
const { device: device2 } = await connectDevice(emu2, chain2, 'Bench');
const cloud2 = emu2.services.get('dealer') as ConnectCloud;
const sp2 = emu2.services.get('spclient') as SpClientEmulator;
const cdn2 = emu2.services.get('cdn') as CdnServer;
const firstHeardLong = (t0: number): number | undefined => {
  const w = outputTrace(traceFile2).writes.find((x) => x.us >= t0);
  return w && (w.us + (w.queued * 1e6) / 44100 - t0) / 1000;
};
const longPlays: number[] = [];
const askedFirst: { context: number; spclient: number }[] = [];
for (let i = 0; i < 5; i++) {
  await chain2.ctl.deactivate('bench');
  const n0 = sp2.requests.length;
  const c0 = cdn2.requests.length;
  const t0 = monotonicUs();
  // From a different track each time, so nothing is prepared ahead.
  await cloud2.command(user, DEVICE_ID, {
    endpoint: 'play',
    context: { uri: long.uri },
    options: { skip_to: { track_index: i * 3 } },
  });
  await until(() => firstHeardLong(t0) !== undefined && cdn2.requests.length > c0, 5000, 'first sample');
  longPlays.push(firstHeardLong(t0)!);
  const firstRange = cdn2.requests[c0]!.at;
  const asked = sp2.requests.slice(n0).filter((r) => r.at < firstRange);
  askedFirst.push({
    context: asked.filter((r) => r.path.startsWith('/context-resolve/')).length,
    spclient: asked.filter((r) => !r.path.startsWith('/connect-state/')).length,
  });
}
longPlays.sort((a, b) => a - b);
console.log(
  `app play of a 3000-track playlist → first sample heard: median ${longPlays[2]!.toFixed(1)} ms = ${ofGoal(longPlays[2]!, 250)}, max ${longPlays[4]!.toFixed(1)} ms (goal ≤ 250 ms); spclient requests before the first CDN range: ${Math.max(...askedFirst.map((b) => b.context))} context page at most (goal ≤ 1), ${Math.max(...askedFirst.map((b) => b.spclient))} in all (context-resolve, extended-metadata, storage-resolve; connect-state PUTs not counted)`,
);
await device2.stop();
chain2.s.close();
await emu2.stop();
process.exit(0);
