/**
 * Connect benchmarks on loopback against the emulator, timed at what a listener hears (the native output's trace
 * of its writes to ALSA and a model DAC): the app's `play` → first sample heard, skip → first sample of the next
 * track heard (the old audio fades out and is dropped in the output, which stays open) with and without the next
 * track prepared ahead, and connect-state PUTs per minute of steady playback.
 * Goals: play → first sample ≤ 250 ms; skip ≤ 100 ms.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setLogLevel } from '../../src/core/log.js';
import type { ConnectCloud } from '../../tools/emulator/index.js';
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
process.exit(0);
