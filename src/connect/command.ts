/**
 * The commands a speaker takes, whoever gives them: the app over the dealer (decoded by `decode.ts`), the
 * board's buttons, a local API. One typed vocabulary, so every caller acts on the speaker through one path and
 * the app sees what a button did exactly as if it had sent the command itself.
 */
import type { PlayRequest, SleepTimerRequest } from './controller.js';
import type { QueueOptions } from './queue.js';

/** Who gave a command (logs, the speaker's event stream). */
export type CommandSource = 'app' | 'button' | 'api';

/** What a command came to: the dealer reply says `success`; `reason` says why not (for logs and callers). */
export interface CommandResult {
  success: boolean;
  reason?: string;
}

/** A track as a command names it (a queue entry, a track to skip to). */
export interface CommandTrack {
  uri: string;
  uid?: string;
  metadata?: Record<string, string>;
}

export type Command =
  /** Load a context (by uri, else its inline pages) and start at `skipTo`, `positionMs` into it. */
  | ({ kind: 'play' } & Omit<PlayRequest, 'queue' | 'current'>)
  /**
   * This speaker takes the session another device played (the app's transfer): `request` is that session as
   * of receipt, `stateTimestamp` the time of the player state it was taken from (0 when unknown).
   */
  | { kind: 'transfer'; request: PlayRequest; stateTimestamp: number }
  | { kind: 'pause' }
  | { kind: 'resume' }
  /** Pause when playing, else play (here, even when another device took over). */
  | { kind: 'toggle' }
  /** Stop the audio and give up being the active device (the user stays logged in). */
  | { kind: 'stop' }
  /** Make this speaker the active device again, with the track it last played (nothing when it already is). */
  | { kind: 'activate' }
  /** The next track, or the given one when it is in the queue or context. */
  | { kind: 'next'; track?: CommandTrack }
  /** The previous track, or back to the start of this one when more than 3 s in. */
  | { kind: 'prev' }
  /** To `positionMs` into the track, or by `positionMs` from where it is when `relative`. */
  | { kind: 'seek'; positionMs: number; relative?: boolean }
  /** Volume 0..65535, or a change by `volume` when `relative`. */
  | { kind: 'volume'; volume: number; relative?: boolean }
  /** One of the device's volume steps up or down (its advertised volume_steps). */
  | { kind: 'volume-up' }
  | { kind: 'volume-down' }
  | { kind: 'shuffle'; on: boolean }
  | { kind: 'repeat-context'; on: boolean }
  | { kind: 'repeat-track'; on: boolean }
  /** Only the options given change. */
  | { kind: 'set-options'; options: Partial<QueueOptions> }
  | { kind: 'add-to-queue'; track: CommandTrack }
  /** What plays next as the app now shows it: queued tracks (`queued`), then the context's. */
  | { kind: 'set-queue'; next: (CommandTrack & { queued: boolean })[] }
  /** Pause after a time, or stop at the end of the track playing; replaces any earlier timer (`clear`: none). */
  | { kind: 'sleep-timer'; timer: SleepTimerRequest }
  /** The app updated the context being played; accepted only for the current one. */
  | {
      kind: 'update-context';
      contextUri: string | undefined;
      metadata?: Record<string, string>;
      restrictions?: Record<string, string[]>;
    }
  /** Forget the user: Connect leaves their cluster, the stored credentials are deleted. */
  | { kind: 'logout' };

export type CommandKind = Command['kind'];

/** The commands Connect carries out itself; logging out is the speaker's (it ends Connect). */
export type ConnectCommand = Exclude<Command, { kind: 'logout' }>;

/** Where decoded commands go: the speaker's command port. */
export type CommandDispatch = (command: Command, source: CommandSource) => Promise<CommandResult>;
