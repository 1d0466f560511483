/**
 * The one speaker state the LED and the status show, derived from the AP session, the audio output, the
 * playback and a device login: a session reconnect must not hide "playing", a failed output shows as an error
 * until a track starts, and a device login waiting for its code shows (unless music plays) until it ends.
 */
import type { SessionState } from '../ap/index.js';
import type { SpeakerState } from '../supervisor/index.js';

export interface SpeakerStateInput {
  /** The AP session's state. */
  session: SessionState;
  /** Why the audio output failed; empty while it works. */
  sinkFailure: string;
  /**
   * The playback of the active device (undefined when this speaker is not the active one); `stalled`: it waits for
   * the network (a CDN or spclient fault outlasted the quick retries).
   */
  playback: { isPlaying: boolean; isPaused: boolean; stalled?: boolean } | undefined;
  /** A device login waits for its code to be entered. */
  deviceLogin?: boolean;
}

/** The speaker state for `input`, and its reason; undefined: it stays as it is (no session, or a closed one). */
export function deriveSpeakerState(
  input: SpeakerStateInput,
  reason: string,
): { state: SpeakerState; reason: string } | undefined {
  const { session, sinkFailure, playback } = input;
  // The owner is logging in right now: that is what the LED answers, unless music plays.
  if (input.deviceLogin && !(session === 'ready' && playback?.isPlaying)) return { state: 'waiting-for-code', reason };
  if (session === 'error') return { state: 'error', reason };
  if (sinkFailure) return { state: 'error', reason: sinkFailure };
  if (session === 'connecting' || session === 'reconnecting') return { state: 'connecting', reason };
  if (session !== 'ready') return undefined;
  if (playback?.stalled) return { state: 'connecting', reason };
  return { state: playback?.isPlaying ? (playback.isPaused ? 'paused' : 'playing') : 'ready', reason };
}

export interface SpeakerStatePublisherOptions {
  session: { readonly state: SessionState };
  /** The active device's playback, if this speaker is the active one. */
  playback(): SpeakerStateInput['playback'];
  /** Whether a device login waits for its code. */
  deviceLogin(): boolean;
  /** Publishes a state (the supervisor's setState). */
  publish(state: SpeakerState, reason: string): void;
}

/** Keeps the one input that is not read from a part (the output failure) and publishes the derived state. */
export class SpeakerStatePublisher {
  #o: SpeakerStatePublisherOptions;
  #sinkFailure = '';

  constructor(o: SpeakerStatePublisherOptions) {
    this.#o = o;
  }

  /** The audio output failed: an error until a track starts again. */
  outputFailed(message: string): void {
    this.#sinkFailure = `audio output failed: ${message}`;
    this.update('audio output');
  }

  /** A track started: the output works. */
  trackStarted(): void {
    this.#sinkFailure = '';
  }

  /** Something the state derives from changed; `reason` says what. */
  update(reason: string): void {
    const next = deriveSpeakerState(
      {
        session: this.#o.session.state,
        sinkFailure: this.#sinkFailure,
        playback: this.#o.playback(),
        deviceLogin: this.#o.deviceLogin(),
      },
      reason,
    );
    if (next) this.#o.publish(next.state, next.reason);
  }
}
