/**
 * The speaker's command port: the one way to act on the speaker and to read it. The app's dealer commands
 * (decoded by Connect), the board's buttons and any local caller (an API, a web page) dispatch typed commands
 * here, so the app sees what a button did through the same path as its own commands; the read side is a
 * status snapshot and a typed event stream, so no caller reaches into Connect's internals.
 */
import type { Command, CommandResult, CommandSource, ConnectService, QueueOptions } from '../connect/index.js';
import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import type { Supervisor } from '../supervisor/index.js';
import type { SpeakerDevice, SpeakerEvent, SpeakerPort, SpeakerStatus } from '../port/index.js';
import type { UserSession } from './user-session.js';

export interface CommandPortOptions {
  device: SpeakerDevice;
  sessions: UserSession<ConnectService>;
  supervisor: Supervisor;
  /** Forgets the user: Connect leaves their cluster, the session ends, the stored credentials go. */
  forgetUser(): Promise<void>;
  /** The volume when no user is logged in (the stored one). */
  idleVolume(): number;
  volumeSteps: number;
  log: Logger;
}

const NO_OPTIONS: QueueOptions = { shufflingContext: false, repeatingContext: false, repeatingTrack: false };

/** Where the playback the events describe is: the track announced, and whether it plays. */
interface Announced {
  loading: string | undefined;
  track: string | undefined;
  playback: 'none' | 'playing' | 'paused';
  /** The last track that started (a stop after the end of a track names it). */
  heard: string | undefined;
}

export class CommandPort implements SpeakerPort {
  #o: CommandPortOptions;
  #listeners = new Set<(event: SpeakerEvent) => void>();
  /** The user of the last 'user' event. */
  #user: string | undefined;
  #startedBy: CommandSource | undefined;

  constructor(o: CommandPortOptions) {
    this.#o = o;
    o.supervisor.on('state', (state, reason) => this.#emit({ type: 'state', state, reason }));
    o.sessions.on('phase', (phase) => {
      if (phase.name === 'serving') {
        this.#watch(phase.service);
        this.#userChanged(phase.user);
      } else if (phase.name === 'no-user' || phase.name === 'halted') this.#userChanged(undefined);
    });
  }

  async dispatch(command: Command, source: CommandSource): Promise<CommandResult> {
    // Who starts a playback is known before it starts (its first events name it); a refusal changes nothing.
    const startedBefore = this.#startedBy;
    if (command.kind === 'play' || command.kind === 'transfer') this.#startedBy = source;
    let result: CommandResult;
    try {
      result = await this.#carryOut(command);
    } catch (err) {
      result = { success: false, reason: `${command.kind}: ${errorMessage(err)}` };
    }
    if (!result.success) this.#startedBy = startedBefore;
    if (result.success) this.#o.log.debug('command', { kind: command.kind, source });
    else this.#o.log.info('command refused', { kind: command.kind, source, reason: result.reason });
    this.#emit({ type: 'command', command, source, result });
    return result;
  }

  status(now = Date.now()): SpeakerStatus {
    const connect = this.#o.sessions.service;
    const c = connect?.controller;
    // The position as of `now` on this board's clock (a local caller extrapolates with that clock, not Spotify's).
    const s = c?.snapshot();
    const track = s?.track;
    return {
      timestamp: now,
      device: { ...this.#o.device },
      state: this.#o.supervisor.state,
      user: this.#servedUser(),
      active: c?.active ?? false,
      playing: s?.isPlaying ?? false,
      paused: s?.isPaused ?? false,
      buffering: s?.isBuffering ?? false,
      track: track && {
        uri: track.uri,
        uid: track.uid,
        contextUri: s.contextUri,
        provider: track.provider,
        durationMs: s.durationMs,
        metadata: { ...track.metadata },
        details: connect?.describe(track.uri),
      },
      positionMs: s?.positionAsOfTimestamp ?? 0,
      volume: c?.volume ?? this.#o.idleVolume(),
      volumeSteps: this.#o.volumeSteps,
      options: s?.options ?? { ...NO_OPTIONS },
      sleepTimer: c?.sleepTimer,
      startedBy: c?.active ? this.#startedBy : undefined,
    };
  }

  subscribe(listener: (event: SpeakerEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #servedUser(): string | undefined {
    const phase = this.#o.sessions.phase;
    return phase.name === 'serving' ? phase.user : undefined;
  }

  #userChanged(user: string | undefined): void {
    if (user === this.#user) return;
    this.#user = user;
    this.#emit({ type: 'user', user });
  }

  async #carryOut(command: Command): Promise<CommandResult> {
    if (command.kind === 'logout') {
      await this.#o.forgetUser();
      return { success: true };
    }
    const connect = this.#o.sessions.service;
    if (!connect) return { success: false, reason: `${command.kind}: no user logged in yet` };
    return connect.execute(command);
  }

  /**
   * Events of a user's playback, from its controller (each user's Connect has its own). The player restarts a
   * track to seek, and says it plays at every start: the events say only what a listener notices (a new track,
   * a change between playing and paused).
   */
  #watch(connect: ConnectService): void {
    const c = connect.controller;
    let wasActive = c.active;
    let options = c.snapshot().options;
    const at: Announced = { loading: undefined, track: undefined, playback: 'none', heard: undefined };
    const where = () => {
      const s = c.snapshot();
      return { uri: s.track?.uri ?? '', contextUri: s.contextUri, positionMs: s.positionAsOfTimestamp, s };
    };
    const loading = (uri: string, contextUri: string): void => {
      Object.assign(at, { loading: uri, track: undefined, playback: 'none' });
      this.#emit({ type: 'loading', uri, contextUri });
    };
    c.on('state', (reason) => {
      if (c.active !== wasActive) {
        wasActive = c.active;
        this.#emit({ type: c.active ? 'active' : 'inactive' });
      }
      const { uri, contextUri, positionMs, s } = where();
      switch (reason) {
        case 'loading':
          if (uri) loading(uri, contextUri);
          break;
        case 'track-started':
          if (!uri || at.track === uri) break;
          if (at.loading !== uri) loading(uri, contextUri);
          at.track = uri;
          at.heard = uri;
          this.#emit({ type: 'track', uri, contextUri, positionMs, details: connect.describe(uri) });
          break;
        case 'playing':
          if (at.playback === 'playing' || !uri) break;
          this.#emit({ type: 'playing', uri, contextUri, positionMs, resumed: at.playback === 'paused' });
          at.playback = 'playing';
          break;
        case 'paused':
          if (at.playback === 'paused' || !uri) break;
          this.#emit({ type: 'paused', uri, contextUri, positionMs });
          at.playback = 'paused';
          break;
        case 'stopped':
          this.#emit({ type: 'stopped', uri: at.track ?? at.loading ?? at.heard });
          Object.assign(at, { loading: undefined, track: undefined, playback: 'none' });
          break;
        case 'seek':
          // The player reloads the track to seek: its duration is the loaded track's, not the reload's 0.
          this.#emit({
            type: 'seek',
            uri,
            contextUri,
            positionMs,
            durationMs: connect.describe(uri)?.durationMs ?? s.durationMs,
          });
          break;
        case 'sleep-timer':
          this.#emit({ type: 'sleep-timer', timer: c.sleepTimer });
          break;
      }
      const changed = (Object.keys(s.options) as (keyof QueueOptions)[]).filter((k) => s.options[k] !== options[k]);
      options = s.options;
      if (changed.length) this.#emit({ type: 'options', options: { ...s.options }, changed });
    });
    c.on('volume', (volume) => this.#emit({ type: 'volume', volume }));
    c.on('preloading', (uri) => this.#emit({ type: 'preloading', uri }));
    c.on('track-ended', (uri) => {
      Object.assign(at, { loading: undefined, track: undefined, playback: 'none' });
      this.#emit({ type: 'end-of-track', uri, contextUri: c.snapshot().contextUri });
    });
    c.on('unavailable', (uri) => {
      Object.assign(at, { loading: undefined, track: undefined, playback: 'none' });
      this.#emit({ type: 'unavailable', uri });
    });
  }

  /** To every subscriber; one that throws is logged and does not keep the event from the others (or the speaker). */
  #emit(event: SpeakerEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (err) {
        this.#o.log.warn('event subscriber failed', { event: event.type, reason: errorMessage(err) });
      }
    }
  }
}
