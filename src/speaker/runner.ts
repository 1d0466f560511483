/**
 * Runs the speaker until stopped, and restarts it in place when its page saved new settings: the parts stop,
 * the configuration (with the new settings) is read again and the speaker starts anew, its page on the listener
 * the last one handed over, so the browser that saved stays connected. Restarts run one at a time; a stop waits
 * for one under way.
 */
import { EventEmitter } from 'node:events';
import type { LoadOptions } from '../core/config.js';
import { errorMessage } from '../core/errors.js';
import { createLogger } from '../core/log.js';
import type { SpeakerState } from '../supervisor/index.js';
import { startSpeaker, type Speaker, type StartOptions } from './root.js';

export interface SpeakerRunnerEvents {
  /** A new speaker runs (after a restart). */
  restarted: [speaker: Speaker];
  /** A restart could not start the speaker again (the process should end). */
  failed: [err: Error];
  /** The running speaker's state changed (whichever speaker runs: the state follows restarts). */
  state: [state: SpeakerState, reason: string];
}

export class SpeakerRunner extends EventEmitter<SpeakerRunnerEvents> {
  #speaker: Speaker;
  #opts: LoadOptions;
  #start: Omit<StartOptions, 'restart' | 'webListener'>;
  #queue: Promise<void> = Promise.resolve();
  #stopped = false;
  #log = createLogger('spotlet');

  private constructor(speaker: Speaker, opts: LoadOptions, start: Omit<StartOptions, 'restart' | 'webListener'>) {
    super();
    this.#speaker = speaker;
    this.#opts = opts;
    this.#start = start;
    this.#follow(speaker);
  }

  /** The running speaker's state. */
  get state(): SpeakerState {
    return this.#speaker.supervisor.state;
  }

  /** Publishes a state on the running speaker. */
  setState(state: SpeakerState, reason: string): void {
    this.#speaker.supervisor.setState(state, reason);
  }

  #follow(speaker: Speaker): void {
    speaker.supervisor.on('state', (state, reason) => {
      if (speaker === this.#speaker) this.emit('state', state, reason);
    });
  }

  static async start(opts: LoadOptions = {}, start: Omit<StartOptions, 'restart' | 'webListener'> = {}) {
    let runner: SpeakerRunner | undefined;
    const restart = (reason: string): void => void runner?.restart(reason);
    const speaker = await startSpeaker(opts, { ...start, restart });
    runner = new SpeakerRunner(speaker, opts, start);
    return runner;
  }

  /** The speaker running now. */
  get speaker(): Speaker {
    return this.#speaker;
  }

  /** Stops the speaker and starts it again with the configuration as it is now. */
  restart(reason: string): Promise<void> {
    this.#queue = this.#queue.then(async () => {
      if (this.#stopped) return;
      this.#log.info('restarting the speaker', { reason });
      // The page's listener stays open through the restart: the browser that saved waits, it is not refused.
      const webListener = this.#speaker.page?.handOver();
      await this.#speaker.stop();
      try {
        this.#speaker = await startSpeaker(this.#opts, {
          ...this.#start,
          ...(webListener ? { webListener } : {}),
          restart: (r) => void this.restart(r),
        });
        if (!this.#speaker.page) await webListener?.close();
        this.#follow(this.#speaker);
        this.emit('state', this.#speaker.supervisor.state, 'restarted');
      } catch (err) {
        await webListener?.close();
        this.#log.error('the speaker could not start again', { reason: errorMessage(err) });
        this.#stopped = true;
        this.emit('failed', err as Error);
        return;
      }
      this.emit('restarted', this.#speaker);
    });
    return this.#queue;
  }

  async stop(): Promise<void> {
    await this.#queue;
    if (this.#stopped) return;
    this.#stopped = true;
    await this.#speaker.stop();
  }
}
