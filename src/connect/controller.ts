/**
 * Connect's playback controller: turns the commands the Spotify app sends (docs/protocol/06 §5–6) and the local
 * buttons into player actions, and keeps the PlayerState exact (position + timestamp, index, options) so the
 * app's progress bar never jumps. Transport-free: the dealer/connect-state layer feeds it decoded commands
 * and PUTs the snapshots it emits.
 */
import { EventEmitter } from 'node:events';
import { createHash, randomBytes } from 'node:crypto';
import type { Player } from '../audio/index.js';
import { monotonicMs, type ServerClock } from '../core/clock.js';
import { errorCode, errorMessage, SpotletError } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import type { ContextPage, ContextTrack, ResolvedContext } from '../web/index.js';
import { ContextPages } from './context-pages.js';
import { NEXT_TRACKS_LIMIT, TrackQueue, type QueueOptions, type QueueTrack, type TrackRef } from './queue.js';

/** Resolves contexts: spclient's context-resolve, its pages and autoplay (SpClient implements it). */
export interface ContextResolver {
  /** One context-resolve answer: the context's first pages (docs/protocol/06 §7). */
  contextResolve(contextUri: string): Promise<ResolvedContext>;
  /** One page of the context `contextUri`, by its page_url or next_page_url. */
  contextPage(url: string, contextUri: string): Promise<ContextPage>;
  /** The autoplay station continuing a context (spclient context-resolve/v1/autoplay). */
  autoplay(contextUri: string, recentTrackUris: string[]): Promise<ResolvedContext>;
}

/** A play or transfer whose context has no playable tracks: refused, there is nothing to start. */
export class EmptyContextError extends SpotletError {
  constructor(context: string) {
    super('ERR_CONTEXT_EMPTY', `context ${context} has no playable tracks`, { permanent: true });
  }
}

/** Autoplay asks for a station when this few context tracks are left (librespot's threshold). */
const AUTOPLAY_THRESHOLD = 2;

/** Where in the app a play came from (PlayerState.play_origin, docs/protocol/06 §3): the app shows "Playing from …". */
export interface PlayOrigin {
  featureIdentifier?: string;
  featureVersion?: string;
  viewUri?: string;
  externalReferrer?: string;
  referrerIdentifier?: string;
  /** The device that sent the command (go-librespot sets it to the sender). */
  deviceIdentifier?: string;
  featureClasses?: string[];
  restrictionIdentifier?: string;
}

export interface PlayRequest {
  contextUri?: string;
  /** Pages sent inline: the context when it has no uri, else the fallback when it cannot be resolved. */
  pages?: ContextPage[];
  skipTo?: TrackRef;
  positionMs?: number;
  paused?: boolean;
  options?: Partial<QueueOptions>;
  /** Queued tracks (transfer: queue.tracks). */
  queue?: { uri: string; uid?: string; metadata?: Record<string, string> }[];
  /** A track to start with from outside the context (transfer of a queued or autoplay track). */
  current?: { uri: string; uid?: string; metadata?: Record<string, string> };
  playOrigin?: PlayOrigin;
  /** The context's metadata and restrictions as the app sent them (the resolved context's take precedence). */
  contextMetadata?: Record<string, string>;
  contextRestrictions?: Record<string, string[]>;
}

/** What a connect-state PUT carries about playback (PlayerState fields, docs/protocol/06 §3). */
export interface PlayerStateSnapshot {
  timestamp: number;
  contextUri: string;
  playOrigin: PlayOrigin;
  /** The context's metadata (its name, the playlist's length…) and restrictions (Restrictions field names). */
  contextMetadata: Record<string, string>;
  contextRestrictions: Record<string, string[]>;
  /** Changes whenever the upcoming tracks change, so the app knows its queue view is stale (librespot: a hash). */
  queueRevision: string;
  index: { page: number; track: number };
  track: QueueTrack | undefined;
  positionAsOfTimestamp: number;
  durationMs: number;
  isPlaying: boolean;
  isPaused: boolean;
  isBuffering: boolean;
  playbackSpeed: number;
  options: QueueOptions;
  nextTracks: QueueTrack[];
  prevTracks: QueueTrack[];
  sessionId: string;
  playbackId: string;
  /** How long the current track has been playing here (ms; PutStateRequest.has_been_playing_for_ms). */
  hasBeenPlayingForMs: number;
  /** PlayerState.restrictions as sent (docs/protocol/06 §3): what the app must grey out. */
  restrictions: Record<RestrictionList, string[]>;
}

export type RestrictionList =
  | 'disallowResumingReasons'
  | 'disallowPausingReasons'
  | 'disallowSkippingPrevReasons'
  | 'disallowPeekingPrevReasons'
  | 'disallowTogglingShuffleReasons'
  | 'disallowTogglingRepeatContextReasons'
  | 'disallowTogglingRepeatTrackReasons';

export interface ControllerEvents {
  /** The state changed; `reason` says why (for logs and PUT coalescing). */
  state: [reason: string];
  volume: [volume: number];
  /** Playback ended for good (end of context, another device took over, too many failures). */
  stopped: [reason: string];
  /** A track played to its end. */
  'track-ended': [uri: string];
  /** A track could not be played and was skipped. */
  unavailable: [uri: string];
  /** The next track is being prepared. */
  preloading: [uri: string];
}

/** What a sleep timer asks: pause after a time, stop at the end of the track playing, or no timer. */
export type SleepTimerRequest = { type: 'duration'; ms: number } | { type: 'end-of-track' } | { type: 'clear' };

/** The sleep timer set: playback pauses at `endsAt` (ms since the epoch), or stops when the track ends. */
export type SleepTimer = { type: 'duration'; endsAt: number } | { type: 'end-of-track' };

export interface ControllerOptions {
  player: Player;
  resolver: ContextResolver;
  log: Logger;
  /** Spotify's clock: the state's timestamp (and the position the app extrapolates from it) is Spotify's time. */
  clock: ServerClock;
  /** Volume steps for local up/down (librespot advertises 64). */
  volumeSteps?: number;
}

export class ConnectController extends EventEmitter<ControllerEvents> {
  #player: Player;
  #resolver: ContextResolver;
  #clock: ServerClock;
  /** When (monotonic) the current track started playing here; undefined while none plays. */
  #trackStartedAt: number | undefined;
  #log: Logger;
  #queue = new TrackQueue();
  #active = false;
  #loading = false;
  #stopped = true;
  #sessionId = '';
  #playbackId = '';
  #consecutiveUnavailable = 0;
  #volumeStep: number;
  /** The account's Autoplay setting (ProductInfo `autoplay`, then dealer attribute pushes). */
  #autoplay = false;
  /** Bumped by every play/transfer, so a late autoplay answer for an older context is dropped. */
  #loadGeneration = 0;
  /** The load generation whose autoplay is asked for or finished (one station request per context end). */
  #autoplayAskedFor = -1;
  /** The pages of the current context not loaded yet. */
  #pages: ContextPages | undefined;
  #playOrigin: PlayOrigin = {};
  #contextMetadata: Record<string, string> = {};
  #contextRestrictions: Record<string, string[]> = {};
  /** Playback ran out of loaded tracks while pages were still to come: it goes on when the next one is in. */
  #ranOut = false;
  /** Unavailable tracks skipped in this session (reported in logs and state). */
  unavailableSkipped = 0;
  #sleep: SleepTimer | undefined;
  #sleepTimeout: NodeJS.Timeout | undefined;

  constructor(o: ControllerOptions) {
    super();
    this.#player = o.player;
    this.#resolver = o.resolver;
    this.#clock = o.clock;
    this.#log = o.log;
    this.#volumeStep = Math.floor(65535 / (o.volumeSteps ?? 64));
    const p = this.#player;
    p.on('track-started', (uri) => {
      this.#trackStartedAt = monotonicMs();
      // Playing, the state says buffering (speed 0) until the first sample is out ('playing'): an app
      // extrapolating the position meanwhile would run ahead of what is heard.
      this.#loading = !this.#player.paused;
      this.#stopped = false;
      this.#consecutiveUnavailable = 0;
      this.#playbackId = randomBytes(16).toString('hex');
      if (this.#queue.current?.uri !== uri)
        this.#log.warn('player and queue disagree', { player: uri, queue: this.#queue.current?.uri });
      p.setNext(this.#playerNext(), this.#queue.nextContinuesAlbum());
      this.emit('state', 'track-started');
      this.#loadPages();
      this.#continueWithAutoplay();
    });
    // The player moves on to the `next` it was given; the queue follows it here. With the sleep timer at the
    // end of the track it was given none: it stops, and the next track waits as the current one. Past the loaded
    // tracks of a longer context it goes on when the next page is in.
    p.on('track-ended', (uri) => {
      if (!this.#queue.advance()) {
        this.#stopped = true;
        this.#ranOut = !this.#queue.contextComplete && this.#sleep?.type !== 'end-of-track';
      }
      this.emit('track-ended', uri);
      if (this.#sleep?.type === 'end-of-track') {
        this.#loadGeneration++; // a late autoplay answer must not start the music again
        this.#sleepTimerDone('end of the track');
      }
    });
    p.on('preloading', (uri) => this.emit('preloading', uri));
    p.on('unavailable', (uri, err) => {
      this.unavailableSkipped++;
      this.#consecutiveUnavailable++;
      this.#log.warn('unavailable track skipped', {
        uri,
        code: err.code,
        consecutive: this.#consecutiveUnavailable,
        total: this.unavailableSkipped,
      });
      if (this.#queue.current?.uri === uri) this.#queue.markCurrentUnavailable();
      const next = this.#queue.advance(true);
      if (!next && !this.#queue.contextComplete) this.#ranOut = true;
      p.setNext(next?.uri);
      this.emit('unavailable', uri);
      this.emit('state', 'unavailable');
      this.#loadPages();
    });
    // A network fault holds playback up (the app sees it buffering) or is over.
    p.on('network', (stalled) => this.emit('state', stalled ? 'network-fault' : 'network-back'));
    p.on('paused', () => this.emit('state', 'paused'));
    p.on('playing', () => {
      this.#loading = false;
      this.emit('state', 'playing');
    });
    p.on('stopped', (reason) => {
      this.#trackStartedAt = undefined;
      this.#stopped = true;
      this.#loading = false;
      this.emit('state', 'stopped');
      this.emit('stopped', reason);
    });
  }

  get active(): boolean {
    return this.#active;
  }

  get volume(): number {
    return this.#player.volume;
  }

  get queue(): TrackQueue {
    return this.#queue;
  }

  /**
   * play / transfer: load a context (resolved by uri, else its inline pages), start at skipTo, apply options.
   * Resolves once the requested track is known and starting, after one context-resolve request at most:
   * further pages load in the background as playback needs them (`#loadPages`), so the app's reply and the
   * first sample never wait for paging.
   */
  async play(req: PlayRequest): Promise<void> {
    const generation = ++this.#loadGeneration;
    const ctx = req.contextUri ?? '';
    const resolved = await this.#firstPages(req);
    const pages = new ContextPages(resolved.pages, (url) => this.#resolver.contextPage(url, ctx));
    if (generation !== this.#loadGeneration) return; // a newer play took over while this one resolved
    const first = await pages.next();
    if (generation !== this.#loadGeneration) return;
    if (!first?.length) throw new EmptyContextError(ctx || '(inline)');
    this.#pages = pages;
    this.#ranOut = false;
    // As go-librespot: the command's context metadata, then the resolved context's; the resolved restrictions
    // when it has any, else the command's.
    this.#playOrigin = { ...req.playOrigin };
    this.#contextMetadata = { ...req.contextMetadata, ...resolved.metadata };
    this.#contextRestrictions = Object.keys(resolved.restrictions).length
      ? { ...resolved.restrictions }
      : { ...req.contextRestrictions };
    this.#queue.load(ctx, this.#contextTracks(first, 0), req.skipTo, req.options, pages.complete);
    if (req.current) this.#queue.startOutside(req.current);
    this.#queue.setQueue(req.queue ?? []);
    this.#active = true;
    this.#sessionId = randomBytes(16).toString('base64');
    this.#startAt = { positionMs: req.positionMs ?? 0, paused: req.paused ?? false };
    this.#waitingForStart = !this.#queue.current;
    if (this.#queue.current) this.#loadCurrent(this.#startAt.positionMs, this.#startAt.paused);
    else {
      // The track asked for is further on and named by uid or index only: it starts when its page is in.
      this.#loading = true;
      this.#stopped = false;
      this.emit('state', 'loading');
    }
    this.#loadPages();
  }

  /** Where a play's start track starts once found on a later page, and whether it is still waited for. */
  #startAt = { positionMs: 0, paused: false };
  #waitingForStart = false;

  /**
   * The context's first pages: one context-resolve answer for a uri (docs/protocol/06 §5–6: the pages the app
   * sends may be only the first of many); the inline pages when there is no uri, or when the uri cannot be
   * resolved (e.g. a context type spclient does not serve).
   */
  async #firstPages(
    req: PlayRequest,
  ): Promise<{ pages: ContextPage[]; metadata: Record<string, string>; restrictions: Record<string, string[]> }> {
    const pages = req.pages ?? [];
    const inline = { pages, metadata: {}, restrictions: {} };
    if (!req.contextUri) return inline;
    try {
      return await this.#resolver.contextResolve(req.contextUri);
    } catch (err) {
      if (!pages.length) throw err;
      this.#log.warn('context not resolved, playing the pages the app sent', {
        context: req.contextUri,
        code: errorCode(err),
        reason: errorMessage(err),
      });
      return inline;
    }
  }

  /** A page's tracks as queue entries: `from` is the position of its first in the context. */
  #contextTracks(tracks: ContextTrack[], from: number): QueueTrack[] {
    const ctx = this.#queue.contextUri;
    return tracks.map((t, i) => ({
      uri: t.uri,
      uid: t.uid || `${from + i}`,
      metadata: { ...t.metadata, ...(ctx ? { context_uri: ctx } : {}) },
      provider: 'context',
    }));
  }

  /**
   * Loads further pages of the context in the background while playback needs them: the start track the app
   * asked for is not found yet; shuffling (the shuffled order draws from the whole context); fewer tracks
   * ahead than the app's next-tracks list shows. Each page extends the queue, the player's next track and the
   * state; a failed page is logged and tried again at the next need.
   */
  #loadPages(): void {
    const pages = this.#pages;
    const generation = this.#loadGeneration;
    const q = this.#queue;
    const needed = (): boolean =>
      !!pages &&
      !pages.complete &&
      (q.wanted || q.options.shufflingContext || q.contextTracksLeft < NEXT_TRACKS_LIMIT || this.#ranOut);
    if (!pages || this.#paging || !needed()) return;
    this.#paging = true;
    void (async () => {
      while (generation === this.#loadGeneration && needed()) {
        const base = q.contextTrackCount;
        const tracks = await pages.next();
        if (generation !== this.#loadGeneration) return;
        const found = tracks ? q.appendContext(this.#contextTracks(tracks, base)) : false;
        if (pages.complete) q.completeContext();
        if (!this.#active) return; // gone inactive meanwhile: the queue keeps the page, nothing starts
        if (this.#waitingForStart && q.current) {
          // The start track the app asked for is in (or never will be: then the context's first): it plays now.
          this.#waitingForStart = false;
          this.#loadCurrent(this.#startAt.positionMs, this.#startAt.paused);
        } else if (found && this.#player.position().uri !== q.current?.uri) {
          this.#loadCurrent(this.#startAt.positionMs, this.#startAt.paused);
        } else if (this.#ranOut && tracks && this.#active && q.advance(true)) {
          // Playback had run out of loaded tracks: it goes on with the new page.
          this.#ranOut = false;
          this.#loadCurrent(0, false);
        } else this.#player.setNext(q.peekNext()?.uri);
        this.emit('state', 'context');
      }
    })()
      .catch((err: unknown) =>
        this.#log.warn('context page not loaded; tried again when needed', {
          context: q.contextUri,
          code: errorCode(err),
          reason: errorMessage(err),
        }),
      )
      .finally(() => {
        this.#paging = false;
        this.#continueWithAutoplay();
      });
  }

  /** A page load is under way. */
  #paging = false;

  pause(): void {
    this.#player.pause();
  }

  get autoplay(): boolean {
    return this.#autoplay;
  }

  /** The account's Autoplay setting changed (or became known at login). */
  setAutoplay(on: boolean): void {
    if (on === this.#autoplay) return;
    this.#autoplay = on;
    this.#log.info('autoplay setting', { autoplay: on });
    this.#continueWithAutoplay();
  }

  /** Resumes; when stopped (end of the context, or another device took over) plays the current track again here. */
  resume(): void {
    if (!this.#stopped) this.#player.resume();
    else if (!this.#nothingToPlay('resume')) this.#loadCurrent(0, false);
  }

  seekTo(positionMs: number): void {
    const d = this.#player.position().durationMs;
    this.#player.seek(Math.max(0, Math.min(d || positionMs, positionMs)));
    // The player starts over from there: buffering until its first sample is out (unless paused).
    this.#loading = !this.#player.paused;
    this.emit('state', 'seek');
  }

  skipNext(track?: TrackRef): void {
    if (this.#nothingToPlay('next')) return;
    // Stopped (another device took over, or the context ended): the next track plays here.
    const paused = !this.#stopped && this.#player.paused;
    const i = track ? this.#queue.find(track) : -1;
    if (i >= 0 && this.#queue.jumpTo(i)) return this.#loadCurrent(0, paused);
    if (this.#queue.advance(true)) this.#loadCurrent(0, paused);
    else if (!this.#queue.contextComplete) {
      // Past the loaded tracks of a longer context: the next one plays when its page is in.
      this.#ranOut = true;
      this.#loadPages();
    } else void this.#player.stop('end of context');
  }

  /** Previous track, or back to the start of this one when more than 3 s in (like every Spotify client). */
  skipPrev(): void {
    if (this.#nothingToPlay('previous')) return;
    if (this.#stopped) {
      // Nothing is heard, so no position to go back to the start of: the previous track (or this one) plays.
      this.#queue.back();
      this.#loadCurrent(0, false);
    } else if (this.#player.position().positionMs > 3000 || !this.#queue.back()) this.seekTo(0);
    else this.#loadCurrent(0, this.#player.paused);
  }

  setShuffle(on: boolean): void {
    this.#queue.setShuffle(on);
    this.#afterQueueChange('shuffle');
  }

  setRepeatContext(on: boolean): void {
    this.#queue.options.repeatingContext = on;
    this.#afterQueueChange('repeat-context');
  }

  setRepeatTrack(on: boolean): void {
    this.#queue.options.repeatingTrack = on;
    this.#afterQueueChange('repeat-track');
  }

  addToQueue(track: { uri: string; uid?: string; metadata?: Record<string, string> }): void {
    this.#queue.addToQueue(track);
    this.#afterQueueChange('queue');
  }

  /** The app edited what plays next (set_queue): the user queue and the upcoming context tracks. */
  setNextTracks(next: { uri: string; uid?: string; metadata?: Record<string, string>; queued: boolean }[]): void {
    this.#queue.setNextTracks(next);
    this.#afterQueueChange('queue');
  }

  /**
   * The app updated the current context's metadata or restrictions (update_context): merged into the state,
   * as go-librespot does; any other context's update is ignored.
   */
  updateContext(
    contextUri: string | undefined,
    metadata: Record<string, string> = {},
    restrictions?: Record<string, string[]>,
  ): void {
    if (contextUri !== this.#queue.contextUri) {
      this.#log.debug('update for another context than the current one ignored', { context: contextUri ?? null });
      return;
    }
    this.#contextMetadata = { ...this.#contextMetadata, ...metadata };
    if (restrictions) this.#contextRestrictions = { ...restrictions };
    this.emit('state', 'context');
  }

  setVolume(volume: number): void {
    this.#player.setVolume(volume);
    this.emit('volume', this.#player.volume);
  }

  /** Local volume buttons: one step up (+1) or down (−1). */
  volumeStep(direction: 1 | -1): void {
    this.setVolume(this.#player.volume + direction * this.#volumeStep);
  }

  /** Play/pause button: toggles, or plays the current track again when stopped (becoming the active device). */
  togglePlayPause(): void {
    if (this.#player.paused || this.#stopped) this.resume();
    else this.pause();
  }

  /** Plays here again when not the active device or stopped (another device took over): the current track. */
  activate(): void {
    if (!this.#active || this.#stopped) this.resume();
  }

  /** Another device took over (or logout): stop audio and go inactive. */
  async deactivate(reason: string): Promise<void> {
    this.#active = false;
    this.#loadGeneration++; // a play still resolving or paging starts nothing now
    this.#clearSleepTimer();
    await this.#player.stop(reason);
  }

  get sleepTimer(): SleepTimer | undefined {
    return this.#sleep && { ...this.#sleep };
  }

  /**
   * Sets (or clears) the one sleep timer, replacing any earlier one: after `ms` playback pauses; at the end of
   * the track playing (whichever it is by then) playback stops, the next track waiting as the current one.
   */
  setSleepTimer(request: SleepTimerRequest): void {
    this.#clearSleepTimer();
    if (request.type === 'duration') {
      this.#sleep = { type: 'duration', endsAt: Date.now() + request.ms };
      this.#sleepTimeout = setTimeout(() => {
        this.pause();
        this.#sleepTimerDone(`${request.ms} ms`);
      }, request.ms);
    } else if (request.type === 'end-of-track') this.#sleep = { type: 'end-of-track' };
    this.#player.setNext(this.#playerNext(), this.#queue.nextContinuesAlbum());
    this.#log.info('sleep timer', { ...request });
    this.emit('state', 'sleep-timer');
  }

  #clearSleepTimer(): void {
    clearTimeout(this.#sleepTimeout);
    this.#sleepTimeout = undefined;
    this.#sleep = undefined;
  }

  #sleepTimerDone(after: string): void {
    this.#log.info('sleep timer ran out', { after });
    this.#clearSleepTimer();
    this.emit('state', 'sleep-timer');
  }

  /** What the player plays after the current track: the queue's next, or nothing when sleep ends the track. */
  #playerNext(): string | undefined {
    return this.#sleep?.type === 'end-of-track' ? undefined : this.#queue.peekNext()?.uri;
  }

  /** The state as of now: the position read from the player, stamped with Spotify's time of the reading. */
  snapshot(): PlayerStateSnapshot {
    const pos = this.#player.position();
    const now = this.#clock.now();
    const paused = this.#player.paused;
    const playing = this.#active && !this.#stopped;
    const prev = this.#queue.prevTracks();
    const noPrev = prev.length ? [] : ['no previous tracks'];
    const station = this.#queue.current?.provider === 'autoplay' ? ['autoplay'] : [];
    const next = this.#queue.nextTracks();
    return {
      timestamp: now,
      contextUri: this.#queue.contextUri,
      playOrigin: this.#playOrigin,
      contextMetadata: this.#contextMetadata,
      contextRestrictions: this.#contextRestrictions,
      queueRevision: queueRevision(next),
      index: { page: 0, track: this.#queue.contextIndex },
      track: this.#queue.current,
      // The player's position is taken "now"; extrapolated by the app from `timestamp` while playing.
      positionAsOfTimestamp: pos.positionMs,
      durationMs: pos.durationMs,
      isPlaying: playing || this.#loading,
      isPaused: paused,
      isBuffering: this.#loading || this.#player.stalled,
      playbackSpeed: playing && !paused && !this.#loading && !this.#player.stalled ? 1 : 0,
      options: { ...this.#queue.options },
      nextTracks: next,
      prevTracks: prev,
      sessionId: this.#sessionId,
      playbackId: this.#playbackId,
      hasBeenPlayingForMs:
        this.#trackStartedAt === undefined || !playing ? 0 : Math.round(monotonicMs() - this.#trackStartedAt),
      restrictions: {
        disallowResumingReasons: playing && !paused ? ['not_paused'] : [],
        disallowPausingReasons: paused ? ['not_playing'] : [],
        disallowSkippingPrevReasons: noPrev,
        disallowPeekingPrevReasons: noPrev,
        // Shuffle and repeat do not apply to an autoplay station.
        disallowTogglingShuffleReasons: station,
        disallowTogglingRepeatContextReasons: station,
        disallowTogglingRepeatTrackReasons: station,
      },
    };
  }

  /** True (and logged) when no track was ever loaded, so play/next/prev have nothing to start. */
  #nothingToPlay(action: string): boolean {
    if (this.#queue.current) return false;
    this.#log.info('nothing to play: no context was ever played here', { action });
    return true;
  }

  /** Plays the queue's current track; whatever starts playback here makes this the active device again. */
  #loadCurrent(positionMs: number, paused: boolean): void {
    const t = this.#queue.current;
    if (!t) return;
    this.#active = true;
    this.#loading = true;
    this.#stopped = false;
    this.#player.load(t.uri, { positionMs, paused });
    this.emit('state', 'loading');
  }

  /**
   * Near the end of a context that would stop (no repeat), with Autoplay on, asks once for a station and
   * appends its tracks, so music goes on like in the app. Not for podcasts; a failure is logged, not retried
   * until the next context.
   */
  #continueWithAutoplay(): void {
    const q = this.#queue;
    const generation = this.#loadGeneration;
    if (!this.#autoplay || !this.#active || this.#stopped || this.#autoplayAskedFor === generation || !q.contextUri)
      return;
    if (
      /^spotify:(show|episode):/.test(q.contextUri) ||
      q.options.repeatingContext ||
      !q.contextComplete ||
      q.contextTracksLeft > AUTOPLAY_THRESHOLD
    )
      return;
    this.#autoplayAskedFor = generation;
    const recent = [...q.prevTracks(), ...(q.current ? [q.current] : [])].map((t) => t.uri);
    this.#resolver.autoplay(q.contextUri, recent).then(
      (station) => {
        if (generation !== this.#loadGeneration || !this.#active) return;
        const added = q.appendAutoplay(station.pages.flatMap((p) => p.tracks));
        this.#log.info('autoplay continues the context', {
          context: q.contextUri,
          station: station.uri,
          tracks: added,
        });
        // A station that keeps going may be asked again once its own tracks run low.
        if (added > AUTOPLAY_THRESHOLD) this.#autoplayAskedFor = -1;
        // The answer came after the context's last track ended: go on with the station's first track.
        if (this.#stopped && added && q.advance(true)) this.#loadCurrent(0, false);
        else this.#afterQueueChange('autoplay');
      },
      (err: unknown) =>
        this.#log.warn('autoplay failed; playback stops at the end of the context', {
          context: q.contextUri,
          reason: errorMessage(err),
        }),
    );
  }

  #afterQueueChange(reason: string): void {
    this.#player.setNext(this.#playerNext(), this.#queue.nextContinuesAlbum());
    this.emit('state', reason);
    this.#loadPages();
  }
}

/**
 * A revision of the upcoming tracks: the same list gives the same string, any change another one (librespot
 * hashes the next tracks' uris into a u64; the uids are hashed too, so a moved duplicate counts).
 */
function queueRevision(next: QueueTrack[]): string {
  const h = createHash('sha1');
  for (const t of next) h.update(`${t.uri}\0${t.uid}\n`);
  return h.digest().readBigUInt64BE(0).toString();
}
