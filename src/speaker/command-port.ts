/**
 * The speaker's command port: the one way to act on the speaker and to read it. The app's dealer commands
 * (decoded by Connect), the board's buttons and any local caller (an API, a web page) dispatch typed commands
 * here, so the app sees what a button did through the same path as its own commands; the read side is a
 * status snapshot and a typed event stream, so no caller reaches into Connect's internals.
 */
import type {
  Command,
  CommandResult,
  CommandSource,
  ConnectController,
  ConnectService,
  QueueOptions,
  TrackProvider,
} from '../connect/index.js';
import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import type { SpeakerState, Supervisor } from '../supervisor/index.js';
import type { UserSession } from './user-session.js';

/** The track the speaker plays (or last played). */
export interface TrackStatus {
  uri: string;
  uid: string;
  contextUri: string;
  /** Where it comes from: the context, the user's queue, or an autoplay station. */
  provider: TrackProvider;
  durationMs: number;
  metadata: Record<string, string>;
}

/** The speaker as a Spotify device. */
export interface SpeakerDevice {
  /** 40 hex digits. */
  id: string;
  name: string;
  /** The configured device type (speaker, avr, stb, audio_dongle, computer). */
  type: string;
}

/** What the speaker is doing, as of `timestamp`. */
export interface SpeakerStatus {
  timestamp: number;
  /** The device as the app lists it. */
  device: SpeakerDevice;
  state: SpeakerState;
  /** The user Connect serves (undefined: none logged in). */
  user: string | undefined;
  /** The active device of the user's cluster. */
  active: boolean;
  playing: boolean;
  paused: boolean;
  buffering: boolean;
  track: TrackStatus | undefined;
  positionMs: number;
  /** 0..65535. */
  volume: number;
  /** How many steps volume-up/down take from 0 to 65535. */
  volumeSteps: number;
  options: QueueOptions;
}

/** What happened, in the order it happened. */
export type SpeakerEvent =
  | { type: 'state'; state: SpeakerState; reason: string }
  /** Connect now serves `user` (undefined: nobody). */
  | { type: 'user'; user: string | undefined }
  | { type: 'active' }
  | { type: 'inactive' }
  /** A track started playing (`positionMs` into it). */
  | { type: 'track'; uri: string; contextUri: string; positionMs: number }
  | { type: 'playing'; positionMs: number }
  | { type: 'paused'; positionMs: number }
  /** Playback ended (end of the context, stopped, another device took over). */
  | { type: 'stopped' }
  | { type: 'seek'; positionMs: number }
  | { type: 'volume'; volume: number }
  | { type: 'options'; options: QueueOptions }
  /** A command went through the port. */
  | { type: 'command'; command: Command; source: CommandSource; result: CommandResult };

/** The speaker's face for callers: act, read, follow. */
export interface SpeakerPort {
  /** Carries out `command`; never rejects: a refusal comes back as `success: false` with its reason. */
  dispatch(command: Command, source: CommandSource): Promise<CommandResult>;
  status(): SpeakerStatus;
  /** Calls `listener` with every event from now on; returns the unsubscribe. */
  subscribe(listener: (event: SpeakerEvent) => void): () => void;
}

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

/** Controller state reasons that are events of their own (the others change only the status). */
const PLAYBACK_EVENTS: Readonly<Record<string, 'playing' | 'paused' | 'stopped' | 'options'>> = {
  playing: 'playing',
  paused: 'paused',
  stopped: 'stopped',
  shuffle: 'options',
  'repeat-context': 'options',
  'repeat-track': 'options',
};

export class CommandPort implements SpeakerPort {
  #o: CommandPortOptions;
  #listeners = new Set<(event: SpeakerEvent) => void>();
  /** The user of the last 'user' event. */
  #user: string | undefined;

  constructor(o: CommandPortOptions) {
    this.#o = o;
    o.supervisor.on('state', (state, reason) => this.#emit({ type: 'state', state, reason }));
    o.sessions.on('phase', (phase) => {
      if (phase.name === 'serving') {
        this.#watch(phase.service.controller);
        this.#userChanged(phase.user);
      } else if (phase.name === 'no-user' || phase.name === 'halted') this.#userChanged(undefined);
    });
  }

  async dispatch(command: Command, source: CommandSource): Promise<CommandResult> {
    let result: CommandResult;
    try {
      result = await this.#carryOut(command);
    } catch (err) {
      result = { success: false, reason: `${command.kind}: ${errorMessage(err)}` };
    }
    if (result.success) this.#o.log.debug('command', { kind: command.kind, source });
    else this.#o.log.info('command refused', { kind: command.kind, source, reason: result.reason });
    this.#emit({ type: 'command', command, source, result });
    return result;
  }

  status(now = Date.now()): SpeakerStatus {
    const c = this.#o.sessions.service?.controller;
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
      },
      positionMs: s?.positionAsOfTimestamp ?? 0,
      volume: c?.volume ?? this.#o.idleVolume(),
      volumeSteps: this.#o.volumeSteps,
      options: s?.options ?? { shufflingContext: false, repeatingContext: false, repeatingTrack: false },
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

  /** Events of a user's playback, from its controller (each user's Connect has its own). */
  #watch(c: ConnectController): void {
    let wasActive = c.active;
    c.on('state', (reason) => {
      if (c.active !== wasActive) {
        wasActive = c.active;
        this.#emit({ type: c.active ? 'active' : 'inactive' });
      }
      const s = c.snapshot();
      if (reason === 'track-started' && s.track)
        this.#emit({ type: 'track', uri: s.track.uri, contextUri: s.contextUri, positionMs: s.positionAsOfTimestamp });
      else if (reason === 'seek') this.#emit({ type: 'seek', positionMs: s.positionAsOfTimestamp });
      const event = PLAYBACK_EVENTS[reason];
      if (event === 'options') this.#emit({ type: 'options', options: s.options });
      else if (event === 'stopped') this.#emit({ type: 'stopped' });
      else if (event) this.#emit({ type: event, positionMs: s.positionAsOfTimestamp });
    });
    c.on('volume', (volume) => this.#emit({ type: 'volume', volume }));
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
