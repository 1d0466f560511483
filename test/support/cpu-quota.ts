/**
 * A Pi-class CPU for benchmarks: a cgroup v1 CPU quota (`cpu.cfs_quota_us` over a 100 ms period, e.g. 15 % of
 * one core, roughly a Pi Zero 2 W's budget for the speaker). Commands run inside it from their first
 * instruction, and so do their children (the output program). Named with our process id so parallel runs do
 * not collide; `destroy` kills what is left in it and removes it.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { accessSync, constants, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CPU_ROOT = '/sys/fs/cgroup/cpu';
const PERIOD_US = 100_000;
/** cgroup v1's largest CPU weight (a task of the root weighs 1024). */
const SHARES = 262_144;

export class CpuQuota {
  readonly dir: string;

  constructor(
    readonly percent: number,
    tag: string,
  ) {
    this.dir = join(CPU_ROOT, `spotlet-${tag}-${process.pid}`);
  }

  /** Whether this machine has a cgroup v1 CPU controller we may create groups in. */
  static available(): boolean {
    try {
      accessSync(join(CPU_ROOT, 'cpu.cfs_quota_us'), constants.R_OK);
      accessSync(CPU_ROOT, constants.W_OK);
      return process.getuid?.() === 0;
    } catch {
      return false;
    }
  }

  create(): this {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, 'cpu.cfs_period_us'), String(PERIOD_US));
    writeFileSync(join(this.dir, 'cpu.cfs_quota_us'), String(Math.round((PERIOD_US * this.percent) / 100)));
    // A group weighs as much as one task of the root against everything else running on this shared machine;
    // a Pi runs the speaker alone: its share is raised, so the quota, not the neighbours, is what limits it.
    writeFileSync(join(this.dir, 'cpu.shares'), String(SHARES));
    process.once('exit', () => this.destroy());
    return this;
  }

  /** Runs `cmd` inside the quota: a shell joins the group, then becomes the command. */
  spawn(cmd: string, args: string[], opts: SpawnOptions = {}): ChildProcess {
    return spawn('sh', ['-c', 'echo $$ > "$0/cgroup.procs" && exec "$@"', this.dir, cmd, ...args], opts);
  }

  /** Periods the group ran in, how many of them it was throttled in, and for how long in all (ms). */
  stat(): { periods: number; throttled: number; throttledMs: number } {
    const s = Object.fromEntries(
      readFileSync(join(this.dir, 'cpu.stat'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split(' ') as [string, string]),
    );
    return {
      periods: Number(s.nr_periods),
      throttled: Number(s.nr_throttled),
      throttledMs: Number(s.throttled_time) / 1e6,
    };
  }

  destroy(): void {
    try {
      for (const pid of readFileSync(join(this.dir, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean))
        try {
          process.kill(Number(pid), 'SIGKILL');
        } catch {}
      // A killed task leaves the group a moment after the signal.
      for (let i = 0; i < 200; i++) {
        try {
          rmdirSync(this.dir);
          return;
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        }
      }
    } catch {}
  }
}
