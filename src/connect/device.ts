/**
 * The speaker as a Connect device (docs/protocol/06 §1–4, §8): announces itself with a NEW_DEVICE PUT on every
 * dealer connection id, hands the app's decoded commands to the speaker's port (one reply each), PUTs the player
 * state when it changes (coalesced to at most one PUT per 200 ms; a PUT the cloud could not take is sent
 * again, with the state as it is then, after a growing backoff), follows remote volume, goes inactive when
 * another device takes over, and leaves the cluster when the app logs it out.
 */
import { Backoff } from '../core/backoff.js';
import { monotonicMs, type ServerClock } from '../core/clock.js';
import { errorMessage } from '../core/errors.js';
import { HttpError } from '../core/http.js';
import type { Logger } from '../core/log.js';
import { spotify as cs } from '../gen/connect.js';
import type { DealerClient, DealerMessage, DealerRequest, SpClient } from '../web/index.js';
import type { Command, CommandDispatch, CommandResult } from './command.js';
import { decodeDealerRequest, decodePush, type DealerPush } from './decode.js';
import type { ConnectController, PlayerStateSnapshot } from './controller.js';
import type { QueueTrack } from './queue.js';

const C = cs.connectstate;

export interface DeviceDescription {
  deviceId: string;
  name: string;
  /** DeviceType enum number (SPEAKER = 4). */
  deviceType: number;
  clientId: string;
  softwareVersion: string;
  volumeSteps: number;
  supportsLogout: boolean;
}

export interface ConnectDeviceOptions {
  controller: ConnectController;
  dealer: DealerClient;
  spclient: SpClient;
  device: DeviceDescription;
  log: Logger;
  /** Where the app's commands go (the speaker's command port), the app's "log out" included. */
  dispatch: CommandDispatch;
  /**
   * Spotify's clock (the AP session's): every time sent (client_side_timestamp, started_playing_at) or
   * compared (the take-over check) is Spotify's, never the board's wall clock; the PUT answers refine it.
   */
  clock: ServerClock;
  minPutIntervalMs?: number;
}

type Reason = 'NEW_DEVICE' | 'PLAYER_STATE_CHANGED' | 'VOLUME_CHANGED';
/** The reason a coalesced PUT carries: the cloud must learn of a new device above all, then of a volume change. */
const RANK: Record<Reason, number> = { PLAYER_STATE_CHANGED: 0, VOLUME_CHANGED: 1, NEW_DEVICE: 2 };
/** Backoff after a failed PUT: doubling from 0.5 s to 30 s, never sooner than the cloud's Retry-After. */
const PUT_RETRY = { firstMs: 500, maxMs: 30_000 };
/** After a network stall: how long a surviving dealer connection has to answer, and the cluster check at most. */
const VERIFY_MS = 5000;
const CONFIRM_MS = 15_000;

export class ConnectDevice {
  #o: ConnectDeviceOptions & { minPutIntervalMs: number };
  #pending: Reason | undefined;
  #timer: NodeJS.Timeout | undefined;
  /** Monotonic time of the last PUT. */
  #lastPut = Number.NEGATIVE_INFINITY;
  #putting: Promise<void> = Promise.resolve();
  /** PUTs failed in a row on this connection: the next one waits for its delay. */
  #retry = new Backoff(PUT_RETRY);
  #stopped = false;
  #lastCommand = { by: '', id: 0 };
  /** Spotify's time at which we last became the active device (PutStateRequest.started_playing_at). */
  #startedPlayingAt = 0;
  /** Whether the controller was active at its last state change (a change to active starts a new "playing at"). */
  #wasActive = false;
  /**
   * When we last became the player: the last transfer's playback timestamp, else the time we were made active.
   * A cluster update naming another device with an older player state is stale (docs/protocol/06 §4.3).
   */
  #activeSince = 0;
  /** Dealer connections so far: a NEW_DEVICE on a later one re-registers after an outage. */
  #connections = 0;
  /** Playback was held up by the network since the last state the cloud took: the listener may have moved on. */
  #outage = false;
  /** An app command is being handled (it set #activeSince itself). */
  #inCommand = false;
  /** Audio held after a network stall until the cluster is checked (`confirmPlayback`); state PUTs wait too. */
  #confirming: Promise<void> | undefined;
  #heldPut: Reason | undefined;
  /** The dealer connection when the outage began: only that one, still answering, saw all the cloud pushed since. */
  #outageConnection: string | undefined;
  /** The player waits for the network now (its audio will wait for `confirmPlayback` when data flows again). */
  #stalled = false;
  /**
   * Registered quietly on a new dealer connection and not yet claimed the playback again: the cluster has no active
   * device meanwhile because of that registration itself, which is no loss of control.
   */
  #reclaiming = false;
  /** Told when the cluster check after an outage is done (#outage false). */
  #outageOver = new Set<() => void>();
  /** PUTs sent (for the benchmark and logs). */
  puts = 0;

  constructor(o: ConnectDeviceOptions) {
    this.#o = { minPutIntervalMs: 200, ...o };
    const { dealer, controller } = o;
    dealer.on('connection-id', () => this.#newConnection());
    dealer.on('request', (req, reply) => void this.#onRequest(req, reply));
    dealer.on('message', (msg) => this.#onMessage(msg));
    // Active again by the app's command or a local button: the PUT says the speaker plays, since now.
    controller.on('state', (why) => {
      if (why === 'network-fault') {
        if (!this.#outage) this.#outageConnection = this.#o.dealer.connectionId;
        this.#outage = this.#stalled = true;
      }
      if (why === 'network-back') this.#stalled = false;
      if (controller.active && !this.#wasActive) {
        this.#startedPlayingAt = this.#o.clock.now();
        if (!this.#inCommand) this.#activeSince = this.#o.clock.now();
      }
      this.#wasActive = controller.active;
      this.#schedule('PLAYER_STATE_CHANGED');
    });
    controller.on('volume', () => this.#schedule('VOLUME_CHANGED'));
  }

  start(): void {
    this.#stopped = false;
    this.#o.dealer.start();
  }

  /** The network is back: a PUT waiting out its backoff goes now, with the state as it is now. */
  retryNow(): void {
    if (!this.#retry.retryNow() || this.#stopped) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const pending = this.#pending;
    this.#pending = undefined;
    if (pending) this.#schedule(pending);
  }

  /**
   * Before audio goes on after a network stall: the listener may have moved playback to another device during the
   * outage. A dealer connection that survived answers a ping after whatever the cloud pushed meanwhile (a take-over
   * stops the player then); a dead one is replaced, and the new connection registers quietly and reads the cluster
   * first. Until then no state PUT claims the playback. Bounded: without an answer in CONFIRM_MS it plays on.
   */
  async confirmPlayback(signal: AbortSignal): Promise<void> {
    if (!this.#outage || this.#stopped) return;
    this.#confirming ??= this.#confirm().finally(() => {
      this.#confirming = undefined;
      const held = this.#heldPut;
      this.#heldPut = undefined;
      if (held) this.#schedule(held);
    });
    await new Promise<void>((resolve) => {
      const stop = (): void => resolve();
      signal.addEventListener('abort', stop, { once: true });
      void this.#confirming!.then(() => {
        signal.removeEventListener('abort', stop);
        resolve();
      });
    });
  }

  async #confirm(): Promise<void> {
    const log = this.#o.log;
    const connection = this.#o.dealer.connectionId;
    if (
      connection &&
      connection === this.#outageConnection &&
      (await this.#o.dealer.verify(VERIFY_MS)) &&
      connection === this.#o.dealer.connectionId
    ) {
      // Everything pushed during the outage came before the answer: a take-over has already stopped the player.
      this.#outage = false;
      log.info('dealer still connected after the outage: playback goes on');
      return;
    }
    // A new connection (or none yet): its quiet registration reads the cluster (#afterOutage ends the outage).
    log.info('playback waits for the cluster after the outage');
    await new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.#outageOver.delete(done);
        resolve();
      };
      const timer = setTimeout(() => {
        log.warn('the cluster could not be read after the outage: playback goes on', { withinMs: CONFIRM_MS });
        this.#outage = false;
        done();
      }, CONFIRM_MS);
      this.#outageOver.add(done);
    });
  }

  #endOutage(): void {
    this.#outage = false;
    for (const f of [...this.#outageOver]) f();
  }

  /** Shutdown or another user (docs/protocol/06 §4.4): inactive if it played, then gone from the cluster. */
  stop(): Promise<void> {
    return this.#goAway(this.#o.controller.active);
  }

  /** No more PUTs; the inactive state if it was playing, DELETE from the cluster, dealer closed. */
  async #goAway(wasActive: boolean): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
    await this.#putting; // a PUT under way must not register the device again after it left
    if (wasActive) await this.#inactive();
    if (this.#o.dealer.connectionId) await this.#leave();
    await this.#o.dealer.close();
  }

  /** A new dealer connection: announce the device; a backoff of the old connection's failed PUTs is over. */
  #newConnection(): void {
    this.#connections++;
    this.#retry.reset();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#schedule('NEW_DEVICE');
  }

  /** A player command of the app: decoded once, refused or dispatched through the speaker's port, one reply. */
  async #onRequest(req: DealerRequest, reply: (success: boolean) => void): Promise<void> {
    const request = decodeDealerRequest(req, this.#o.clock.now());
    if (!request) return reply(false);
    this.#lastCommand = { by: request.sentBy, id: request.messageId };
    let result: CommandResult;
    if ('refused' in request.decoded) result = { success: false, reason: request.decoded.refused };
    else {
      const command = request.decoded.command;
      // Set before the command runs: a cluster update may arrive as soon as the controller is active.
      if (command.kind === 'transfer') this.#activeSince = command.stateTimestamp || this.#o.clock.now();
      else if (!this.#o.controller.active) this.#activeSince = this.#o.clock.now();
      this.#inCommand = true;
      result = await this.#dispatch(command).finally(() => (this.#inCommand = false));
    }
    if (!result.success)
      this.#o.log.warn('command refused', { endpoint: request.endpoint ?? null, reason: result.reason });
    reply(result.success);
    this.#schedule('PLAYER_STATE_CHANGED');
  }

  #onMessage(msg: DealerMessage): void {
    let push: DealerPush | undefined;
    try {
      push = decodePush(msg);
    } catch (err) {
      this.#o.log.warn('dealer message could not be decoded', { uri: msg.uri, reason: errorMessage(err) });
      return;
    }
    const c = this.#o.controller;
    switch (push?.kind) {
      case 'cluster':
        return this.#onCluster(push.update);
      case 'command':
        return void this.#dispatch(push.command);
      case 'logout':
        return void this.#logout();
      case 'autoplay':
        return c.setAutoplay(push.on);
      case 'autoplay-flipped':
        // A mutation only names the changed fields; the values are 0/1 flags, so a named one flips (as librespot does).
        return c.setAutoplay(!c.autoplay);
    }
  }

  /**
   * We lose control when the cluster names another active device, or none at all (both references: librespot
   * `handle_cluster_update`, go-librespot `handleDealerMessage`), unless the update's player state is no newer
   * than our becoming active: then it is the previous player's last PUT racing our transfer (go-librespot's
   * check against its last transfer's timestamp), and changes nothing.
   */
  #onCluster(update: cs.connectstate.ClusterUpdate): void {
    const active = update.cluster?.activeDeviceId ?? '';
    if (!this.#o.controller.active || active === this.#o.device.deviceId) return;
    if (!active && this.#reclaiming) return; // the echo of our own quiet registration
    const stateAt = Number(update.cluster?.playerState?.timestamp ?? 0);
    if (stateAt <= this.#activeSince) {
      this.#o.log.debug('stale cluster update ignored', {
        activeDevice: active,
        stateTimestamp: stateAt,
        activeSince: this.#activeSince,
      });
      return;
    }
    if (active) this.#o.log.info('another device took over', { activeDevice: active });
    else this.#o.log.info('the cluster has no active device any more: control lost');
    void this.#o.controller
      .deactivate(active ? 'another device took over' : 'control lost')
      .then(() => this.#inactive());
  }

  /**
   * The app logged this speaker out: stop playing, tell the cloud the device is no longer active and remove it
   * from the cluster (the app's device list), close the dealer; then the logout command goes through the
   * speaker's port, which forgets the user.
   */
  async #logout(): Promise<void> {
    const wasActive = this.#o.controller.active;
    this.#o.log.info('logged out by the app', { wasActive });
    this.#stopped = true; // stopping playback must not PUT a state change first
    await this.#o.controller.deactivate('logged out');
    await this.#goAway(wasActive);
    await this.#dispatch({ kind: 'logout' });
  }

  /** An app command through the speaker's port; a port that failed counts as a refusal (never unanswered). */
  async #dispatch(command: Command): Promise<CommandResult> {
    try {
      return await this.#o.dispatch(command, 'app');
    } catch (err) {
      return { success: false, reason: `${command.kind}: ${errorMessage(err)}` };
    }
  }

  /**
   * Coalesces PUTs: at most one per minPutIntervalMs (none before a failed PUT's backoff ends); NEW_DEVICE wins over
   * VOLUME_CHANGED over state changes.
   */
  #schedule(reason: Reason): void {
    if (this.#stopped || !this.#o.dealer.connectionId) return;
    if (!this.#pending || RANK[reason] > RANK[this.#pending]) this.#pending = reason;
    if (this.#timer) return;
    const wait = Math.max(0, this.#lastPut + this.#o.minPutIntervalMs - monotonicMs(), this.#retry.remainingMs());
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const r = this.#pending;
      this.#pending = undefined;
      if (r) this.#putting = this.#putting.then(() => this.#put(r));
    }, wait);
  }

  async #put(reason: Reason): Promise<void> {
    const connectionId = this.#o.dealer.connectionId;
    if (this.#stopped || !connectionId) return;
    // Queued behind a PUT that failed: wait for its backoff, then send the state as it is by then.
    if (!this.#retry.ready()) return this.#schedule(reason);
    const c = this.#o.controller;
    if (this.#outage && reason !== 'NEW_DEVICE' && c.active) {
      if (this.#confirming) {
        // The cluster check after an outage comes first: this state goes once it is done.
        if (!this.#heldPut || RANK[reason] > RANK[this.#heldPut]) this.#heldPut = reason;
        return;
      }
      // During an outage a state claiming the playback goes only over a dealer that still answers (a take-over
      // pushed meanwhile comes before the answer); a dead connection is replaced and its NEW_DEVICE says the rest.
      if (!(await this.#o.dealer.verify(VERIFY_MS)) || !c.active || this.#stopped) return;
    }
    this.#lastPut = monotonicMs();
    // Back on a new dealer connection (the old one was lost, maybe in an outage the audio fetched ahead covered):
    // register without claiming the player and look at the cluster first: the listener may have moved playback to
    // another device meanwhile (then the speaker stops and stays inactive), otherwise it claims it again at once.
    const quiet = reason === 'NEW_DEVICE' && this.#connections > 1 && c.active;
    const active = c.active && !quiet;
    if (quiet) this.#reclaiming = true;
    const snapshot = active ? c.snapshot() : undefined;
    const body = C.PutStateRequest.encode({
      device: {
        deviceInfo: this.#deviceInfo(),
        playerState: snapshot ? playerState(snapshot) : { isSystemInitiated: true, playbackSpeed: 1 },
      },
      memberType: C.MemberType.CONNECT_STATE,
      isActive: active,
      putStateReason: C.PutStateReason[reason],
      lastCommandSentByDeviceId: this.#lastCommand.by,
      lastCommandMessageId: this.#lastCommand.id >>> 0,
      startedPlayingAt: snapshot ? this.#startedPlayingAt : 0,
      // How long the current track has played here (go-librespot's HasBeenPlayingFor); librespot sends none.
      hasBeenPlayingForMs: snapshot?.hasBeenPlayingForMs ?? 0,
      clientSideTimestamp: this.#o.clock.now(),
    }).finish();
    try {
      const sentAt = monotonicMs();
      const res = await this.#o.spclient.request('PUT', `/connect-state/v1/devices/${this.#o.device.deviceId}`, {
        body: Buffer.from(body),
        contentType: 'application/x-protobuf',
        headers: { 'X-Spotify-Connection-Id': connectionId },
        busyRetries: false,
      });
      const receivedAt = monotonicMs();
      this.puts++;
      this.#retry.reset();
      const cluster = this.#clusterOf(res.body);
      if (cluster) this.#learnServerTime(cluster, sentAt, receivedAt);
      if (quiet) this.#afterOutage(cluster);
      else if (active) {
        this.#reclaiming = false;
        if (!this.#stalled) this.#endOutage();
      }
    } catch (err) {
      // No answer, 429 or 5xx: worth sending again. Another 4xx would fail again; a new connection announces itself.
      const status = err instanceof HttpError ? err.status : 0;
      if ((status !== 0 && status !== 429 && status < 500) || connectionId !== this.#o.dealer.connectionId) {
        this.#o.log.warn('connect-state PUT failed', { reason, err });
        return;
      }
      const waitMs = this.#retry.next(err instanceof HttpError ? (err.retryAfterMs ?? 0) : 0);
      this.#o.log.warn('connect-state PUT failed, sending the current state again later', {
        reason,
        err,
        failures: this.#retry.failures,
        inMs: waitMs,
      });
      this.#schedule(reason);
    }
  }

  /** The PUT's answer: the Cluster as the cloud has it (undefined, and logged, when it is none). */
  #clusterOf(body: Buffer): cs.connectstate.Cluster | undefined {
    try {
      return C.Cluster.decode(body);
    } catch (err) {
      this.#o.log.warn('connect-state PUT answer is not a Cluster', { reason: errorMessage(err) });
      return undefined;
    }
  }

  /** The Cluster is stamped with Spotify's time in ms: it sets our clock to the PUT's round trip. */
  #learnServerTime(cluster: cs.connectstate.Cluster, sentAt: number, receivedAt: number): void {
    const serverMs = Number(cluster.serverTimestampMs ?? 0);
    if (!this.#o.clock.observeRoundTrip(serverMs, sentAt, receivedAt) && serverMs > 0)
      this.#o.log.debug('cluster server time not used', { serverMs, roundTripMs: receivedAt - sentAt });
  }

  /**
   * The cluster as the cloud had it when the speaker came back (the PUT's answer): another device that took over
   * meanwhile keeps the playback; otherwise the speaker claims it again with its state as it is now.
   */
  #afterOutage(cluster: cs.connectstate.ICluster | undefined): void {
    const other = cluster?.activeDeviceId && cluster.activeDeviceId !== this.#o.device.deviceId;
    if (other) this.#onCluster(C.ClusterUpdate.create({ cluster }));
    const stillOurs = this.#o.controller.active;
    if (stillOurs) this.#schedule('PLAYER_STATE_CHANGED');
    else this.#reclaiming = false;
    this.#endOutage();
    // Taken over: the deactivation (under way) stops the player, so the held audio is never heard.
    if (!stillOurs) this.#o.log.info('the listener moved playback elsewhere during the outage: staying quiet');
  }

  async #inactive(): Promise<void> {
    const connectionId = this.#o.dealer.connectionId;
    if (!connectionId) return;
    try {
      await this.#o.spclient.request(
        'PUT',
        `/connect-state/v1/devices/${this.#o.device.deviceId}/inactive?notify=false`,
        { headers: { 'X-Spotify-Connection-Id': connectionId } },
      );
    } catch (err) {
      this.#o.log.warn('connect-state inactive PUT failed', { err });
    }
  }

  /** DELETE the device from the cluster (docs/protocol/06 §2, §4.4): it is gone from the app's device list. */
  async #leave(): Promise<void> {
    try {
      await this.#o.spclient.request('DELETE', `/connect-state/v1/devices/${this.#o.device.deviceId}`, {
        busyRetries: false,
      });
    } catch (err) {
      this.#o.log.warn('connect-state DELETE failed', { err });
    }
  }

  #deviceInfo(): cs.connectstate.IDeviceInfo {
    const d = this.#o.device;
    return {
      canPlay: true,
      volume: this.#o.controller.volume,
      name: d.name,
      deviceSoftwareVersion: d.softwareVersion,
      deviceType: d.deviceType,
      spircVersion: '3.2.6',
      deviceId: d.deviceId,
      clientId: d.clientId,
      capabilities: {
        canBePlayer: true,
        gaiaEqConnectId: true,
        supportsLogout: d.supportsLogout,
        isObservable: true,
        volumeSteps: d.volumeSteps,
        supportedTypes: ['audio/track', 'audio/episode'],
        commandAcks: true,
        supportsPlaylistV2: true,
        isControllable: true,
        supportsTransferCommand: true,
        supportsCommandRequest: true,
        needsFullPlayerState: true,
        supportsGzipPushes: true,
        supportsSetOptionsCommand: true,
        supportedAudioQuality: 4,
      },
    };
  }
}

function providedTrack(t: QueueTrack): cs.connectstate.IProvidedTrack {
  return { uri: t.uri, uid: t.uid, metadata: t.metadata, provider: t.provider };
}

/** The PlayerState message for a controller snapshot (docs/protocol/06 §3). */
export function playerState(s: PlayerStateSnapshot): cs.connectstate.IPlayerState {
  return {
    timestamp: s.timestamp,
    contextUri: s.contextUri,
    contextUrl: s.contextUri ? `context://${s.contextUri}` : '',
    playOrigin: s.playOrigin,
    contextMetadata: s.contextMetadata,
    contextRestrictions: s.contextRestrictions,
    queueRevision: s.queueRevision,
    index: s.index,
    ...(s.track ? { track: providedTrack(s.track) } : {}),
    playbackId: s.playbackId,
    playbackSpeed: s.playbackSpeed,
    positionAsOfTimestamp: s.positionAsOfTimestamp,
    duration: s.durationMs,
    isPlaying: s.isPlaying,
    isPaused: s.isPaused,
    isBuffering: s.isBuffering,
    isSystemInitiated: true,
    options: s.options,
    restrictions: s.restrictions,
    nextTracks: s.nextTracks.map(providedTrack),
    prevTracks: s.prevTracks.map(providedTrack),
    sessionId: s.sessionId,
  };
}
