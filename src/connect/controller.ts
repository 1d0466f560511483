/**
 * Connect's playback controller: turns the commands the Spotify app sends (protocol/06 §5–6) and the local
 * buttons into player actions, and keeps the PlayerState exact (position + timestamp, index, options) so the
 * app's progress bar never jumps. Transport-free: the dealer/connect-state layer feeds it decoded commands
 * and PUTs the snapshots it emits.
 */
import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import type { Player } from '../audio/index.js';
import type { Logger } from '../core/log.js';
import { TrackQueue, type QueueOptions, type QueueTrack, type TrackRef } from './queue.js';

/** Resolves a context URI to its tracks (spclient context-resolve; the catalog in the emulator). */
export interface ContextResolver {
  resolve(contextUri: string): Promise<{ uri: string; uid?: string; metadata?: Record<string, string> }[]>;
}

export interface PlayRequest {
  contextUri?: string;
  /** Tracks given inline (a context without uri, or its first page). */
  tracks?: { uri: string; uid?: string; metadata?: Record<string, string> }[];
  skipTo?: TrackRef;
  positionMs?: number;
  paused?: boolean;
  options?: Partial<QueueOptions>;
  /** Queued tracks (transfer: queue.tracks). */
  queue?: { uri: string; uid?: string; metadata?: Record<string, string> }[];
}

/** What a connect-state PUT carries about playback (PlayerState fields, protocol/06 §3). */
export interface PlayerStateSnapshot {
  timestamp: number;
  contextUri: string;
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
  restrictions: { disallowResumingReasons: string[]; disallowPausingReasons: string[]; disallowSkippingPrevReasons: string[] };
}

export interface ControllerEvents {
  /** The state changed; `reason` says why (for logs and PUT coalescing). */
  state: [reason: string];
  volume: [volume: number];
  /** Playback ended for good (end of context, another device took over, too many failures). */
  stopped: [reason: string];
}

export interface ControllerOptions {
  player: Player;
  resolver: ContextResolver;
  log: Logger;
  /** Volume steps for local up/down (librespot advertises 64). */
  volumeSteps?: number;
}

export class ConnectController extends EventEmitter<ControllerEvents> {
  #player: Player;
  #resolver: ContextResolver;
  #log: Logger;
  #queue = new TrackQueue();
  #active = false;
  #loading = false;
  #stopped = true;
  #sessionId = '';
  #playbackId = '';
  #consecutiveUnavailable = 0;
  #volumeStep: number;
  /** Unavailable tracks skipped in this session (reported in logs and state). */
  unavailableSkipped = 0;

  constructor(o: ControllerOptions) {
    super();
    this.#player = o.player;
    this.#resolver = o.resolver;
    this.#log = o.log;
    this.#volumeStep = Math.floor(65535 / (o.volumeSteps ?? 64));
    const p = this.#player;
    p.on('track-started', (uri) => {
      this.#loading = false;
      this.#stopped = false;
      this.#consecutiveUnavailable = 0;
      this.#playbackId = randomBytes(16).toString('hex');
      if (this.#queue.current?.uri !== uri) this.#log.warn('player and queue disagree', { player: uri, queue: this.#queue.current?.uri });
      p.setNext(this.#queue.peekNext()?.uri);
      this.emit('state', 'track-started');
    });
    // The player moves on to the `next` it was given; the queue follows it here.
    p.on('track-ended', () => {
      if (!this.#queue.advance()) this.#stopped = true;
    });
    p.on('unavailable', (uri, err) => {
      this.unavailableSkipped++;
      this.#consecutiveUnavailable++;
      this.#log.warn('unavailable track skipped', { uri, code: err.code, consecutive: this.#consecutiveUnavailable, total: this.unavailableSkipped });
      const next = this.#queue.advance(true);
      p.setNext(next?.uri);
      this.emit('state', 'unavailable');
    });
    p.on('paused', () => this.emit('state', 'paused'));
    p.on('playing', () => this.emit('state', 'playing'));
    p.on('stopped', (reason) => {
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

  /** play / transfer: load a context (resolved unless tracks are given), start at skipTo, apply options. */
  async play(req: PlayRequest): Promise<void> {
    const inline = req.tracks?.length ? req.tracks : undefined;
    const raw = inline ?? (req.contextUri ? await this.#resolver.resolve(req.contextUri) : []);
    const ctx = req.contextUri ?? '';
    const tracks: QueueTrack[] = raw.map((t, i) => ({
      uri: t.uri,
      uid: t.uid || `${i}`,
      metadata: { ...t.metadata, ...(ctx ? { context_uri: ctx } : {}) },
      provider: 'context',
    }));
    if (!tracks.length) throw new Error(`context ${ctx || '(inline)'} has no playable tracks`);
    this.#queue.load(ctx, tracks, req.skipTo, req.options);
    this.#queue.setQueue(req.queue ?? []);
    this.#active = true;
    this.#sessionId = randomBytes(16).toString('base64');
    this.#loadCurrent(req.positionMs ?? 0, req.paused ?? false);
  }

  pause(): void {
    this.#player.pause();
  }

  resume(): void {
    if (this.#stopped && this.#queue.current) this.#loadCurrent(0, false);
    else this.#player.resume();
  }

  seekTo(positionMs: number): void {
    const d = this.#player.position().durationMs;
    this.#player.seek(Math.max(0, Math.min(d || positionMs, positionMs)));
    this.emit('state', 'seek');
  }

  skipNext(track?: TrackRef): void {
    const i = track ? this.#queue.find(track) : -1;
    if (i >= 0 && this.#queue.jumpTo(i)) return this.#loadCurrent(0, this.#player.paused);
    if (this.#queue.advance(true)) this.#loadCurrent(0, this.#player.paused);
    else void this.#player.stop('end of context');
  }

  /** Previous track, or back to the start of this one when more than 3 s in (like every Spotify client). */
  skipPrev(): void {
    if (this.#player.position().positionMs > 3000 || !this.#queue.back()) this.seekTo(0);
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

  setQueue(tracks: { uri: string; uid?: string; metadata?: Record<string, string> }[]): void {
    this.#queue.setQueue(tracks);
    this.#afterQueueChange('queue');
  }

  setVolume(volume: number): void {
    this.#player.setVolume(volume);
    this.emit('volume', this.#player.volume);
  }

  /** Local volume buttons: one step up (+1) or down (−1). */
  volumeStep(direction: 1 | -1): void {
    this.setVolume(this.#player.volume + direction * this.#volumeStep);
  }

  /** Play/pause button: toggles, or restarts the last context when stopped. */
  togglePlayPause(): void {
    if (this.#player.paused || this.#stopped) this.resume();
    else this.pause();
  }

  /** Another device took over (or logout): stop audio and go inactive. */
  async deactivate(reason: string): Promise<void> {
    this.#active = false;
    await this.#player.stop(reason);
  }

  snapshot(now = Date.now()): PlayerStateSnapshot {
    const pos = this.#player.position();
    const paused = this.#player.paused;
    const playing = this.#active && !this.#stopped;
    const prev = this.#queue.prevTracks();
    return {
      timestamp: now,
      contextUri: this.#queue.contextUri,
      index: { page: 0, track: this.#queue.contextIndex },
      track: this.#queue.current,
      // The player's position is taken "now"; extrapolated by the app from `timestamp` while playing.
      positionAsOfTimestamp: pos.positionMs,
      durationMs: pos.durationMs,
      isPlaying: playing || this.#loading,
      isPaused: paused,
      isBuffering: this.#loading,
      playbackSpeed: playing && !paused && !this.#loading ? 1 : 0,
      options: { ...this.#queue.options },
      nextTracks: this.#queue.nextTracks(),
      prevTracks: prev,
      sessionId: this.#sessionId,
      playbackId: this.#playbackId,
      restrictions: {
        disallowResumingReasons: playing && !paused ? ['not_paused'] : [],
        disallowPausingReasons: paused ? ['not_playing'] : [],
        disallowSkippingPrevReasons: prev.length ? [] : ['no previous tracks'],
      },
    };
  }

  #loadCurrent(positionMs: number, paused: boolean): void {
    const t = this.#queue.current;
    if (!t) return;
    this.#loading = true;
    this.#stopped = false;
    this.#player.load(t.uri, { positionMs, paused });
    this.emit('state', 'loading');
  }

  #afterQueueChange(reason: string): void {
    this.#player.setNext(this.#queue.peekNext()?.uri);
    this.emit('state', reason);
  }
}
