/**
 * The player: fetches, decrypts, decodes and writes one track after another to a sink, gaplessly.
 * It knows nothing of Spotify's services: a `TrackSource` turns a URI into key + CDN URLs (Connect implements
 * it with metadata, the AP's audio keys and storage-resolve). Data flows one way:
 * CDN → AES-CTR → Ogg/Vorbis → gain → sink.
 */
import { EventEmitter } from 'node:events';
import { Backoff } from '../core/backoff.js';
import { errorCode, errorMessage, isNetworkFault, SpotletError } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import { CdnFile, type CdnFileOptions } from './cdn-file.js';
import type { AudioFileCache } from './file-cache.js';
import { GainStage, type NormalisationSettings } from './gain.js';
import type { Mixer } from './mixer.js';
import { BYTES_PER_SECOND, type Sink } from './sink.js';
import { Crossfade, TailReserve, type Frames } from './crossfade.js';
import { trackAudio } from './track-audio.js';

export interface PlayableTrack {
  uri: string;
  durationMs: number;
  /** The 16-byte audio key. */
  key: Buffer;
  /** CDN URLs of the chosen file (storage-resolve); `refresh` asks for new ones (expired URLs). */
  cdnUrls(refresh: boolean): Promise<string[]>;
  /** File id (40 hex), the key of the optional on-disk cache. */
  fileId?: string;
}

/** Resolves a track URI to something playable; rejects (e.g. ERR_AUDIO_KEY_REFUSED) to make the player skip. */
export interface TrackSource {
  load(uri: string, signal: AbortSignal): Promise<PlayableTrack>;
}

export interface PlayerOptions {
  source: TrackSource;
  /** Opens the output; called when audio is first written and again after a sink failure. */
  openSink: () => Sink;
  log: Logger;
  normalisation: NormalisationSettings;
  /** Where the volume acts (software curve or the DAC's mixer). */
  mixer: Mixer;
  /** Initial volume 0..65535. */
  volume: number;
  /** Stop after this many tracks in a row failed to load or play (go-librespot stops after 50). */
  maxConsecutiveFailures?: number;
  /**
   * Prepare the next track (metadata, key, CDN URLs and its first range: a few kB of requests) this long after
   * the current one starts, so both a gapless change and a skip find it ready; never at once, so it does not
   * compete with the current track's first sound on a slow link.
   */
  preloadAfterMs?: number;
  cdn?: Omit<CdnFileOptions, 'urls'>;
  /** Fade length for pause/resume (ms); avoids clicks. */
  rampMs?: number;
  /** Equal-power crossfade between tracks (ms; 0 = gapless), never into a track that continues an album. */
  crossfadeMs?: number;
  /** On-disk cache of encrypted files (off unless given). */
  cache?: AudioFileCache;
}

export interface PlayerPosition {
  uri: string | undefined;
  positionMs: number;
  /** Duration of the current track (0 while loading). */
  durationMs: number;
  /** Wall-clock time (ms since epoch) the position refers to. */
  timestamp: number;
  playing: boolean;
}

export interface PlayerEvents {
  'track-started': [uri: string, positionMs: number];
  'track-ended': [uri: string];
  unavailable: [uri: string, err: SpotletError];
  playing: [position: PlayerPosition];
  paused: [position: PlayerPosition];
  stopped: [reason: string];
  'sink-error': [err: SpotletError];
  /** The output ran dry mid-stream `count` times: the audio came too late (CPU or network) and a gap was heard. */
  underrun: [count: number];
  /**
   * A network fault holds playback up (true, with the error: what was fetched plays out, then it waits and
   * retries) or is over (false: fetching resumed where it stopped).
   */
  network: [stalled: boolean, err?: SpotletError];
  /** The next track is being prepared (metadata, key, its first bytes). */
  preloading: [uri: string];
}

const FRAMES_PER_MS = 44.1;
/** Frames per write: small enough that pause and seek act within ~50 ms. */
const WRITE_FRAMES = 2048;

/** A track being prepared: metadata and key resolved, the first CDN bytes on their way. */
interface Prepared {
  track: PlayableTrack;
  cdn: CdnFile;
}

/** The next track, prepared ahead; it outlives the run that asked for it, so a skip to it can use it. */
interface Preload {
  uri: string;
  ready: Promise<Prepared>;
  abort: AbortController;
}

export class Player extends EventEmitter<PlayerEvents> {
  #o: PlayerOptions & { maxConsecutiveFailures: number; preloadAfterMs: number; rampMs: number; crossfadeMs: number };
  #gain: GainStage;
  #sink: Sink | undefined;
  /** A dropped output's exit: a new one may open the device only after it. */
  #sinkReleased: Promise<void> = Promise.resolve();
  #run: AbortController | undefined;
  #next: string | undefined;
  /** The next track continues the current one (an album in order): it follows gaplessly, never crossfaded. */
  #nextGapless = false;
  /** Bumped by every setNext, to see whether an 'unavailable' handler chose what comes next. */
  #nextVersion = 0;
  #preload: Preload | undefined;
  /** Lets go of the preload the current track was played from (see #takePreload). */
  #releaseTaken: (() => void) | undefined;
  /** The current track is past its preload point: a new `next` is prepared at once. */
  #preloadDue = false;
  #current: string | undefined;
  #durationMs = 0;
  #trackFrames = 0;
  #paused = false;
  /**
   * 'playing' is still owed for the track just started: it is said with its first sample written, so the
   * position reported from then on is what is heard (not the start position while nothing plays yet).
   */
  #playingOwed = false;
  #resume: (() => void) | undefined;
  /** Frames left of a fade-in (after resume, or a start mid-track). */
  #rampIn = 0;
  #volume: number;
  /** Between retries after a network fault; `retryNow` (the link is back) cuts a wait short. */
  #backoff = new Backoff({ firstMs: 1000, maxMs: 30_000, jitter: 0.5 });
  #stalled = false;
  /** Audio after a network stall waits for `#resumeCheck` (the listener may have moved to another device meanwhile). */
  #mustConfirm = false;
  #resumeCheck: ((signal: AbortSignal) => Promise<void>) | undefined;
  /** The factor the mixer leaves to the samples: applied by a sink with control, else by the gain stage. */
  #volumeFactor = 1;
  /** The sink with control holds its audio (it was told to pause). */
  #sinkHeld = false;
  /** Gaps heard since the player was made: the output ran dry mid-stream (outputs that count them). */
  #underruns = 0;

  constructor(opts: PlayerOptions) {
    super();
    this.#o = { maxConsecutiveFailures: 10, preloadAfterMs: 3000, rampMs: 10, crossfadeMs: 0, ...opts };
    this.#gain = new GainStage(opts.normalisation);
    this.#volume = -1;
    this.setVolume(opts.volume);
  }

  /** Starts `uri` at `positionMs` (replacing whatever plays). */
  load(uri: string, opts: { positionMs?: number; paused?: boolean } = {}): void {
    this.#run?.abort();
    this.#mustConfirm = false; // asked for now: nothing to check
    this.#resume?.(); // a run held by pause ends now
    this.#paused = opts.paused ?? false;
    this.#discardSink();
    // A start mid-track begins mid-waveform: it fades in.
    this.#rampIn = opts.positionMs ? this.#rampFrames : 0;
    const run = new AbortController();
    this.#run = run;
    this.#current = uri;
    this.#trackFrames = Math.round((opts.positionMs ?? 0) * FRAMES_PER_MS);
    void this.#playFrom(uri, opts.positionMs ?? 0, run.signal);
  }

  /**
   * What plays after the current track; undefined = stop at the end. It follows gaplessly, or crossfaded when
   * `crossfadeMs` is set and it does not continue the current track (`gapless`: the next track of an album
   * played in order).
   */
  setNext(uri: string | undefined, gapless = false): void {
    this.#next = uri;
    this.#nextGapless = gapless;
    this.#nextVersion++;
    if (this.#preload && this.#preload.uri !== uri) this.#dropPreload();
    if (uri && this.#preloadDue) this.#preloadNext(uri);
  }

  pause(): void {
    if (this.#paused || !this.#current) return;
    this.#paused = true;
    this.#syncHold();
    this.emit('paused', this.position());
  }

  resume(): void {
    if (!this.#paused) return;
    this.#paused = false;
    if (!this.#sink?.control) this.#rampIn = this.#rampFrames;
    this.#syncHold();
    this.#resume?.();
    if (this.#current) this.emit('playing', this.position());
  }

  seek(positionMs: number): void {
    if (this.#current) this.load(this.#current, { positionMs, paused: this.#paused });
  }

  /** Stops playback now (what ALSA still holds is dropped) and releases the audio device. */
  stop(reason = 'stopped'): Promise<void> {
    return this.#finish(reason, false);
  }

  /** Ends playback; `drain` lets the buffered end of the last track play out (the end of the queue). */
  async #finish(reason: string, drain: boolean): Promise<void> {
    this.#run?.abort();
    this.#run = undefined;
    this.#dropPreload();
    this.#preloadDue = false;
    this.#current = undefined;
    this.#resume?.();
    const sink = this.#sink;
    this.#sink = undefined;
    if (sink) await (drain ? sink.close() : sink.discard());
    this.emit('stopped', reason);
  }

  get #rampFrames(): number {
    return Math.round(this.#o.rampMs * FRAMES_PER_MS);
  }

  /**
   * A skip or seek: the old audio the output holds would be heard before the new. A sink with control fades
   * it out and drops it in place; otherwise (up to ~0.7 s in ALSA and the pipe) the output is dropped and
   * reopened (after the old one let go of the device) when audio comes.
   */
  #discardSink(): void {
    const sink = this.#sink;
    if (sink?.control) {
      sink.control.drop(this.#o.rampMs);
      this.#syncHold();
      return;
    }
    if (!sink || sink.bufferedMs() === 0) return;
    this.#sink = undefined;
    this.#sinkReleased = sink.discard();
  }

  /** A sink with control holds its audio exactly while the player is paused (fading out and in). */
  #syncHold(): void {
    const c = this.#sink?.control;
    if (!c || this.#sinkHeld === this.#paused) return;
    this.#sinkHeld = this.#paused;
    if (this.#paused) c.pause(this.#o.rampMs);
    else c.resume(this.#o.rampMs);
  }

  setVolume(volume: number): void {
    const v = Math.min(65535, Math.max(0, Math.round(volume)));
    if (v === this.#volume) return;
    this.#volume = v;
    this.#volumeFactor = this.#o.mixer.setVolume(v);
    this.#applyVolume();
  }

  /** Where the volume factor applies: at a sink with control (what it holds is scaled too), else before it. */
  #applyVolume(): void {
    const c = this.#sink?.control;
    c?.setGain(this.#volumeFactor);
    this.#gain.setVolume(c ? 1 : this.#volumeFactor);
  }

  get volume(): number {
    return this.#volume;
  }

  /** Gaps heard since the player was made: the output ran dry mid-stream (the native output counts them). */
  get underruns(): number {
    return this.#underruns;
  }

  get paused(): boolean {
    return this.#paused;
  }

  /** Waiting for the network (a fault outlasted the quick retries); playback resumes by itself. */
  get stalled(): boolean {
    return this.#stalled;
  }

  /** The network is back: a playback held up by a network fault tries again at once. */
  retryNow(): void {
    this.#backoff.retryNow();
  }

  /**
   * What audio waits for after a network stall, before a sample is heard (Connect: the cluster, which may show
   * that the listener moved playback to another device during the outage; it stops this player then).
   */
  setResumeCheck(check: ((signal: AbortSignal) => Promise<void>) | undefined): void {
    this.#resumeCheck = check;
  }

  /** Position of what is being heard now (frames written minus what the sink still buffers). */
  position(): PlayerPosition {
    const buffered = this.#sink?.bufferedMs() ?? 0;
    return {
      uri: this.#current,
      positionMs: Math.max(0, Math.round(this.#trackFrames / FRAMES_PER_MS - buffered)),
      durationMs: this.#durationMs,
      timestamp: Date.now(),
      playing: !!this.#current && !this.#paused,
    };
  }

  async #playFrom(firstUri: string, startMs: number, signal: AbortSignal): Promise<void> {
    const log = this.#o.log;
    let uri: string | undefined = firstUri;
    let positionMs = startMs;
    let failures = 0;
    /** The previous track's end, held back to fade into this one. */
    let tail: Frames | undefined;
    while (uri && !signal.aborted) {
      this.#releaseTaken?.();
      this.#releaseTaken = undefined;
      this.#current = uri;
      this.#durationMs = 0;
      this.#trackFrames = Math.round(positionMs * FRAMES_PER_MS);
      this.#preloadDue = false;
      let failed = false;
      const nextVersion = this.#nextVersion;
      try {
        const { track, cdn } = await (this.#takePreload(uri, signal) ?? this.#prepare(uri, signal, false));
        if (signal.aborted) return;
        this.#recovered();
        this.#durationMs = track.durationMs;
        this.#playingOwed = true;
        this.emit('track-started', uri, positionMs);
        const fadeFrom = tail;
        tail = undefined;
        const ownTail = await this.#playTrack(
          track,
          cdn,
          positionMs,
          signal,
          () => {
            this.#preloadDue = true;
            if (this.#next) this.#preloadNext(this.#next);
          },
          fadeFrom,
        );
        if (signal.aborted) return;
        failures = 0;
        this.emit('track-ended', uri);
        // Its end fades into the next track, unless that continues an album (gapless) or nothing follows.
        if (ownTail && this.#next && !this.#nextGapless) tail = ownTail;
        else if (ownTail) await this.#writeFrames(ownTail, signal);
      } catch (err) {
        if (signal.aborted) return;
        // The track the tail was to fade into failed: the tail plays out as it is.
        if (tail) await this.#writeFrames(tail, signal);
        tail = undefined;
        const e = err instanceof SpotletError ? err : new SpotletError(errorCode(err), errorMessage(err));
        if (isNetworkFault(e)) {
          // Not the track's fault: the same track is tried again where it was, queue untouched.
          await this.#stall(uri, e, signal);
          positionMs = Math.round(this.#trackFrames / FRAMES_PER_MS);
          continue;
        }
        failures++;
        failed = true;
        log.warn('track skipped', { uri, code: e.code, reason: e.message, consecutiveFailures: failures });
        this.emit('unavailable', uri, e);
        if (failures >= this.#o.maxConsecutiveFailures) {
          await this.stop(`${failures} tracks in a row failed`);
          return;
        }
      }
      // After a failure, an 'unavailable' handler must choose what follows (setNext); otherwise stop.
      uri = failed && this.#nextVersion === nextVersion ? undefined : this.#next;
      this.#next = undefined;
      positionMs = 0;
    }
    if (tail && !signal.aborted) await this.#writeFrames(tail, signal);
    // The end of the queue is reached when it has been heard: until then it can still be paused or replaced.
    while (!signal.aborted && this.#sink && this.#sink.bufferedMs() > 0)
      await new Promise((r) => setTimeout(r, Math.min(250, Math.max(10, this.#sink?.bufferedMs() ?? 0))));
    if (!signal.aborted) await this.#finish('end of queue', true);
  }

  /** Starts preparing `uri` (unless it already is), on its own signal: it survives skips and seeks. */
  #preloadNext(uri: string): void {
    if (this.#preload?.uri === uri) return;
    this.#dropPreload();
    const abort = new AbortController();
    const ready = this.#prepare(uri, abort.signal, true);
    // Reported when the track is played; a network fault is forgotten, so the track is prepared again then.
    ready.catch((err: unknown) => {
      if (isNetworkFault(err) && this.#preload?.ready === ready) this.#preload = undefined;
    });
    this.#preload = { uri, ready, abort };
    this.emit('preloading', uri);
  }

  /**
   * The preload of `uri`, handed to the run that plays it (whose end then cancels it). Another track's preload
   * stays (a seek keeps the next track ready); `setNext` drops it when the next track changes.
   */
  #takePreload(uri: string, signal: AbortSignal): Promise<Prepared> | undefined {
    const p = this.#preload;
    if (p?.uri !== uri) return undefined;
    this.#preload = undefined;
    const abort = (): void => p.abort.abort();
    signal.addEventListener('abort', abort, { once: true });
    // A run plays track after track on one signal: each track's listener (holding its prepared file) goes with it.
    this.#releaseTaken = () => signal.removeEventListener('abort', abort);
    return p.ready;
  }

  #dropPreload(): void {
    this.#preload?.abort.abort();
    this.#preload = undefined;
  }

  async #prepare(uri: string, signal: AbortSignal, prefetch: boolean): Promise<Prepared> {
    const track = await this.#o.source.load(uri, signal);
    const cdn = new CdnFile({ urls: track.cdnUrls, ...this.#o.cdn });
    if (prefetch && !(track.fileId && this.#o.cache?.read(track.fileId))) cdn.prefetch(signal);
    return { track, cdn };
  }

  /** A network fault: report it (once per stall), then wait for the backoff or the network's return. */
  async #stall(uri: string, err: SpotletError, signal: AbortSignal): Promise<void> {
    const delay = this.#backoff.next();
    this.#o.log.warn('network fault: playback waits and goes on where it stopped', {
      uri,
      code: err.code,
      reason: err.message,
      retryInMs: delay,
    });
    if (!this.#stalled) {
      this.#stalled = true;
      this.#mustConfirm = true;
      this.emit('network', true, err);
    }
    await this.#backoff.wait(delay, signal);
  }

  /** Data flows again after a network fault. */
  #recovered(): void {
    this.#backoff.reset();
    if (!this.#stalled) return;
    this.#stalled = false;
    this.#o.log.info('network back: playback goes on');
    this.emit('network', false);
  }

  /**
   * Plays one track to its end; `onPreload` fires once, `preloadAfterMs` into it (or before its end and its
   * crossfade if shorter). `fadeFrom` is the previous track's tail, mixed into this one's start. With
   * crossfading on, returns this track's tail, held back for the next one.
   */
  async #playTrack(
    track: PlayableTrack,
    cdn: CdnFile,
    startMs: number,
    signal: AbortSignal,
    onPreload: () => void,
    fadeFrom: Frames | undefined,
  ): Promise<Frames | undefined> {
    let preloadAsked = false;
    const { preloadAfterMs, crossfadeMs } = this.#o;
    const preloadAtFrame =
      Math.min(startMs + preloadAfterMs, Math.max(startMs, track.durationMs - crossfadeMs - 1000)) * FRAMES_PER_MS;
    const reserve = new TailReserve(Math.round(crossfadeMs * FRAMES_PER_MS));
    const fade = fadeFrom ? new Crossfade(fadeFrom) : undefined;
    const tailFactor = this.#gain.trackFactor;
    const blocks = trackAudio({
      key: track.key,
      cdn,
      ...(track.fileId && this.#o.cache ? { cache: { store: this.#o.cache, fileId: track.fileId } } : {}),
      startFrame: Math.round(startMs * FRAMES_PER_MS),
      totalFrames: Math.round(track.durationMs * FRAMES_PER_MS),
      signal,
      log: this.#o.log,
      // A network fault mid-track: what was fetched plays out, then fetching resumes at the byte where it stopped,
      // into the same decipher and decoder (the gap is silence; nothing is skipped or played twice).
      onData: () => this.#recovered(),
      onNetworkFault: (err) => this.#stall(track.uri, err, signal),
      onNormalisation: (n) => {
        this.#gain.setTrack(n);
        // The tail keeps its own track's normalisation under this one's gain stage.
        if (fade) fade.tailGain = tailFactor / (this.#gain.trackFactor || 1);
      },
    });
    const play = async (f: Frames | undefined): Promise<void> => {
      if (!f) return;
      await this.#writeFrames(f, signal);
      if (!preloadAsked && this.#trackFrames >= preloadAtFrame) {
        preloadAsked = true;
        onPreload();
      }
    };
    for await (const b of blocks) {
      await play(reserve.push(fade ? fade.mix(b) : b));
      if (signal.aborted) return undefined;
    }
    if (signal.aborted) return undefined;
    const rest = fade?.rest();
    if (rest) await play(reserve.push(rest));
    return reserve.take();
  }

  async #writeFrames(f: Frames, signal: AbortSignal): Promise<void> {
    for (let i = 0; i < f.frames && !signal.aborted; i += WRITE_FRAMES) {
      const n = Math.min(WRITE_FRAMES, f.frames - i);
      await this.#write(f.left.subarray(i, i + n), f.right.subarray(i, i + n), n, signal);
    }
  }

  async #write(left: Float32Array, right: Float32Array, frames: number, signal: AbortSignal): Promise<void> {
    if (this.#mustConfirm) {
      this.#mustConfirm = false;
      await this.#resumeCheck?.(signal);
      if (signal.aborted) return;
    }
    const sink = await this.#openSink(signal);
    if (!sink) return;
    if (this.#paused && !sink.control) {
      // Fade out over the first frames of this block, write it, then hold until resumed.
      const rampFrames = Math.min(frames, this.#rampFrames);
      const pcm = this.#gain.toS16(left, right, rampFrames, {
        frames: rampFrames,
        gain: (i) => 1 - (i + 1) / rampFrames,
      });
      // Counted as the sink takes it (its buffered audio counts from there), not when the write resolves.
      const written = this.#toSink(pcm, signal);
      this.#trackFrames += rampFrames;
      await written;
      await new Promise<void>((resolve) => {
        this.#resume = resolve;
        if (!this.#paused || signal.aborted) resolve();
      });
      this.#resume = undefined;
      if (signal.aborted) return;
      left = left.subarray(rampFrames);
      right = right.subarray(rampFrames);
      frames -= rampFrames;
      this.#rampIn = this.#rampFrames;
    }
    const rampLen = this.#rampFrames;
    const rampStart = this.#rampIn;
    const pcm = this.#gain.toS16(
      left,
      right,
      frames,
      rampStart > 0 ? { frames: rampStart, gain: (i) => (rampLen - rampStart + i + 1) / rampLen } : undefined,
    );
    this.#rampIn = Math.max(0, rampStart - frames);
    const written = this.#toSink(pcm, signal);
    this.#trackFrames += frames;
    if ((await written) && this.#playingOwed && !this.#paused && !signal.aborted) {
      this.#playingOwed = false;
      this.emit('playing', this.position());
    }
  }

  /** The output, opened when audio first comes (after a dropped one let go of the device); undefined if aborted. */
  async #openSink(signal: AbortSignal): Promise<Sink | undefined> {
    if (!this.#sink) await this.#sinkReleased;
    if (signal.aborted) return undefined;
    if (!this.#sink) {
      const sink = this.#o.openSink();
      sink.on('error', (err) => {
        if (this.#sink === sink) {
          this.#sink = undefined;
          // What the dead output held is lost: the next one starts further on in the track, faded in, and says
          // 'playing' again with that position (the app's was drawn from the audio lost).
          this.#rampIn = this.#rampFrames;
          if (this.#current) this.#playingOwed = true;
        }
        this.#o.log.error('audio output failed', { err });
        this.emit('sink-error', err);
      });
      sink.on('underrun', (count, total) => {
        this.#underruns += count;
        this.#o.log.warn('audio output underrun: the audio came too late, a gap was heard', {
          uri: this.#current,
          count,
          sinceOutputOpened: total,
        });
        this.emit('underrun', count);
      });
      this.#sink = sink;
      this.#sinkHeld = false;
      this.#applyVolume();
      this.#syncHold();
    }
    return this.#sink;
  }

  /** Writes `pcm` to the output; false when no output took it (aborted, or the output failed). */
  async #toSink(pcm: Buffer, signal: AbortSignal): Promise<boolean> {
    if (!pcm.length) return false;
    const sink = await this.#openSink(signal);
    if (!sink) return false;
    try {
      await sink.write(pcm);
      return true;
    } catch {
      // Reported through 'sink-error'; the next write reopens the output after a short pause.
      await new Promise((r) => setTimeout(r, (pcm.length / BYTES_PER_SECOND) * 1000));
      return false;
    }
  }
}
