/**
 * Audio sinks: where S16LE 44.1 kHz stereo goes. ALSA output runs in a child process (our own program, see
 * native-sink.ts; `aplay`; or the `speaker` module in a child of our own), because the `speaker` addon aborts
 * the whole process when ALSA cannot open its device and blocks the event loop on close: a missing or failing
 * DAC must never take the speaker down. A file/pipe sink serves Snapcast.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SpotletError } from '../core/errors.js';

export const BYTES_PER_SECOND = 44100 * 4;

export class SinkError extends SpotletError {
  constructor(message: string) {
    super('ERR_AUDIO_SINK', message);
  }
}

export interface SinkEvents {
  error: [err: SinkError];
  /** The DAC ran dry mid-stream `count` more times (`total` since the output opened): a gap was heard. */
  underrun: [count: number, total: number];
}

/**
 * What an output that holds its own queue in front of the DAC can do there (the native backend): act on audio
 * already written, so pause, skip and volume are heard at once instead of after what the output buffers.
 */
export interface SinkControl {
  /** Fades out over `fadeMs` and holds the rest (writes are then held back by backpressure). */
  pause(fadeMs: number): void;
  /** Fades back in over `fadeMs` from the first frame held. */
  resume(fadeMs: number): void;
  /** Fades out over `fadeMs` and discards everything written so far; what is written next plays. */
  drop(fadeMs: number): void;
  /** Scales the samples by `factor` (0..1) from the frame playing now on. */
  setGain(factor: number): void;
}

/** Where PCM goes. `write` resolves when the sink accepted the data (backpressure). */
export interface Sink extends EventEmitter<SinkEvents> {
  write(pcm: Buffer): Promise<void>;
  /** Plays out what is buffered and closes. */
  close(): Promise<void>;
  /** Closes at once, dropping what is buffered: after a skip or seek the new audio must not wait behind it. */
  discard(): Promise<void>;
  /** Bytes accepted so far. */
  readonly written: number;
  /** Audio accepted but not heard yet (ms), for an exact playback position. */
  bufferedMs(): number;
  /** Present when the output can pause, drop and scale what it already holds. */
  readonly control?: SinkControl;
}

/** Writes raw S16LE to a file or FIFO (Snapcast reads such a pipe). */
export class FileSink extends EventEmitter<SinkEvents> implements Sink {
  #out: WriteStream;
  written = 0;

  constructor(path: string) {
    super();
    this.#out = createWriteStream(path, { flags: 'a' });
    this.#out.on('error', (err) => this.emit('error', new SinkError(`file sink ${path}: ${err.message}`)));
  }

  /** A file or FIFO has no clock of its own: what was written counts as played. */
  bufferedMs(): number {
    return 0;
  }

  write(pcm: Buffer): Promise<void> {
    this.written += pcm.length;
    return new Promise((resolve) => {
      if (this.#out.write(pcm)) resolve();
      else this.#out.once('drain', resolve);
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.#out.end(resolve));
  }

  /** Nothing waits in a file or FIFO to be dropped. */
  discard(): Promise<void> {
    return this.close();
  }
}

export type AlsaBackend = 'aplay' | 'speaker';

export interface AlsaSinkOptions {
  device: string;
  backend: AlsaBackend;
  /**
   * Keep at most this much audio queued ahead of the wall clock (beyond ALSA's own 0.5 s buffer), so pause,
   * seek and volume act quickly: the pipe to the child would otherwise hold ~1 s more.
   */
  maxAheadMs?: number;
  /** Pace writes by the wall clock (off for devices that do not play in real time, e.g. a file PCM). */
  pace?: boolean;
  /** Environment of the child (ALSA reads ~/.asoundrc through HOME). */
  env?: NodeJS.ProcessEnv;
}

// Found from dist/src/<part>/, which both this module and the image's bundle (dist/src/cli/) are one level under.
const SPEAKER_CHILD = fileURLToPath(new URL('../audio/speaker-child.js', import.meta.url));

/** ALSA output in a child process; a dead child is reported once as an error, never thrown at the caller. */
export class AlsaSink extends EventEmitter<SinkEvents> implements Sink {
  #child: ChildProcess;
  #opts: Required<Omit<AlsaSinkOptions, 'env'>>;
  /** Wall-clock time at which everything written so far will have been played (a real-time device). */
  #drainAt = 0;
  #dead: SinkError | undefined;
  #stderr = '';
  written = 0;

  constructor(opts: AlsaSinkOptions) {
    super();
    const { env, ...rest } = opts;
    this.#opts = { maxAheadMs: 200, pace: true, ...rest };
    const [cmd, args] =
      opts.backend === 'aplay'
        ? [
            'aplay',
            ['-q', '-t', 'raw', '-f', 'S16_LE', '-r', '44100', '-c', '2', '-D', opts.device, '--buffer-time=500000'],
          ]
        : [process.execPath, [SPEAKER_CHILD, opts.device]];
    this.#child = spawn(cmd, args as string[], { stdio: ['pipe', 'ignore', 'pipe'], env: env ?? process.env });
    this.#child.stderr!.on('data', (d: Buffer) => {
      this.#stderr = (this.#stderr + d.toString()).slice(-500);
    });
    this.#child.stdin!.on('error', () => {});
    const fail = (why: string): void => {
      if (this.#dead) return;
      this.#dead = new SinkError(
        `ALSA output (${opts.backend}, device ${opts.device}) ${why}${this.#stderr ? `: ${this.#stderr.trim()}` : ''}`,
      );
      this.emit('error', this.#dead);
    };
    this.#child.on('error', (err) => fail(`could not start: ${err.message}`));
    this.#child.on('exit', (code, signal) => fail(`exited (${signal ?? code})`));
  }

  async write(pcm: Buffer): Promise<void> {
    if (this.#dead) throw this.#dead;
    this.written += pcm.length;
    // After a pause the device ran dry: the clock restarts from now, not from the first write.
    this.#drainAt = Math.max(this.#drainAt, Date.now()) + (pcm.length / BYTES_PER_SECOND) * 1000;
    const ok = this.#child.stdin!.write(pcm);
    if (!ok)
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.#child.stdin!.off('drain', done);
          this.off('error', done);
          resolve();
        };
        this.#child.stdin!.on('drain', done);
        this.on('error', done);
      });
    if (this.#opts.pace) {
      const excess = this.bufferedMs() - 500 - this.#opts.maxAheadMs;
      if (excess > 0) await new Promise((r) => setTimeout(r, excess));
    }
    if (this.#dead) throw this.#dead;
  }

  bufferedMs(): number {
    return this.#opts.pace ? Math.max(0, this.#drainAt - Date.now()) : 0;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.#dead || this.#child.exitCode !== null) return resolve();
      const t = setTimeout(() => this.#child.kill('SIGKILL'), 3000);
      this.#child.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
      this.#dead = new SinkError('closed');
      this.#child.stdin!.end();
    });
  }

  /** Kills the child: ALSA and the pipe drop what they hold (the device is free again once it has exited). */
  discard(): Promise<void> {
    return new Promise((resolve) => {
      if (this.#child.exitCode !== null || this.#child.signalCode !== null) return resolve();
      this.#child.once('exit', () => resolve());
      this.#dead ??= new SinkError('closed');
      this.#child.kill('SIGKILL');
    });
  }
}
