/**
 * The speaker's command port, as the parts that act on it see it: the app's commands (through Connect), the
 * buttons, the local API, the event hook and the web page dispatch typed commands and read a status snapshot and
 * an event stream. The speaker implements it (src/speaker/command-port.ts); this face holds no code, so the parts
 * that use it do not depend on the speaker that wires them.
 */
import type {
  Command,
  CommandResult,
  CommandSource,
  QueueOptions,
  SleepTimer,
  TrackDetails,
  TrackProvider,
} from '../connect/index.js';
import type { SpeakerState } from '../supervisor/index.js';

export type {
  Command,
  CommandKind,
  CommandResult,
  CommandSource,
  CommandTrack,
  QueueOptions,
  SleepTimer,
  TrackDetails,
  TrackProvider,
  TrackRef,
} from '../connect/index.js';

/** The track the speaker plays (or last played). */
export interface TrackStatus {
  uri: string;
  uid: string;
  contextUri: string;
  /** Where it comes from: the context, the user's queue, or an autoplay station. */
  provider: TrackProvider;
  durationMs: number;
  metadata: Record<string, string>;
  /** What is known of it once it was loaded to play (name, artists, covers, the file played). */
  details: TrackDetails | undefined;
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
  /** The sleep timer set, if any. */
  sleepTimer: SleepTimer | undefined;
  /** Who started the playback (the last play or transfer). */
  startedBy: CommandSource | undefined;
}

/** What happened, in the order it happened. Playback events name the track (`uri`) and its context. */
export type SpeakerEvent =
  | { type: 'state'; state: SpeakerState; reason: string }
  /** Connect now serves `user` (undefined: nobody). */
  | { type: 'user'; user: string | undefined }
  | { type: 'active' }
  | { type: 'inactive' }
  /** A track is being loaded to play (a play, a skip, the next track of the queue). */
  | { type: 'loading'; uri: string; contextUri: string }
  /** A track started (`positionMs` into it); `details` is what is known of it. A seek starts none. */
  | { type: 'track'; uri: string; contextUri: string; positionMs: number; details: TrackDetails | undefined }
  /** Playback runs: a track's start, or `resumed` after a pause. */
  | { type: 'playing'; uri: string; contextUri: string; positionMs: number; resumed: boolean }
  | { type: 'paused'; uri: string; contextUri: string; positionMs: number }
  /** The next track is being prepared. */
  | { type: 'preloading'; uri: string }
  /** A track played to its end. */
  | { type: 'end-of-track'; uri: string; contextUri: string }
  /** A track could not be played and was skipped. */
  | { type: 'unavailable'; uri: string }
  /** Playback ended (end of the context, stopped, another device took over); `uri`: the track it was at. */
  | { type: 'stopped'; uri: string | undefined }
  | { type: 'seek'; uri: string; contextUri: string; positionMs: number; durationMs: number }
  | { type: 'volume'; volume: number }
  /** Shuffle or repeat changed: `changed` names which. */
  | { type: 'options'; options: QueueOptions; changed: (keyof QueueOptions)[] }
  | { type: 'sleep-timer'; timer: SleepTimer | undefined }
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

/** Where the device login is; the device code itself never leaves the speaker. */
export type DeviceLoginStatus =
  | { phase: 'idle' }
  | { phase: 'requesting' }
  | {
      phase: 'waiting';
      userCode: string;
      verificationUri: string;
      verificationUriComplete: string | undefined;
      /** ms since the epoch (for showing; the expiry itself is timed on the monotonic clock). */
      expiresAt: number;
      intervalS: number;
    }
  | { phase: 'logging-in' }
  | { phase: 'done'; username: string }
  | { phase: 'failed'; code: string; reason: string };
