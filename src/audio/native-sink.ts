/**
 * The native ALSA output: `spotlet-alsa-out` (alsa-out.c), our own small program in a child process (a missing
 * or failing DAC ends that process, never the speaker). It feeds ALSA ~400 ms ahead of the DAC, so a CPU taken
 * away for a while does not run it dry, and a pause, skip, stop or volume change takes back what ALSA has not
 * played beyond the lead (~30 ms) and acts from there: heard within the lead and a short fade. PCM goes on stdin,
 * commands on a pipe (fd 3), the position it plays comes back on stdout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { SinkError, type Sink, type SinkControl, type SinkEvents } from './sink.js';

// Found from dist/src/<part>/, which both this module and the image's bundle (dist/src/cli/) are one level under.
const PROGRAM = fileURLToPath(new URL('../audio/spotlet-alsa-out', import.meta.url));
const FRAMES_PER_MS = 44.1;

export interface NativeSinkOptions {
  device: string;
  /**
   * What ALSA keeps when a command takes back the rest (ms): a command is heard after it. A device that cannot
   * take audio back is fed only this far ahead of the DAC.
   */
  leadMs?: number;
  /** From silence, the DAC starts once this much is written (ms), so the speaker's first burst of work is over. */
  startMs?: number;
  /** File to record every write to ALSA and take-back in (time, frames, frames queued before): tests and benchmarks. */
  trace?: string;
  /**
   * Keep at most this much written ahead of what is heard (ms): the output holds it, so a skip wastes no more
   * and the player's track changes are reported no earlier than this.
   */
  maxAheadMs?: number;
  /** Environment of the child (ALSA reads ~/.asoundrc through HOME). */
  env?: NodeJS.ProcessEnv;
}

/** Monotonic µs, the clock of the child's reports (CLOCK_MONOTONIC). */
const nowUs = (): number => Number(process.hrtime.bigint() / 1000n);

export class NativeSink extends EventEmitter<SinkEvents> implements Sink {
  #child: ChildProcess;
  #commands: Writable;
  #dead: SinkError | undefined;
  #stderr = '';
  /** The last report: the stream frame heard at `atUs`, held (paused) or playing. */
  #heard = { frame: 0, atUs: nowUs(), held: false };
  /** Stream frame of the last drop: nothing before it is still to be heard. */
  #droppedTo = 0;
  #maxAheadMs: number;
  /** Emits 'report' on each status line (a write held back while the output holds waits for one). */
  #reports = new EventEmitter();
  /** Dropouts the output counted where it feeds ALSA (the DAC ran dry mid-stream), reported as 'underrun'. */
  underruns = 0;
  written = 0;
  readonly control: SinkControl;

  constructor(opts: NativeSinkOptions) {
    super();
    this.#maxAheadMs = opts.maxAheadMs ?? 500;
    const args = [
      opts.device,
      '--lead-ms',
      String(opts.leadMs ?? 30),
      ...(opts.startMs !== undefined ? ['--start-ms', String(opts.startMs)] : []),
      ...(opts.trace ? ['--trace', opts.trace] : []),
    ];
    this.#child = spawn(PROGRAM, args, { stdio: ['pipe', 'pipe', 'pipe', 'pipe'], env: opts.env ?? process.env });
    this.#commands = this.#child.stdio[3] as Writable;
    this.#commands.on('error', () => {});
    this.#child.stdin!.on('error', () => {});
    this.#child.stderr!.on('data', (d: Buffer) => {
      this.#stderr = (this.#stderr + d.toString()).slice(-500);
    });
    let lines = '';
    this.#child.stdout!.on('data', (d: Buffer) => {
      const all = (lines + d.toString('latin1')).split('\n');
      lines = all.pop()!;
      for (const line of all) this.#report(line);
    });
    const fail = (why: string): void => {
      if (this.#dead) return;
      this.#dead = new SinkError(
        `ALSA output (native, device ${opts.device}) ${why}${this.#stderr ? `: ${this.#stderr.trim()}` : ''}`,
      );
      this.emit('error', this.#dead);
    };
    this.#child.on('error', (err) => fail(`could not start: ${err.message}`));
    this.#child.on('exit', (code, signal) => {
      fail(`exited (${signal ?? code})`);
      this.#reports.emit('report');
    });
    const send = (line: string): void => {
      if (!this.#dead) this.#commands.write(`${line}\n`);
    };
    const frames = (ms: number): number => Math.max(1, Math.round(ms * FRAMES_PER_MS));
    this.control = {
      pause: (fadeMs) => send(`p ${frames(fadeMs)}`),
      resume: (fadeMs) => send(`r ${frames(fadeMs)}`),
      drop: (fadeMs) => {
        this.#droppedTo = this.written / 4;
        send(`f ${frames(fadeMs)}`);
        send(`d ${this.written}`);
      },
      setGain: (factor) => send(`g ${factor.toFixed(6)}`),
    };
  }

  /** "s HEARD T_US HELD UNDERRUNS" */
  #report(line: string): void {
    const [kind, frame, at, held, underruns] = line.split(' ');
    if (kind !== 's') return;
    this.#heard = { frame: Number(frame), atUs: Number(at), held: held === '1' };
    const total = Number(underruns);
    if (total > this.underruns) {
      const count = total - this.underruns;
      this.underruns = total;
      this.emit('underrun', count, total);
    }
    this.#reports.emit('report');
  }

  /** The stream frame being heard now: the last report, moved on by the clock while playing. */
  #heardNow(): number {
    const h = this.#heard;
    const moved = h.held ? 0 : ((nowUs() - h.atUs) / 1000) * FRAMES_PER_MS;
    return Math.min(this.written / 4, Math.max(h.frame + moved, this.#droppedTo));
  }

  bufferedMs(): number {
    return Math.max(0, (this.written / 4 - this.#heardNow()) / FRAMES_PER_MS);
  }

  async write(pcm: Buffer): Promise<void> {
    if (this.#dead) throw this.#dead;
    this.written += pcm.length;
    if (!this.#child.stdin!.write(pcm))
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.#child.stdin!.off('drain', done);
          this.off('error', done);
          resolve();
        };
        this.#child.stdin!.on('drain', done);
        this.on('error', done);
      });
    // Paced by what is heard; while the output holds (paused), until it reports again.
    for (let excess = this.bufferedMs() - this.#maxAheadMs; excess > 0 && !this.#dead; ) {
      await new Promise<void>((resolve) => {
        if (this.#heard.held) this.#reports.once('report', resolve);
        else setTimeout(resolve, excess);
      });
      excess = this.bufferedMs() - this.#maxAheadMs;
    }
    if (this.#dead) throw this.#dead;
  }

  /** Plays out what is written, then the child exits. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.#child.exitCode !== null || this.#child.signalCode !== null) return resolve();
      const t = setTimeout(() => this.#child.kill('SIGKILL'), 5000);
      this.#child.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
      this.#dead ??= new SinkError('closed');
      this.#child.stdin!.end();
      this.#commands.end();
    });
  }

  /** Fades out what plays, drops the rest and exits (the device is free again once it has). */
  discard(): Promise<void> {
    if (!this.#dead) this.control.drop(5);
    return this.close();
  }
}
