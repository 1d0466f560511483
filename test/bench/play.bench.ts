/**
 * The first play after a user logs in, as a new user lives it: the whole speaker in a process of its own, as the
 * image ships it (bundled), on a fresh state; a phone finds it and logs in with zeroconf addUser, and 2 s after the
 * speaker's device appears in the user's cluster the app sends `play` for an album of a 6-minute 320 kbit/s track
 * (+3 dB ReplayGain), with normalisation (dynamic limiter) on and volume 80. Timed at the first sample a listener hears
 * (the native output's trace and a model DAC); then 15 s of playback, with the dropouts the output counts where it
 * feeds ALSA and the CPU of the speaker and of its output program. Unconfined, and under a 15 % CPU quota (the
 * speaker and its output inside it; the emulator outside) where the machine has cgroups. A fresh speaker per run.
 * Goals: first sound ≤ 250 ms unconfined, ≤ 1 s under the quota; no dropout.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUTH_TYPE } from '../../src/ap/index.js';
import { setLogLevel } from '../../src/core/log.js';
import { startEmulator, type ConnectCloud } from '../../tools/emulator/index.js';
import { getInfo, loginToSpeaker } from '../../tools/phone/index.js';
import { until } from '../ap/helpers.js';
import { alsaCapture, monotonicUs, outputTrace } from '../audio/support.js';
import { REPO_ROOT } from '../support/vectors.js';
import { bundledSpeaker } from '../support/bundled-speaker.js';
import {
  childrenOf,
  confinements,
  cpuMsOf,
  LONG_ALBUM,
  longCatalog,
  machineLoad,
  median,
  ofGoal,
  type Confinement,
} from './support.js';
import { freePort } from '../support/free-port.js';

setLogLevel('error');
console.log(machineLoad());
const emu = await startEmulator({ catalog: longCatalog(join(tmpdir(), 'spotlet-bench-music')) });
const cloud = emu.services.get('dealer') as ConnectCloud;
const account = emu.accounts.list.find((a) => a.premium)!;
const { entry } = bundledSpeaker(REPO_ROOT);
const PLAY_SECONDS = 15;
/** From start to the speaker's mDNS announcement (probes 250 ms apart, then the announcement): ~1.3 s. */
const ANNOUNCED_MS = 2000;

interface Run {
  firstMs: number;
  /** When each dropout was heard (s after the first sample). */
  dropouts: number[];
  speakerPct: number;
  outputPct: number;
}

async function firstPlay(where: NonNullable<Confinement>): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-bench-play-'));
  const cap = alsaCapture();
  const trace = join(dir, 'trace');
  writeFileSync(join(dir, 'ap.pem'), emu.apPublicKeyPem);
  const port = await freePort();
  writeFileSync(
    join(dir, 'spotlet.conf'),
    [
      'name = Bench',
      emu.configIni(join(dir, 'ap.pem')),
      `[zeroconf]\nport = ${port}\ninterfaces = lo`,
      `[audio]\nbitrate = 320\nnormalisation = true\ninitial_volume = ${Math.round(0.8 * 65535)}\noutput_trace = ${trace}`,
    ].join('\n'),
  );
  const argv = [
    entry,
    '--config',
    join(dir, 'spotlet.conf'),
    '--state-dir',
    join(dir, 'state'),
    '--log-level',
    'error',
  ];
  const speaker = where.quota
    ? where.quota.spawn(process.execPath, argv, { stdio: 'ignore', env: cap.env })
    : spawn(process.execPath, argv, { stdio: 'ignore', env: cap.env });
  try {
    const url = `http://127.0.0.1:${port}/`;
    let deviceId = '';
    for (const end = Date.now() + 20_000; !deviceId; await new Promise((r) => setTimeout(r, 5))) {
      deviceId = await getInfo(url).then(
        (i) => String(i.body.deviceID ?? ''),
        () => '',
      );
      if (Date.now() > end) throw new Error('the speaker never answered getInfo');
    }
    // A phone logs in once it has found the speaker by its mDNS announcement, which follows three probes.
    await new Promise((r) => setTimeout(r, ANNOUNCED_MS));
    await loginToSpeaker(url, {
      userName: account.username,
      authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS,
      authData: account.storedCredential,
    });
    await until(
      () => cloud.puts.some((p) => p.deviceId === deviceId && p.reason === 'NEW_DEVICE'),
      20_000,
      'the device in the cluster',
    );
    await new Promise((r) => setTimeout(r, 2000)); // the user opens the app and picks the speaker
    const t0 = monotonicUs();
    await cloud.command(
      account.username,
      deviceId,
      { endpoint: 'play', context: { uri: LONG_ALBUM } },
      'bench',
      20_000,
    );
    await until(() => existsSync(trace) && outputTrace(trace).writes.length > 0, 20_000, 'the first sample');
    const w = outputTrace(trace).writes[0]!;
    const firstMs = (w.us + (w.queued * 1e6) / 44100 - t0) / 1000;
    const output = childrenOf(speaker.pid!)[0]!;
    const cpu0 = cpuMsOf(speaker.pid!);
    const out0 = cpuMsOf(output);
    const w0 = performance.now();
    await new Promise((r) => setTimeout(r, PLAY_SECONDS * 1000));
    const wallMs = performance.now() - w0;
    const dropouts = readFileSync(trace, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('u '))
      .map((l) => (Number(l.split(' ')[1]) - w.us) / 1e6);
    return {
      firstMs,
      dropouts,
      speakerPct: ((cpuMsOf(speaker.pid!) - cpu0) / wallMs) * 100,
      outputPct: ((cpuMsOf(output) - out0) / wallMs) * 100,
    };
  } finally {
    speaker.kill('SIGKILL');
    await new Promise((r) => speaker.once('exit', r));
  }
}

async function report(where: Confinement, firstGoal: number): Promise<void> {
  if (!where) {
    console.log('\n### under a CPU quota: skipped: no cgroup');
    return;
  }
  console.log(`\n### ${where.name}`);
  const runs: Run[] = [];
  for (let i = 0; i < 3; i++) runs.push(await firstPlay(where));
  const first = runs.map((r) => r.firstMs);
  console.log(
    `first play after login → first sample heard: median ${median(first).toFixed(0)} ms = ${ofGoal(median(first), firstGoal)}, max ${Math.max(...first).toFixed(0)} ms (goal ≤ ${firstGoal} ms; ${runs.length} fresh speakers; includes the dealer round trip, context-resolve, metadata, audio key, storage-resolve, CDN)`,
  );
  console.log(
    `dropouts from the first sample on, ${PLAY_SECONDS} s of 320 kbit/s with normalisation and volume 80: ${runs.map((r) => (r.dropouts.length ? `${r.dropouts.length} (at ${r.dropouts.map((t) => `${t.toFixed(1)} s`).join(', ')})` : '0')).join('; ')} (goal 0)`,
  );
  console.log(
    `CPU while playing: speaker ${median(runs.map((r) => r.speakerPct)).toFixed(2)} %, output program ${median(runs.map((r) => r.outputPct)).toFixed(2)} % of one core`,
  );
  if (where.quota) {
    const st = where.quota.stat();
    console.log(`  (the quota throttled the group in ${st.throttled} of ${st.periods} periods)`);
  }
}

const rounds = confinements('play');
await report(rounds.unconfined, 250);
await report(rounds.smallBoard, 1000);
rounds.smallBoard?.quota?.destroy();
await emu.stop();
console.log(machineLoad());
process.exit(0);
