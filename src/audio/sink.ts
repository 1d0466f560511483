/**
 * Audio sinks: where S16LE 44.1 kHz stereo goes. ALSA output runs in a child process (our own program, see
 * native-sink.ts; `aplay`; or the `speaker` module in a child of our own), because the `speaker` addon aborts
 * the whole process when ALSA cannot open its device and blocks the event loop on close: a missing or failing
 * DAC must never take the speaker down. A file/pipe sink serves Snapcast.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { closeSync, constants, createWriteStream, open, openSync, statSync, type WriteStream } from 'node:fs';
import { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { monotonicMs } from '../core/clock.js';
import { SpotletError } from '../core/errors.js';
import type { Logger } from '../core/log.js';

export const BYTES_PER_SECOND = 44100 * 4;

/**
 * When audio written to a real-time output will have been played, on the monotonic clock: a wall clock NTP
 * jumps (a Pi has no real-time clock) must neither stall the output nor let it run ahead.
 */
class PlayoutClock {
  #drainAt = 0;

  /** `bytes` more were written (after a pause the device ran dry: the clock restarts from now). */
  wrote(bytes: number): void {
    this.#drainAt = Math.max(this.#drainAt, monotonicMs()) + (bytes / BYTES_PER_SECOND) * 1000;
  }

  /** Written but not played yet (ms). */
  aheadMs(): number {
    return Math.max(0, this.#drainAt - monotonicMs());
  }

  /** Waits until no more than `ms` is written ahead of the clock. */
  async keepWithin(ms: number): Promise<void> {
    const excess = this.aheadMs() - ms;
    if (excess > 0) await new Promise((r) => setTimeout(r, excess));
  }
}

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

/** How long an open of the FIFO waits for a reader (snapserver looks for a writer every 100 ms). */
const PIPE_OPEN_WAIT_MS = 300;
/** With no reader, opening the FIFO is tried again this often. */
const PIPE_RETRY_MS = 1000;
/** How far writes to a FIFO run ahead of the playout clock: less than a pipe holds, so a reader never blocks them. */
const PIPE_AHEAD_MS = 300;
/** A reader that lets this much queue up behind the pipe has stopped reading (1 s of audio). */
const PIPE_STALLED_BYTES = BYTES_PER_SECOND;

/**
 * Writes raw S16LE to a file, or to a FIFO read in real time (Snapcast's pipe source). A FIFO is written at
 * the pace of the playout clock and never waited on: while nobody reads it (snapserver not running, restarting or
 * stuck) the audio is dropped at that pace and a reader is looked for again every second, so the player goes
 * on as if it played. A plain file is written as fast as it takes it.
 */
export class FileSink extends EventEmitter<SinkEvents> implements Sink {
  #path: string;
  #log: Logger | undefined;
  #out: WriteStream | undefined;
  /** The FIFO, open for writing. */
  #pipe: Socket | undefined;
  #fifo = false;
  #opening = false;
  /** Whether the FIFO had a reader when last seen (a change is logged). */
  #reader: boolean | undefined;
  #clock = new PlayoutClock();
  #retryAt = 0;
  #closed = false;
  written = 0;

  constructor(path: string, log?: Logger) {
    super();
    this.#path = path;
    this.#log = log;
    try {
      this.#fifo = statSync(path).isFIFO();
    } catch {}
    if (this.#fifo) this.#openPipe();
    else {
      this.#out = createWriteStream(path, { flags: 'a' });
      this.#out.on('error', (err) => this.emit('error', new SinkError(`file sink ${path}: ${err.message}`)));
    }
  }

  /** Audio handed to a FIFO is heard as the playout clock says; a file has no clock: written counts as played. */
  bufferedMs(): number {
    return this.#fifo ? this.#clock.aheadMs() : 0;
  }

  async write(pcm: Buffer): Promise<void> {
    this.written += pcm.length;
    const out = this.#out;
    if (out) {
      if (!out.write(pcm)) await new Promise((resolve) => out.once('drain', resolve));
      return;
    }
    this.#clock.wrote(pcm.length);
    const pipe = this.#pipe;
    if (pipe) {
      if (pipe.writableLength > PIPE_STALLED_BYTES) this.#noReader(pipe, 'stopped reading');
      else
        pipe.write(pcm, (err) => {
          if (!err) this.#readerSeen();
        });
    } else if (!this.#closed && monotonicMs() >= this.#retryAt) this.#openPipe();
    await this.#clock.keepWithin(PIPE_AHEAD_MS);
  }

  /**
   * Opens the FIFO for writing. The open waits (in Node's thread pool) until a reader opens it too, as a
   * writer must for snapserver to take it; after a while it is let go by being that reader for a moment, and
   * the first write then finds out whether a real one came.
   */
  #openPipe(): void {
    if (this.#opening) return;
    this.#opening = true;
    const letGo = setTimeout(() => {
      try {
        closeSync(openSync(this.#path, constants.O_RDONLY | constants.O_NONBLOCK));
      } catch {}
    }, PIPE_OPEN_WAIT_MS);
    open(this.#path, constants.O_WRONLY, (err, fd) => {
      clearTimeout(letGo);
      this.#opening = false;
      if (err) {
        this.#retryAt = monotonicMs() + PIPE_RETRY_MS;
        this.emit('error', new SinkError(`file sink ${this.#path}: ${err.message}`));
        return;
      }
      if (this.#closed) return closeSync(fd);
      const pipe = new Socket({ fd, readable: false, writable: true });
      pipe.on('error', (e) => this.#noReader(pipe, e.message));
      this.#pipe = pipe;
    });
  }

  #readerSeen(): void {
    if (this.#reader === false) this.#log?.info('audio pipe read again', { path: this.#path });
    this.#reader = true;
  }

  /** Nobody reads the FIFO (any more): the audio is dropped from here on, and a reader looked for again later. */
  #noReader(pipe: Socket, why: string): void {
    if (pipe !== this.#pipe) return;
    pipe.destroy();
    this.#pipe = undefined;
    this.#retryAt = monotonicMs() + PIPE_RETRY_MS;
    if (this.#reader !== false)
      this.#log?.warn('audio pipe has no reader; audio is dropped until one opens it', { path: this.#path, why });
    this.#reader = false;
  }

  close(): Promise<void> {
    this.#closed = true;
    const out = this.#out;
    if (out) return new Promise((resolve) => out.end(resolve));
    const pipe = this.#pipe;
    this.#pipe = undefined;
    if (!pipe) return Promise.resolve();
    // What is queued goes to the reader, unless it stopped reading.
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        pipe.destroy();
        resolve();
      }, PIPE_OPEN_WAIT_MS + PIPE_RETRY_MS);
      pipe.end(() => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  /** A file keeps what it got; a FIFO is let go at once (what the pipe already holds is the reader's). */
  discard(): Promise<void> {
    if (this.#out) return this.close();
    this.#closed = true;
    this.#pipe?.destroy();
    this.#pipe = undefined;
    return Promise.resolve();
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
  /** When everything written so far will have been played (a real-time device). */
  #clock = new PlayoutClock();
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
    this.#clock.wrote(pcm.length);
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
    // ALSA holds 0.5 s itself.
    if (this.#opts.pace) await this.#clock.keepWithin(500 + this.#opts.maxAheadMs);
    if (this.#dead) throw this.#dead;
  }

  bufferedMs(): number {
    return this.#opts.pace ? this.#clock.aheadMs() : 0;
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
