/**
 * The speaker's status and events in go-librespot's API shapes (its api-spec.yml and API.md): field names,
 * volume on a 0..volume_steps scale, `play_origin`, and the `/events` messages `{type, data}`.
 */
import type { CommandSource, SleepTimer, SpeakerEvent, SpeakerStatus, TrackDetails } from '../port/index.js';

export interface ApiTrack {
  uri: string;
  name: string;
  artist_names: string[];
  album_name: string;
  album_cover_url: string | null;
  position: number;
  duration: number;
  release_date: string;
  track_number: number;
  disc_number: number;
  format: string;
  codec: string;
  bitrate: number | null;
  sample_rate: number | null;
  bit_depth: number | null;
}

export interface ApiSleepTimer {
  type: 'none' | 'duration' | 'end_of_track';
  /** When a duration timer pauses playback (ms since the epoch). */
  ends_at: number | null;
  remaining_ms: number | null;
}

export interface ApiStatus {
  username: string;
  device_id: string;
  device_type: string;
  device_name: string;
  play_origin: string;
  stopped: boolean;
  paused: boolean;
  buffering: boolean;
  volume: number;
  volume_steps: number;
  repeat_context: boolean;
  repeat_track: boolean;
  shuffle_context: boolean;
  track: ApiTrack | null;
  sleep_timer: ApiSleepTimer;
}

export interface ApiEvent {
  type: string;
  data: unknown;
}

/** The speaker decodes 44.1 kHz Ogg Vorbis only. */
const SAMPLE_RATE = 44_100;

/**
 * Who started the playback, as go-librespot's `play_origin`: it names itself for its API's plays; we name
 * ourselves for a local start (the API, a button) and Spotify for the app's.
 */
export function playOrigin(source: CommandSource | undefined): string {
  if (!source) return '';
  return source === 'app' ? 'spotify' : 'spotlet';
}

/** 0..65535 on the API's 0..steps scale. */
export function apiVolume(volume: number, steps: number): number {
  return Math.round((volume * steps) / 65535);
}

/** The API's 0..steps (clamped) as 0..65535. */
export function portVolume(value: number, steps: number): number {
  return Math.round((Math.min(steps, Math.max(0, value)) * 65535) / steps);
}

export function apiTrack(d: TrackDetails, positionMs: number): ApiTrack {
  const cover = d.covers.find((c) => c.size === 'default') ?? d.covers[0];
  return {
    uri: d.uri,
    name: d.name,
    artist_names: d.type === 'episode' ? [d.album] : [...d.artists],
    album_name: d.album,
    album_cover_url: cover?.url ?? null,
    position: Math.max(0, Math.round(positionMs)),
    duration: d.durationMs,
    release_date: d.type === 'episode' ? '' : d.date,
    track_number: d.number,
    disc_number: d.discNumber,
    format: d.format,
    codec: 'vorbis',
    bitrate: d.bitrateKbps || null,
    sample_rate: SAMPLE_RATE,
    bit_depth: null,
  };
}

export function apiSleepTimer(t: SleepTimer | undefined, now = Date.now()): ApiSleepTimer {
  if (!t) return { type: 'none', ends_at: null, remaining_ms: null };
  if (t.type === 'end-of-track') return { type: 'end_of_track', ends_at: null, remaining_ms: null };
  return { type: 'duration', ends_at: t.endsAt, remaining_ms: Math.max(0, t.endsAt - now) };
}

export function apiStatus(s: SpeakerStatus): ApiStatus {
  const details = s.track?.details;
  return {
    username: s.user ?? '',
    device_id: s.device.id,
    device_type: s.device.type.toUpperCase(),
    device_name: s.device.name,
    play_origin: playOrigin(s.startedBy),
    stopped: !s.playing,
    paused: s.paused,
    buffering: s.buffering,
    volume: apiVolume(s.volume, s.volumeSteps),
    volume_steps: s.volumeSteps,
    repeat_context: s.options.repeatingContext,
    repeat_track: s.options.repeatingTrack,
    shuffle_context: s.options.shufflingContext,
    track: details && s.playing ? apiTrack(details, s.positionMs) : null,
    sleep_timer: apiSleepTimer(s.sleepTimer, s.timestamp),
  };
}

const OPTION_EVENTS = {
  shufflingContext: 'shuffle_context',
  repeatingContext: 'repeat_context',
  repeatingTrack: 'repeat_track',
} as const;

/** The `/events` messages for one speaker event (none, one or several), in go-librespot's names and fields. */
export function apiEvents(e: SpeakerEvent, status: () => SpeakerStatus): ApiEvent[] {
  const origin = (): string => playOrigin(status().startedBy);
  switch (e.type) {
    case 'user':
      return e.user ? [{ type: 'playback_ready', data: null }] : [];
    case 'active':
    case 'inactive':
      return [{ type: e.type, data: null }];
    case 'loading':
      return [{ type: 'will_play', data: { context_uri: e.contextUri, uri: e.uri, play_origin: origin() } }];
    case 'track':
      return e.details ? [{ type: 'metadata', data: apiTrack(e.details, e.positionMs) }] : [];
    case 'playing':
      return [
        {
          type: 'playing',
          data: { context_uri: e.contextUri, uri: e.uri, resume: e.resumed, play_origin: origin() },
        },
      ];
    case 'paused':
      return [{ type: 'paused', data: { context_uri: e.contextUri, uri: e.uri, play_origin: origin() } }];
    case 'end-of-track':
      return [{ type: 'not_playing', data: { context_uri: e.contextUri, uri: e.uri, play_origin: origin() } }];
    case 'stopped':
      return [{ type: 'stopped', data: { play_origin: origin() } }];
    case 'seek':
      return [
        {
          type: 'seek',
          data: {
            context_uri: e.contextUri,
            uri: e.uri,
            position: Math.round(e.positionMs),
            duration: e.durationMs,
            play_origin: origin(),
          },
        },
      ];
    case 'volume': {
      const steps = status().volumeSteps;
      return [{ type: 'volume', data: { value: apiVolume(e.volume, steps), max: steps } }];
    }
    case 'options':
      return e.changed.map((k) => ({ type: OPTION_EVENTS[k], data: { value: e.options[k] } }));
    case 'sleep-timer':
      return [{ type: 'sleep_timer', data: apiSleepTimer(e.timer) }];
    default:
      return [];
  }
}
