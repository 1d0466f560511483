/**
 * The event hook: runs the configured program for each player event, with librespot's `--onevent`
 * environment. Off the audio path: an event is queued where it happens and the program is started later,
 * one run at a time in event order, each within a time limit. The program is executed directly (no shell,
 * no arguments); a hook that fails, hangs or cannot start is logged and changes nothing else.
 */
import { spawn } from 'node:child_process';
import { errorMessage } from '../core/errors.js';
import { ThrottledLog, type Logger } from '../core/log.js';
import type { SpeakerPort } from '../port/index.js';
import { PlayerEventEnv, type HookEnv } from './player-event-env.js';

export interface EventHookOptions {
  /** Absolute path of the program. */
  program: string;
  timeoutMs: number;
  port: SpeakerPort;
  log: Logger;
  /** Environment the event's variables are added to (default: the speaker's own, without its secrets). */
  env?: NodeJS.ProcessEnv;
  /** Events waiting beyond this many drop the oldest (a hook far slower than the events). */
  maxQueued?: number;
}

/** After SIGTERM, this long before SIGKILL. */
const KILL_GRACE_MS = 2000;

/** The speaker's environment for the hook: without the variables that can hold secrets (tokens). */
function hookBaseEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([k]) => k !== 'SPOTIFY_TOKEN' && !k.startsWith('SPOTLET_')),
  ) as NodeJS.ProcessEnv;
}

export class EventHook {
  #o: EventHookOptions & { maxQueued: number };
  #env: NodeJS.ProcessEnv;
  #queue: HookEnv[] = [];
  #running: Promise<void> | undefined;
  #unsubscribe: (() => void) | undefined;
  #warnings: ThrottledLog;
  /** The run under way, to stop it at shutdown. */
  #kill: (() => void) | undefined;
  /** Runs finished (for tests and logs). */
  runs = 0;

  constructor(o: EventHookOptions) {
    this.#o = { maxQueued: 100, ...o };
    this.#env = hookBaseEnv(o.env ?? process.env);
    this.#warnings = new ThrottledLog(o.log, 'event hook');
  }

  start(): void {
    const events = new PlayerEventEnv();
    this.#unsubscribe ??= this.#o.port.subscribe((event) => {
      for (const env of events.of(event)) this.#enqueue(env);
    });
    this.#o.log.info('event hook', { program: this.#o.program, timeoutMs: this.#o.timeoutMs });
  }

  /** No more runs: queued events are dropped, the run under way is stopped. */
  async stop(): Promise<void> {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#queue = [];
    this.#kill?.();
    await this.#running;
  }

  /** Resolves once every queued event has been run (tests; shutdown uses `stop`). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  #enqueue(env: HookEnv): void {
    this.#queue.push(env);
    if (this.#queue.length > this.#o.maxQueued) {
      const dropped = this.#queue.shift()!;
      this.#warnings.warn('event hook behind; oldest event dropped', { event: dropped.PLAYER_EVENT });
    }
    // Started from the event loop, never inside the event's own call (the player's or a controller's).
    this.#running ??= new Promise<void>((r) => setImmediate(r)).then(() => this.#drain());
  }

  async #drain(): Promise<void> {
    for (let env = this.#queue.shift(); env; env = this.#queue.shift()) await this.#run(env);
    this.#running = undefined;
  }

  #run(vars: HookEnv): Promise<void> {
    const event = vars.PLAYER_EVENT;
    return new Promise((resolve) => {
      let stderr = '';
      let timedOut = false;
      let child;
      try {
        // detached: the hook is the leader of its own process group, so a timeout stops what it started too.
        child = spawn(this.#o.program, [], {
          env: { ...this.#env, ...vars },
          stdio: ['ignore', 'ignore', 'pipe'],
          detached: true,
          shell: false,
        });
      } catch (err) {
        this.#warnings.warn('event hook could not start', { event, reason: errorMessage(err) });
        return resolve();
      }
      const group = (signal: NodeJS.Signals): void => {
        try {
          if (child.pid) process.kill(-child.pid, signal);
        } catch {}
      };
      let killTimer: NodeJS.Timeout | undefined;
      const stopIt = (): void => {
        group('SIGTERM');
        killTimer ??= setTimeout(() => group('SIGKILL'), KILL_GRACE_MS);
      };
      const timer = setTimeout(() => {
        timedOut = true;
        stopIt();
      }, this.#o.timeoutMs);
      this.#kill = stopIt;
      child.stderr!.on('data', (d: Buffer) => {
        stderr = (stderr + d.toString('utf8')).slice(-300);
      });
      let finished = false;
      const done = (): void => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        clearTimeout(killTimer);
        this.#kill = undefined;
        this.runs++;
        resolve();
      };
      child.once('error', (err) => {
        this.#warnings.warn('event hook could not start', { event, program: this.#o.program, reason: err.message });
        done();
      });
      // 'exit', not 'close': a background child of the hook may hold its stderr open for longer.
      child.once('exit', (code, signal) => {
        if (timedOut) {
          this.#warnings.warn('event hook timed out; stopped', { event, timeoutMs: this.#o.timeoutMs });
          // What the hook left running in its group goes too.
          group('SIGKILL');
        } else if (code !== 0)
          this.#warnings.warn('event hook failed', { event, exit: signal ?? code, stderr: stderr.trim() });
        done();
      });
    });
  }
}
