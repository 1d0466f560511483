/**
 * Dispatch of the player commands the app sends over the dealer (protocol/06 §5–6) to the controller.
 * Input is the decoded request JSON; the result is what the dealer reply says (success or not).
 * Unknown endpoints and malformed fields answer `success: false` with a reason; nothing throws out.
 */
import type { ContextPage } from '../web/index.js';
import type { ConnectController, PlayRequest } from './controller.js';
import type { QueueOptions, TrackRef } from './queue.js';

export interface CommandResult {
  success: boolean;
  reason?: string;
}

/** The decoded `TransferState` (protobuf) of a transfer command, in the fields a receiver uses. */
export interface TransferState {
  options?: { shufflingContext?: boolean; repeatingContext?: boolean; repeatingTrack?: boolean };
  playback?: {
    timestamp?: number;
    positionAsOfTimestamp?: number;
    isPaused?: boolean;
    currentTrack?: { uri?: string; uid?: string; metadata?: Record<string, string> };
  };
  currentSession?: {
    context?: {
      uri?: string;
      pages?: {
        pageUrl?: string;
        nextPageUrl?: string;
        tracks?: { uri?: string; uid?: string; metadata?: Record<string, string> }[];
      }[];
    };
    currentUid?: string;
  };
  queue?: { tracks?: { uri?: string; uid?: string; metadata?: Record<string, string> }[]; isPlayingQueue?: boolean };
}

type Json = Record<string, unknown>;

const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : undefined;
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

function trackOf(v: unknown): { uri: string; uid?: string; metadata?: Record<string, string> } | undefined {
  const t = obj(v);
  const uri = str(t.uri);
  if (!uri) return undefined;
  const uid = str(t.uid);
  const meta = obj(t.metadata);
  const metadata = Object.fromEntries(Object.entries(meta).filter(([, x]) => typeof x === 'string')) as Record<
    string,
    string
  >;
  return { uri, ...(uid ? { uid } : {}), metadata };
}

function tracksOf(v: unknown): { uri: string; uid?: string; metadata?: Record<string, string> }[] {
  return Array.isArray(v) ? v.map(trackOf).filter((t): t is NonNullable<typeof t> => !!t) : [];
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
function pagesOf(v: unknown): ContextPage[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((raw) => {
    const p = obj(raw);
    const pageUrl = str(p.page_url) ?? str(p.pageUrl);
    const nextPageUrl = str(p.next_page_url) ?? str(p.nextPageUrl);
    const page: ContextPage = {
      tracks: tracksOf(p.tracks),
      ...(pageUrl ? { pageUrl } : {}),
      ...(nextPageUrl ? { nextPageUrl } : {}),
    };
    return page.tracks.length || pageUrl || nextPageUrl ? [page] : [];
  });
}

/** Handles one `command` object of a dealer request. */
export async function handleCommand(
  ctl: ConnectController,
  command: unknown,
  transferState?: TransferState,
  now = Date.now(),
): Promise<CommandResult> {
  const c = obj(command);
  const endpoint = str(c.endpoint);
  try {
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
        const pages = pagesOf(context.pages);
        if (!uri && !pages.length) return { success: false, reason: 'play: no context uri and no tracks' };
        const req: PlayRequest = {
          skipTo,
          positionMs: num(o.seek_to) ?? 0,
          paused: bool(o.initially_paused) ?? false,
          options: optionsOf(o.player_options_override),
          pages,
        };
        if (uri) req.contextUri = uri;
        await ctl.play(req);
        return { success: true };
      }
      case 'transfer': {
        if (!transferState) return { success: false, reason: 'transfer: no TransferState data' };
        const req = transferRequest(transferState, now);
        // The app may ask to resume a paused session on this device (go-librespot honours the same option).
        if (str(obj(c.options).restore_paused) === 'resume') req.paused = false;
        await ctl.play(req);
        return { success: true };
      }
      case 'pause':
        ctl.pause();
        return { success: true };
      case 'resume':
        ctl.resume();
        return { success: true };
      case 'seek_to': {
        const relative = str(c.relative);
        const position = num(c.position);
        const value = num(c.value);
        const target =
          relative === 'current' && position !== undefined
            ? ctl.snapshot(now).positionAsOfTimestamp + position
            : relative === 'beginning' && position !== undefined
              ? position
              : value;
        if (target === undefined) return { success: false, reason: 'seek_to: no position' };
        ctl.seekTo(target);
        return { success: true };
      }
      case 'skip_next': {
        const t = trackOf(c.track);
        ctl.skipNext(t ? { uri: t.uri, ...(t.uid ? { uid: t.uid } : {}) } : undefined);
        return { success: true };
      }
      case 'skip_prev':
        ctl.skipPrev();
        return { success: true };
      case 'set_shuffling_context':
      case 'set_repeating_context':
      case 'set_repeating_track': {
        const v = bool(c.value);
        if (v === undefined) return { success: false, reason: `${endpoint}: value must be true or false` };
        if (endpoint === 'set_shuffling_context') ctl.setShuffle(v);
        else if (endpoint === 'set_repeating_context') ctl.setRepeatContext(v);
        else ctl.setRepeatTrack(v);
        return { success: true };
      }
      case 'set_options': {
        const o = optionsOf(c);
        if (o.shufflingContext !== undefined) ctl.setShuffle(o.shufflingContext);
        if (o.repeatingContext !== undefined) ctl.setRepeatContext(o.repeatingContext);
        if (o.repeatingTrack !== undefined) ctl.setRepeatTrack(o.repeatingTrack);
        return { success: true };
      }
      case 'add_to_queue': {
        const t = trackOf(c.track);
        if (!t) return { success: false, reason: 'add_to_queue: no track uri' };
        ctl.addToQueue(t);
        return { success: true };
      }
      case 'set_queue': {
        // next_tracks as the app now shows them: queue items (provider or metadata say so), then the context's.
        const next = Array.isArray(c.next_tracks) ? c.next_tracks : [];
        const queued = (t: unknown): boolean =>
          str(obj(t).provider) === 'queue' || obj(obj(t).metadata).is_queued === 'true';
        ctl.setNextTracks(
          next.flatMap((t) => {
            const track = trackOf(t);
            return track ? [{ ...track, queued: queued(t) }] : [];
          }),
        );
        return { success: true };
      }
      case 'update_context':
        // Accepted for the current context only. Like go-librespot, nothing is re-resolved: the playing order
        // stays as loaded (we keep no context metadata or restrictions that an update could merge into).
        return { success: str(obj(c.context).uri) === ctl.queue.contextUri };
      default:
        return { success: false, reason: `unknown endpoint ${JSON.stringify(endpoint ?? null)}` };
    }
  } catch (err) {
    return { success: false, reason: `${endpoint}: ${(err as Error).message}` };
  }
}

/** The play request a transfer amounts to (protocol/06 §6). */
export function transferRequest(t: TransferState, now: number): PlayRequest {
  const pb = t.playback ?? {};
  const paused = pb.isPaused ?? false;
  const asOf = pb.positionAsOfTimestamp ?? 0;
  const positionMs = paused || !pb.timestamp ? asOf : asOf + Math.max(0, now - pb.timestamp);
  const ctx = t.currentSession?.context ?? {};
  const contextUri = ctx.uri && ctx.uri !== '-' ? ctx.uri : undefined;
  const pages = pagesOf(ctx.pages);
  const queued = tracksOf(t.queue?.tracks);
  const playingQueue = !!(t.queue?.isPlayingQueue && queued[0]);
  const current = playingQueue ? queued[0] : pb.currentTrack;
  const contextUid = t.currentSession?.currentUid || (playingQueue ? '' : current?.uid);
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
