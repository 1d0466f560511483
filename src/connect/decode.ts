/**
 * What the dealer brings, decoded once into typed values (docs/protocol/06 §5–6, §8–9): a player-command request
 * becomes a `Command` or a refusal with its reason; a push becomes a `DealerPush`. All validation of the app's
 * JSON and protobuf happens here; nothing downstream digs into raw input.
 */
import { errorMessage } from '../core/errors.js';
import { uriFromGid } from '../core/spotify-id.js';
import { spotify as cs } from '../gen/connect.js';
import { contextRestrictionsOf, type ContextPage, type DealerMessage, type DealerRequest } from '../web/index.js';
import type { CommandTrack, ConnectCommand } from './command.js';
import type { PlayOrigin, PlayRequest } from './controller.js';
import type { QueueOptions, TrackRef } from './queue.js';

const C = cs.connectstate;

/** The decoded `TransferState` (protobuf) of a transfer command, in the fields a receiver uses. */
export interface TransferState {
  options?: { shufflingContext?: boolean; repeatingContext?: boolean; repeatingTrack?: boolean };
  playback?: {
    timestamp?: number;
    positionAsOfTimestamp?: number;
    isPaused?: boolean;
    currentTrack?: { uri?: string; uid?: string; gid?: Uint8Array; metadata?: Record<string, string> };
  };
  currentSession?: {
    playOrigin?: PlayOrigin;
    context?: {
      uri?: string;
      metadata?: Record<string, string>;
      restrictions?: Record<string, string[]>;
      pages?: {
        pageUrl?: string;
        nextPageUrl?: string;
        tracks?: { uri?: string; uid?: string; gid?: Uint8Array; metadata?: Record<string, string> }[];
      }[];
    };
    currentUid?: string;
  };
  queue?: { tracks?: { uri?: string; uid?: string; metadata?: Record<string, string> }[]; isPlayingQueue?: boolean };
}

/** A decoded player command, or why it was refused. */
export type Decoded = { command: ConnectCommand } | { refused: string };

/** A player-command request of the dealer: who sent it, and what it asks. */
export interface DealerCommandRequest {
  messageId: number;
  sentBy: string;
  endpoint: string | undefined;
  decoded: Decoded;
}

/** What a dealer push asks of the device. */
export type DealerPush =
  | { kind: 'cluster'; update: cs.connectstate.ClusterUpdate }
  /** The app set the volume (connect/volume). */
  | { kind: 'command'; command: ConnectCommand }
  /** The app logged this speaker out (connect/logout). */
  | { kind: 'logout' }
  /** The account's Autoplay setting (attributes update). */
  | { kind: 'autoplay'; on: boolean }
  /** The Autoplay setting was named as changed (attributes mutated: its 0/1 value flips). */
  | { kind: 'autoplay-flipped' };

const PLAYER_COMMAND = 'hm://connect-state/v1/player/command';

type Json = Record<string, unknown>;

const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : undefined;
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

/** A ContextTrack (proto3 JSON, or decoded protobuf): its uri, else the uri its gid gives in `contextUri`. */
function trackOf(v: unknown, contextUri?: string): CommandTrack | undefined {
  const t = obj(v);
  const uri = str(t.uri) ?? uriFromGid(t.gid, contextUri);
  if (!uri) return undefined;
  const uid = str(t.uid);
  return { uri, ...(uid ? { uid } : {}), metadata: stringsOf(t.metadata) };
}

function tracksOf(v: unknown, contextUri?: string): CommandTrack[] {
  return Array.isArray(v) ? v.map((t) => trackOf(t, contextUri)).filter((t): t is NonNullable<typeof t> => !!t) : [];
}

/** String values of a JSON map (context metadata). */
function stringsOf(v: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries(obj(v)).filter(([, x]) => typeof x === 'string')) as Record<string, string>;
}

/**
 * A PlayOrigin (proto3 JSON in a play command, the decoded protobuf's camelCase in a transfer); its
 * device_identifier is the device that sent the command, as go-librespot sets it.
 */
function playOriginOf(v: unknown, sentBy: string): PlayOrigin {
  const o = obj(v);
  const field = (snake: string, camel: string): string | undefined => str(o[snake]) ?? str(o[camel]);
  const classes = o.feature_classes ?? o.featureClasses;
  const origin: PlayOrigin = {};
  const set = (key: keyof PlayOrigin, value: string | undefined): void => {
    if (value !== undefined) (origin as Record<string, unknown>)[key] = value;
  };
  set('featureIdentifier', field('feature_identifier', 'featureIdentifier'));
  set('featureVersion', field('feature_version', 'featureVersion'));
  set('viewUri', field('view_uri', 'viewUri'));
  set('externalReferrer', field('external_referrer', 'externalReferrer'));
  set('referrerIdentifier', field('referrer_identifier', 'referrerIdentifier'));
  set('restrictionIdentifier', field('restriction_identifier', 'restrictionIdentifier'));
  if (Array.isArray(classes)) origin.featureClasses = classes.filter((x): x is string => typeof x === 'string');
  set('deviceIdentifier', sentBy || field('device_identifier', 'deviceIdentifier'));
  return origin;
}

function optionsOf(v: unknown): Partial<QueueOptions> {
  const o = obj(v);
  const out: Partial<QueueOptions> = {};
  const s = bool(o.shuffling_context);
  const rc = bool(o.repeating_context);
  const rt = bool(o.repeating_track);
  if (s !== undefined) out.shufflingContext = s;
  if (rc !== undefined) out.repeatingContext = rc;
  if (rt !== undefined) out.repeatingTrack = rt;
  return out;
}

/**
 * A Context's inline pages: proto3 JSON (`page_url`) in a play command, the decoded TransferState's camelCase
 * (`pageUrl`) in a transfer. Pages with neither tracks nor a url are dropped.
 */
function pagesOf(v: unknown, contextUri?: string): ContextPage[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((raw) => {
    const p = obj(raw);
    const pageUrl = str(p.page_url) ?? str(p.pageUrl);
    const nextPageUrl = str(p.next_page_url) ?? str(p.nextPageUrl);
    const page: ContextPage = {
      tracks: tracksOf(p.tracks, contextUri),
      ...(pageUrl ? { pageUrl } : {}),
      ...(nextPageUrl ? { nextPageUrl } : {}),
    };
    return page.tracks.length || pageUrl || nextPageUrl ? [page] : [];
  });
}

const SET_OPTION = {
  set_shuffling_context: 'shuffle',
  set_repeating_context: 'repeat-context',
  set_repeating_track: 'repeat-track',
} as const;

/**
 * One `command` object of a player-command request (`transferState`: its decoded `data`, for a transfer).
 * Unknown endpoints and malformed fields are refused with a reason.
 */
export function decodePlayerCommand(
  raw: unknown,
  transferState?: TransferState,
  now = Date.now(),
  sentBy = '',
): Decoded {
  const c = obj(raw);
  const endpoint = str(c.endpoint);
  const ok = (command: ConnectCommand): Decoded => ({ command });
  switch (endpoint) {
    case 'play': {
      const context = obj(c.context);
      const o = obj(c.options);
      const skip = obj(o.skip_to);
      const skipTo: TrackRef = {};
      if (str(skip.track_uid)) skipTo.uid = str(skip.track_uid)!;
      if (str(skip.track_uri)) skipTo.uri = str(skip.track_uri)!;
      if (num(skip.track_index) !== undefined) skipTo.index = num(skip.track_index)!;
      const uri = str(context.uri);
      const pages = pagesOf(context.pages, uri);
      if (!uri && !pages.length) return { refused: 'play: no context uri and no tracks' };
      return ok({
        kind: 'play',
        ...(uri ? { contextUri: uri } : {}),
        skipTo,
        positionMs: num(o.seek_to) ?? 0,
        paused: bool(o.initially_paused) ?? false,
        options: optionsOf(o.player_options_override),
        pages,
        playOrigin: playOriginOf(c.play_origin, sentBy),
        contextMetadata: stringsOf(context.metadata),
        contextRestrictions: contextRestrictionsOf(context.restrictions),
      });
    }
    case 'transfer': {
      if (!transferState) return { refused: 'transfer: no TransferState data' };
      const request = transferRequest(transferState, now, sentBy);
      // The app may ask to resume a paused session on this device (go-librespot honours the same option).
      if (str(obj(c.options).restore_paused) === 'resume') request.paused = false;
      return ok({ kind: 'transfer', request, stateTimestamp: Number(transferState.playback?.timestamp ?? 0) || 0 });
    }
    case 'pause':
      return ok({ kind: 'pause' });
    case 'resume':
      return ok({ kind: 'resume' });
    case 'seek_to': {
      const relative = str(c.relative);
      const position = num(c.position);
      if (relative === 'current' && position !== undefined)
        return ok({ kind: 'seek', positionMs: position, relative: true });
      const target = relative === 'beginning' && position !== undefined ? position : num(c.value);
      if (target === undefined) return { refused: 'seek_to: no position' };
      return ok({ kind: 'seek', positionMs: target });
    }
    case 'skip_next': {
      const t = trackOf(c.track);
      return ok({ kind: 'next', ...(t ? { track: { uri: t.uri, ...(t.uid ? { uid: t.uid } : {}) } } : {}) });
    }
    case 'skip_prev':
      return ok({ kind: 'prev' });
    case 'set_shuffling_context':
    case 'set_repeating_context':
    case 'set_repeating_track': {
      const on = bool(c.value);
      if (on === undefined) return { refused: `${endpoint}: value must be true or false` };
      return ok({ kind: SET_OPTION[endpoint], on });
    }
    case 'set_options':
      return ok({ kind: 'set-options', options: optionsOf(c) });
    case 'add_to_queue': {
      const track = trackOf(c.track);
      if (!track) return { refused: 'add_to_queue: no track uri' };
      return ok({ kind: 'add-to-queue', track });
    }
    case 'set_queue': {
      // next_tracks as the app now shows them: queue items (provider or metadata say so), then the context's.
      const next = Array.isArray(c.next_tracks) ? c.next_tracks : [];
      const queued = (t: unknown): boolean =>
        str(obj(t).provider) === 'queue' || obj(obj(t).metadata).is_queued === 'true';
      return ok({
        kind: 'set-queue',
        next: next.flatMap((t) => {
          const track = trackOf(t);
          return track ? [{ ...track, queued: queued(t) }] : [];
        }),
      });
    }
    case 'update_context':
      return ok({
        kind: 'update-context',
        contextUri: str(obj(c.context).uri),
        metadata: stringsOf(obj(c.context).metadata),
        ...(obj(c.context).restrictions ? { restrictions: contextRestrictionsOf(obj(c.context).restrictions) } : {}),
      });
    default:
      return { refused: `unknown endpoint ${JSON.stringify(endpoint ?? null)}` };
  }
}

/** A dealer request: a player command (decoded, or refused with a reason); undefined for any other request. */
export function decodeDealerRequest(req: DealerRequest, now = Date.now()): DealerCommandRequest | undefined {
  if (req.messageIdent !== PLAYER_COMMAND) return undefined;
  const body = obj(req.body);
  const command = obj(body.command);
  const endpoint = str(command.endpoint);
  const request = {
    messageId: num(body.message_id) ?? 0,
    sentBy: str(body.sent_by_device_id) ?? '',
    endpoint,
  };
  let transfer: TransferState | undefined;
  if (endpoint === 'transfer' && typeof command.data === 'string') {
    try {
      transfer = C.TransferState.toObject(C.TransferState.decode(Buffer.from(command.data, 'base64')), {
        longs: Number,
        defaults: false,
      }) as TransferState;
    } catch (err) {
      return { ...request, decoded: { refused: `transfer: data is not a TransferState (${errorMessage(err)})` } };
    }
  }
  return { ...request, decoded: decodePlayerCommand(body.command, transfer, now, request.sentBy) };
}

/** A dealer push the device acts on; undefined for others. Throws when its payload does not decode. */
export function decodePush(msg: DealerMessage): DealerPush | undefined {
  if (msg.uri.startsWith('hm://connect-state/v1/cluster'))
    return { kind: 'cluster', update: C.ClusterUpdate.decode(msg.payload) };
  if (msg.uri.startsWith('hm://connect-state/v1/connect/volume'))
    return { kind: 'command', command: { kind: 'volume', volume: C.SetVolumeCommand.decode(msg.payload).volume ?? 0 } };
  if (msg.uri.startsWith('hm://connect-state/v1/connect/logout')) return { kind: 'logout' };
  if (msg.uri.startsWith('spotify:user:attributes:update')) {
    const value = cs.user_attributes.UserAttributesUpdate.decode(msg.payload).pairs?.autoplay;
    return value === undefined ? undefined : { kind: 'autoplay', on: value === '1' };
  }
  if (msg.uri.startsWith('spotify:user:attributes:mutated')) {
    const fields = cs.user_attributes.UserAttributesMutation.decode(msg.payload).fields ?? [];
    return fields.some((f) => f.name === 'autoplay') ? { kind: 'autoplay-flipped' } : undefined;
  }
  return undefined;
}

/** The play request a transfer amounts to (docs/protocol/06 §6). */
export function transferRequest(t: TransferState, now: number, sentBy = ''): PlayRequest {
  const pb = t.playback ?? {};
  const paused = pb.isPaused ?? false;
  const asOf = pb.positionAsOfTimestamp ?? 0;
  const positionMs = paused || !pb.timestamp ? asOf : asOf + Math.max(0, now - pb.timestamp);
  const ctx = t.currentSession?.context ?? {};
  const contextUri = ctx.uri && ctx.uri !== '-' ? ctx.uri : undefined;
  const pages = pagesOf(ctx.pages, ctx.uri);
  const queued = tracksOf(t.queue?.tracks);
  const playingQueue = !!(t.queue?.isPlayingQueue && queued[0]);
  const current = playingQueue ? queued[0] : trackOf(pb.currentTrack, ctx.uri);
  const contextUid = t.currentSession?.currentUid || (playingQueue ? '' : (current?.uid ?? pb.currentTrack?.uid));
  const req: PlayRequest = {
    skipTo: {
      ...(contextUid ? { uid: contextUid } : {}),
      ...(!playingQueue && current?.uri ? { uri: current.uri } : {}),
    },
    positionMs,
    paused,
    options: {
      shufflingContext: !!t.options?.shufflingContext,
      repeatingContext: !!t.options?.repeatingContext,
      repeatingTrack: !!t.options?.repeatingTrack,
    },
    queue: playingQueue ? queued.slice(1) : queued,
    playOrigin: playOriginOf(t.currentSession?.playOrigin, sentBy),
    contextMetadata: stringsOf(ctx.metadata),
    contextRestrictions: contextRestrictionsOf(ctx.restrictions),
  };
  // A queued or autoplay track is not in the context: it is played first, the context goes on after it.
  if (current?.uri && (playingQueue || current.metadata?.['autoplay.is_autoplay'] === 'true')) {
    req.current = {
      uri: current.uri,
      ...(current.uid ? { uid: current.uid } : {}),
      metadata: { ...current.metadata, ...(playingQueue ? { is_queued: 'true' } : {}) },
    };
  }
  if (contextUri) req.contextUri = contextUri;
  // No context at all: the current track alone.
  req.pages = pages.length || contextUri || !current?.uri ? pages : [{ tracks: [{ uri: current.uri }] }];
  return req;
}
