/**
 * The API's request bodies, decoded once into the speaker's commands: JSON checked field by field (types,
 * ranges, Spotify URIs), so nothing downstream sees raw input. Anything wrong is an ApiRequestError (400)
 * saying what; fields go-librespot does not know are ignored, as its decoder does.
 */
import type { Command } from '../port/index.js';
import { SpotletError } from '../core/errors.js';
import { parseSpotifyUri } from '../core/spotify-id.js';
import { portVolume } from './wire.js';

/** A request the API refuses as malformed: answered 400 with `message` as the reason. */
export class ApiRequestError extends SpotletError {
  constructor(message: string) {
    super('ERR_API_REQUEST', message);
  }
}

type Body = Record<string, unknown>;

const MAX_URI_LENGTH = 256;
/** A context to play: spotify:album:…, spotify:playlist:…, spotify:user:…:collection and the like. */
const CONTEXT_URI = /^spotify(:[A-Za-z0-9_.~%+-]+){2,6}$/;
/** A sleep timer runs at most a day. */
const MAX_SLEEP_MINUTES = 24 * 60;

/** The JSON object of a body; an empty body is an empty object (go-librespot reads it as zero values). */
export function parseBody(text: string): Body {
  if (!text.trim()) return {};
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new ApiRequestError('body is not JSON');
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new ApiRequestError('body must be a JSON object');
  return v as Body;
}

function has(b: Body, key: string): boolean {
  return Object.hasOwn(b, key) && b[key] !== undefined && b[key] !== null;
}

function bool(b: Body, key: string, required: boolean): boolean {
  if (!has(b, key)) {
    if (required) throw new ApiRequestError(`${key} is required (true or false)`);
    return false;
  }
  if (typeof b[key] !== 'boolean') throw new ApiRequestError(`${key} must be true or false`);
  return b[key] as boolean;
}

function integer(b: Body, key: string, required: boolean): number {
  if (!has(b, key)) {
    if (required) throw new ApiRequestError(`${key} is required (a whole number)`);
    return 0;
  }
  const v = b[key];
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw new ApiRequestError(`${key} must be a whole number`);
  return v;
}

function text(b: Body, key: string, required: boolean): string | undefined {
  if (!has(b, key) || b[key] === '') {
    if (required) throw new ApiRequestError(`${key} is required`);
    return undefined;
  }
  const v = b[key];
  if (typeof v !== 'string') throw new ApiRequestError(`${key} must be a string`);
  if (v.length > MAX_URI_LENGTH) throw new ApiRequestError(`${key} is longer than ${MAX_URI_LENGTH} characters`);
  return v;
}

/** A track or episode URI (what a queue holds). */
function itemUri(b: Body, key: string, required: boolean): string | undefined {
  const v = text(b, key, required);
  if (v === undefined) return undefined;
  try {
    const id = parseSpotifyUri(v);
    if (id.type === 'track' || id.type === 'episode') return v;
  } catch {}
  throw new ApiRequestError(`${key} must be a spotify:track: or spotify:episode: URI`);
}

export function playCommand(b: Body): Command {
  const uri = text(b, 'uri', true)!;
  if (!CONTEXT_URI.test(uri)) throw new ApiRequestError('uri must be a Spotify URI (spotify:album:…)');
  const skipTo = itemUri(b, 'skip_to_uri', false);
  const position = integer(b, 'position', false);
  if (position < 0) throw new ApiRequestError('position must not be negative');
  // A track is played as its own one-track context (go-librespot resolves any URI as a context).
  return {
    kind: 'play',
    contextUri: uri,
    ...(skipTo ? { skipTo: { uri: skipTo } } : {}),
    ...(position ? { positionMs: position } : {}),
    paused: bool(b, 'paused', false),
  };
}

export function nextCommand(b: Body): Command {
  const uri = itemUri(b, 'uri', false);
  return uri ? { kind: 'next', track: { uri } } : { kind: 'next' };
}

export function seekCommand(b: Body): Command {
  const position = integer(b, 'position', true);
  const relative = bool(b, 'relative', false);
  if (!relative && position < 0) throw new ApiRequestError('position must not be negative unless relative');
  return { kind: 'seek', positionMs: position, relative };
}

/** Volume on the API's 0..steps scale; relative changes are clamped there, as go-librespot does. */
export function volumeCommand(b: Body, current: number, steps: number): Command {
  const volume = integer(b, 'volume', true);
  const relative = bool(b, 'relative', false);
  if (!relative && volume < 0) throw new ApiRequestError('volume must not be negative unless relative');
  return { kind: 'volume', volume: portVolume(relative ? current + volume : volume, steps) };
}

export function optionCommand(b: Body, key: 'repeat_context' | 'repeat_track' | 'shuffle_context'): Command {
  const on = bool(b, key, true);
  if (key === 'repeat_context') return { kind: 'repeat-context', on };
  if (key === 'repeat_track') return { kind: 'repeat-track', on };
  return { kind: 'shuffle', on };
}

export function addToQueueCommand(b: Body): Command {
  return { kind: 'add-to-queue', track: { uri: itemUri(b, 'uri', true)! } };
}

/** `{"type": "duration", "minutes": N}`, `{"type": "end_of_track"}` or `{"type": "clear"}`. */
export function sleepTimerCommand(b: Body): Command {
  const type = text(b, 'type', true);
  if (type === 'end_of_track') return { kind: 'sleep-timer', timer: { type: 'end-of-track' } };
  if (type === 'clear') return { kind: 'sleep-timer', timer: { type: 'clear' } };
  if (type !== 'duration') throw new ApiRequestError('type must be duration, end_of_track or clear');
  const minutes = b.minutes;
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0 || minutes > MAX_SLEEP_MINUTES)
    throw new ApiRequestError(`minutes must be a number above 0 and at most ${MAX_SLEEP_MINUTES}`);
  return { kind: 'sleep-timer', timer: { type: 'duration', ms: Math.round(minutes * 60_000) } };
}
