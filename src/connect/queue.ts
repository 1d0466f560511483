/**
 * The play queue Connect shows (docs/protocol/06 §3, §5): the context's tracks with the current index, the user
 * queue (played before the context continues), shuffle and repeat. Pure logic, no I/O. A context may arrive a
 * page at a time (`appendContext`): until its last page is in, it neither wraps around nor ends.
 */
import { randomBytes } from 'node:crypto';

/** Where a track came from; `unavailable` marks one that could not be played (its key was refused…). */
export type TrackProvider = 'context' | 'queue' | 'autoplay' | 'unavailable';

export interface QueueTrack {
  uri: string;
  uid: string;
  metadata: Record<string, string>;
  provider: TrackProvider;
}

/** A track to start at or jump to: uid first, then uri, then index (docs/protocol/06 §5 skip_to). */
export interface TrackRef {
  uri?: string;
  uid?: string;
  index?: number;
}

export interface QueueOptions {
  shufflingContext: boolean;
  repeatingContext: boolean;
  repeatingTrack: boolean;
}

/** How many upcoming tracks the state shows the app (next_tracks). */
export const NEXT_TRACKS_LIMIT = 80;

/** Deterministic shuffle (xorshift32 Fisher–Yates), so a seed reproduces an order. */
function shuffled<T>(items: T[], seed: number): T[] {
  const a = [...items];
  let x = seed >>> 0 || 1;
  for (let i = a.length - 1; i > 0; i--) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    const j = x % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

export class TrackQueue {
  /** Context tracks in play order (shuffled when shuffling). */
  #order: QueueTrack[] = [];
  /** Context tracks in the context's own order. */
  #original: QueueTrack[] = [];
  #index = 0;
  /** The current track when it came from the user queue (the context index then stays put). */
  #playingQueued: QueueTrack | undefined;
  #queue: QueueTrack[] = [];
  #queueCounter = 0;
  /** The track the app asked to start at, on a page not loaded yet: placed when its page arrives. */
  #wanted: TrackRef | undefined;
  /** That track, played ahead of the context meanwhile when its uri is known. */
  #placeholder: QueueTrack | undefined;
  options: QueueOptions = { shufflingContext: false, repeatingContext: false, repeatingTrack: false };
  contextUri = '';
  /** Every page of the context is loaded: only then may it end or wrap around. */
  contextComplete = true;

  /**
   * Loads a context (its first pages; `complete` says whether more may follow); the current track is `start`
   * (default: the first). A start not among the tracks given, while more pages may follow, is looked for in
   * them as they arrive: its uri, when known, plays at once meanwhile (as go-librespot plays a track it cannot
   * find ahead of the context); without a uri nothing plays until it is found (`wanted`).
   */
  load(
    contextUri: string,
    tracks: QueueTrack[],
    start: TrackRef = {},
    options?: Partial<QueueOptions>,
    complete = true,
  ): void {
    this.contextUri = contextUri;
    this.#original = tracks;
    this.#order = tracks;
    this.#playingQueued = undefined;
    this.#wanted = undefined;
    this.#placeholder = undefined;
    this.contextComplete = complete;
    this.options = { ...this.options, ...options };
    const at = this.find(start);
    if (at < 0 && !complete && (start.uid || start.uri || start.index !== undefined)) {
      this.#wanted = start;
      this.#index = -1;
      if (start.uri)
        this.#playingQueued = this.#placeholder = {
          uri: start.uri,
          uid: start.uid ?? '',
          metadata: contextUri ? { context_uri: contextUri } : {},
          provider: 'context',
        };
      if (this.options.shufflingContext) this.#order = shuffled(tracks, randomBytes(4).readUInt32LE(0));
      return;
    }
    this.#index = Math.max(0, at);
    const current = tracks[this.#index];
    if (this.options.shufflingContext && current) this.#shuffleAround(current);
  }

  /** The start track the app asked for is still being looked for in pages to come. */
  get wanted(): boolean {
    return !!this.#wanted;
  }

  /**
   * The context's next page arrived: its tracks follow the loaded ones; while shuffling each lands at a random
   * place among the tracks still to come, so the shuffled order draws from the whole context. True when the
   * start track that was looked for is among them (it is the current track now).
   */
  appendContext(tracks: QueueTrack[]): boolean {
    const shuffledOrder = this.#order !== this.#original;
    this.#original = [...this.#original, ...tracks];
    if (!shuffledOrder) this.#order = this.#original;
    else {
      const order = [...this.#order];
      for (const t of tracks)
        order.splice(this.#index + 1 + Math.floor(Math.random() * (order.length - this.#index)), 0, t);
      this.#order = order;
    }
    if (!this.#wanted) return false;
    const at = this.find(this.#wanted);
    if (at < 0) return false;
    const found = this.#original[at]!;
    this.#wanted = undefined;
    if (this.#playingQueued === this.#placeholder) this.#playingQueued = undefined;
    this.#placeholder = undefined;
    if (shuffledOrder) {
      this.#order = [found, ...this.#order.filter((t) => t !== found)];
      this.#index = 0;
    } else this.#index = at;
    return true;
  }

  /**
   * The context's last page is in. A start track never found is given up: the one playing ahead of the
   * context (if any) stays, and the context goes on from its first track after it (from it at once when
   * nothing plays).
   */
  completeContext(): void {
    this.contextComplete = true;
    if (!this.#wanted) return;
    this.#wanted = undefined;
    this.#placeholder = undefined;
    if (!this.#playingQueued) this.#index = 0;
  }

  /** Position in the context's own order of the referenced track; -1 if absent. */
  find(ref: TrackRef): number {
    const byUid = ref.uid ? this.#original.findIndex((t) => t.uid === ref.uid) : -1;
    if (byUid >= 0) return byUid;
    const byUri = ref.uri ? this.#original.findIndex((t) => t.uri === ref.uri) : -1;
    if (byUri >= 0) return byUri;
    return ref.index !== undefined && ref.index >= 0 && ref.index < this.#original.length ? ref.index : -1;
  }

  get current(): QueueTrack | undefined {
    return this.#playingQueued ?? this.#order[this.#index];
  }

  /** Position of the current track in the context's own order (ContextIndex.track). */
  get contextIndex(): number {
    if (this.#index < 0) return 0;
    const c = this.#order[this.#index];
    return c ? Math.max(0, this.#original.indexOf(c)) : 0;
  }

  get userQueue(): readonly QueueTrack[] {
    return this.#queue;
  }

  /** The track that follows (without moving), honouring repeat-track, the user queue and repeat-context. */
  peekNext(): QueueTrack | undefined {
    if (this.options.repeatingTrack) return this.current;
    if (this.#queue.length) return this.#queue[0];
    if (this.#index + 1 < this.#order.length) return this.#order[this.#index + 1];
    return this.options.repeatingContext && this.contextComplete ? this.#order[0] : undefined;
  }

  /**
   * The next track continues the current one on an album played in order (the album's next track, no shuffle,
   * nothing queued in between): it must follow gaplessly, never crossfaded.
   */
  nextContinuesAlbum(): boolean {
    const next = this.#order[this.#index + 1];
    return (
      /^spotify:album:/.test(this.contextUri) &&
      !this.options.shufflingContext &&
      !this.options.repeatingTrack &&
      !this.#queue.length &&
      !this.#playingQueued &&
      this.current?.provider === 'context' &&
      next?.provider === 'context'
    );
  }

  /** Moves to the next track; `userSkip` ignores repeat-track (a skip button always moves on). */
  advance(userSkip = false): QueueTrack | undefined {
    if (this.options.repeatingTrack && !userSkip) return this.current;
    this.#giveUpWanted();
    const q = this.#queue.shift();
    if (q) {
      this.#playingQueued = q;
      return q;
    }
    this.#playingQueued = undefined;
    if (this.#index + 1 < this.#order.length) this.#index++;
    else if (this.options.repeatingContext && this.contextComplete && this.#order.length) this.#index = 0;
    else return undefined;
    return this.current;
  }

  /**
   * Moves back one track: from a queued track to the context track played before it, else one context
   * track back; undefined at the start (without repeat).
   */
  back(): QueueTrack | undefined {
    // A track played ahead of a context not found yet has nothing before it.
    if (this.#index < 0) return undefined;
    this.#giveUpWanted();
    if (this.#playingQueued) {
      this.#playingQueued = undefined;
      return this.current;
    }
    if (this.#index > 0) this.#index--;
    else if (this.options.repeatingContext && this.contextComplete && this.#order.length)
      this.#index = this.#order.length - 1;
    else return undefined;
    return this.current;
  }

  /** Jumps to a context track (position in the context's own order). */
  jumpTo(contextIndex: number): QueueTrack | undefined {
    const t = this.#original[contextIndex];
    if (!t) return undefined;
    this.#giveUpWanted();
    this.#playingQueued = undefined;
    this.#index = this.#order.indexOf(t);
    return t;
  }

  /** Context tracks loaded so far (autoplay tracks included). */
  get contextTrackCount(): number {
    return this.#original.length;
  }

  /** Context tracks after the current one (not counting the user queue or repeat). */
  get contextTracksLeft(): number {
    return this.#order.length - this.#index - 1;
  }

  /**
   * Continues the context with an autoplay station's tracks (docs/protocol/06 §7): they follow the context's own
   * tracks, marked so the app shows them as autoplay. Returns how many were added.
   */
  appendAutoplay(tracks: { uri: string; uid?: string; metadata?: Record<string, string> }[]): number {
    const added: QueueTrack[] = tracks.map((t, i) => ({
      uri: t.uri,
      uid: t.uid || `autoplay-${this.#original.length + i}`,
      metadata: {
        ...t.metadata,
        ...(this.contextUri ? { context_uri: this.contextUri } : {}),
        'autoplay.is_autoplay': 'true',
      },
      provider: 'autoplay',
    }));
    const shuffledOrder = this.#order !== this.#original;
    this.#original = [...this.#original, ...added];
    this.#order = shuffledOrder ? [...this.#order, ...added] : this.#original;
    return added.length;
  }

  /**
   * Starts with a track from outside the context (the app was playing a queued or an autoplay track at
   * transfer). A queued one returns to the context after the current context track; an autoplay one comes
   * after the context's end, so the station (asked again) follows it.
   */
  startOutside(track: { uri: string; uid?: string; metadata?: Record<string, string> }): void {
    const autoplay = track.metadata?.['autoplay.is_autoplay'] === 'true';
    this.#playingQueued = {
      uri: track.uri,
      uid: track.uid || `q${this.#queueCounter++}`,
      metadata: { ...track.metadata },
      provider: autoplay ? 'autoplay' : 'queue',
    };
    if (autoplay) this.#index = Math.max(0, this.#order.length - 1);
  }

  /** The current track could not be played: the app sees it as `unavailable` from now on. */
  markCurrentUnavailable(): void {
    const t = this.current;
    if (t) t.provider = 'unavailable';
  }

  addToQueue(track: { uri: string; uid?: string; metadata?: Record<string, string> }): void {
    this.#queue.push({
      uri: track.uri,
      uid: track.uid || `q${this.#queueCounter++}`,
      metadata: { ...track.metadata, is_queued: 'true' },
      provider: 'queue',
    });
  }

  /** Replaces the user queue (set_queue: the queued entries at the head of next_tracks). */
  setQueue(tracks: { uri: string; uid?: string; metadata?: Record<string, string> }[]): void {
    this.#queue = [];
    for (const t of tracks) this.addToQueue(t);
  }

  /**
   * set_queue (docs/protocol/06 §5): the app's edited next_tracks. Its queued entries become the user queue; its
   * context entries give the new order of the upcoming context tracks the app was shown (matched by uid, then
   * uri); those it no longer lists were removed there and are dropped. Tracks past what the app was shown
   * keep their place after them.
   */
  setNextTracks(next: { uri: string; uid?: string; metadata?: Record<string, string>; queued: boolean }[]): void {
    const shown = Math.max(0, NEXT_TRACKS_LIMIT - this.#queue.length);
    this.setQueue(next.filter((t) => t.queued));
    const upcoming = this.#order.slice(this.#index + 1);
    const window = upcoming.slice(0, shown);
    const kept: QueueTrack[] = [];
    for (const t of next) {
      if (t.queued) continue;
      const free = window.filter((w) => !kept.includes(w));
      const hit = (t.uid ? free.find((w) => w.uid === t.uid) : undefined) ?? free.find((w) => w.uri === t.uri);
      if (hit) kept.push(hit);
    }
    const removed = new Set(window.filter((w) => !kept.includes(w)));
    const order = [...this.#order.slice(0, this.#index + 1), ...kept, ...upcoming.slice(shown)];
    const shuffledOrder = this.#order !== this.#original;
    this.#original = this.#original.filter((t) => !removed.has(t));
    if (!shuffledOrder) this.#original = order;
    this.#order = order;
  }

  setShuffle(on: boolean): void {
    if (on === this.options.shufflingContext) return;
    this.options.shufflingContext = on;
    const cur = this.#order[this.#index];
    if (on && cur) this.#shuffleAround(cur);
    else if (on) this.#order = shuffled(this.#original, randomBytes(4).readUInt32LE(0));
    else {
      this.#order = this.#original;
      this.#index = cur ? Math.max(0, this.#original.indexOf(cur)) : 0;
    }
  }

  /** Up to `limit` upcoming tracks: user queue first, then the context (next_tracks). */
  nextTracks(limit = NEXT_TRACKS_LIMIT): QueueTrack[] {
    const ctx = this.#order.slice(this.#index + 1);
    if (this.options.repeatingContext && this.contextComplete) ctx.push(...this.#order.slice(0, this.#index + 1));
    return [...this.#queue, ...ctx].slice(0, limit);
  }

  /** Up to `limit` tracks before the current one (prev_tracks), oldest first. */
  prevTracks(limit = 10): QueueTrack[] {
    if (this.#index < 0) return [];
    return this.#order.slice(Math.max(0, this.#index - limit), this.#index);
  }

  /** The listener moved on before the start track was found: it is no longer looked for. */
  #giveUpWanted(): void {
    this.#wanted = undefined;
    if (this.#playingQueued === this.#placeholder) this.#playingQueued = undefined;
    this.#placeholder = undefined;
  }

  #shuffleAround(current: QueueTrack): void {
    const rest = shuffled(
      this.#original.filter((t) => t !== current),
      randomBytes(4).readUInt32LE(0),
    );
    this.#order = [current, ...rest];
    this.#index = 0;
  }
}
