/**
 * What the benchmarks share: music-like test files of the 320 kbit/s class, a catalog of a 6-minute track for
 * the emulator, figures as medians with their ratio to the goal, the machine's load, and running a measurement
 * in a process of its own, unconfined or under a Pi-class CPU quota.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Catalog } from '../../tools/emulator/catalog.js';
import { CpuQuota } from '../support/cpu-quota.js';

/** The CPU budget of a small board (roughly a Pi Zero 2 W's for the speaker): 15 % of one core here. */
export const SMALL_BOARD_PERCENT = 15;

/** A figure as a fraction of its goal (≤ 1 meets it). */
export const ofGoal = (value: number, goal: number): string => `${(value / goal).toFixed(2)}× the goal`;
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
export const machineLoad = (): string =>
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on this shared machine`;

/**
 * Music-like test audio in `dir`: 60 s of two sweeps over pink and brown noise (m.wav), the same at oggenc -q 9
 * (q9.ogg, the 320 kbit/s class) and six minutes of it (long.ogg; long160.ogg at -q 5, the 160 kbit/s class).
 */
export function benchMusic(dir: string): { wav: string; q9: string; long: string; long160: string } {
  const at = (f: string): string => join(dir, f);
  const sox = (...args: string[]): void => void execFileSync('sox', ['-q', ...args]);
  if (!existsSync(at('long160.ogg'))) {
    mkdirSync(dir, { recursive: true });
    const gen = ['-n', '-r', '44100', '-c', '2', '-b', '16'];
    sox(...gen, at('a.wav'), 'synth', '60', 'sine', '220:880', 'sine', '330:660');
    sox(...gen, at('n.wav'), 'synth', '60', 'pinknoise', 'brownnoise');
    sox('-m', '-v', '0.5', at('a.wav'), '-v', '0.2', at('n.wav'), at('m.wav'));
    execFileSync('oggenc', ['-Q', '-q', '9', '-o', at('q9.ogg'), at('m.wav')]);
    sox(at('m.wav'), at('long.wav'), 'repeat', '5');
    execFileSync('oggenc', ['-Q', '-q', '9', '-o', at('long.ogg'), at('long.wav')]);
    execFileSync('oggenc', ['-Q', '-q', '5', '-o', at('long160.ogg'), at('long.wav')]);
  }
  return { wav: at('m.wav'), q9: at('q9.ogg'), long: at('long.ogg'), long160: at('long160.ogg') };
}

/** The URI of the 6-minute track and of its album. */
export const LONG_TRACK = 'spotify:track:4uLU6hMCjMI75M1A2tKUQC';
export const LONG_ALBUM = 'spotify:album:1ATL5GLyefJaxhQzSPVrLX';

/**
 * A catalog of the 6-minute track as a 320 and a 160 kbit/s file on an album of its own, with ReplayGain data that boosts it
 * by 3 dB: with normalisation on, the limiter has loud passages to act on.
 */
export function longCatalog(dir: string): Catalog {
  const music = benchMusic(dir);
  const catDir = join(dir, 'long-catalog');
  mkdirSync(catDir, { recursive: true });
  writeFileSync(
    join(catDir, 'catalog.json'),
    JSON.stringify({
      tracks: [
        {
          uri: LONG_TRACK,
          name: 'Long',
          artists: ['Bench'],
          album: LONG_ALBUM,
          files: [
            { format: 'OGG_VORBIS_320', path: music.long },
            { format: 'OGG_VORBIS_160', path: music.long160 },
          ],
          normalisation: { trackGainDb: 3, trackPeak: 1, albumGainDb: 3, albumPeak: 1 },
        },
      ],
      albums: [{ uri: LONG_ALBUM, name: 'Long', artists: ['Bench'], tracks: [LONG_TRACK] }],
    }),
  );
  return Catalog.load(catDir);
}

/** Where a measurement runs: unconfined, or inside a CPU quota (null when this machine has no cgroups). */
export type Confinement = { name: string; quota: CpuQuota | undefined } | null;

/** The rounds to measure: unconfined, then under the small board's quota where the machine allows it. */
export function confinements(tag: string): { unconfined: Confinement; smallBoard: Confinement } {
  const quota = CpuQuota.available() ? new CpuQuota(SMALL_BOARD_PERCENT, tag).create() : undefined;
  return {
    unconfined: { name: 'unconfined', quota: undefined },
    smallBoard: quota ? { name: `under a ${SMALL_BOARD_PERCENT} % CPU quota`, quota } : null,
  };
}

/**
 * Runs this benchmark file again as `node FILE ...args` (inside the quota if any) and returns the JSON object on
 * the last line it prints.
 */
export async function measureIn<T>(where: NonNullable<Confinement>, file: string, args: string[]): Promise<T> {
  const argv = ['--expose-gc', file, ...args];
  const child = where.quota
    ? where.quota.spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'inherit'] })
    : spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  const last = out.trim().split('\n').at(-1);
  if (code !== 0 || !last) throw new Error(`measurement ${args[0]} failed (exit ${code}): ${out.slice(-500)}`);
  return JSON.parse(last) as T;
}

/** CPU time (ms) a process has used so far, all its threads (utime + stime, in Linux's 100 Hz ticks). */
export function cpuMsOf(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}

/** The child processes of `pid` (e.g. the speaker's output program). */
export function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
