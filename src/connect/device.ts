/**
 * The speaker as a Connect device (protocol/06 §1–4, §8): announces itself with a NEW_DEVICE PUT on every
 * dealer connection id, turns the app's commands into controller calls (one reply each), PUTs the player
 * state when it changes (coalesced to at most one PUT per 200 ms), follows remote volume, and goes inactive
 * when another device takes over.
 */
import type { Logger } from '../core/log.js';
import { spotify as cs } from '../gen/connect.js';
import type { DealerClient, DealerMessage, DealerRequest, SpClient } from '../web/index.js';
import { handleCommand, type TransferState } from './commands.js';
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
  /** The app's "log out" (forget the zeroconf user). */
  onLogout?: () => void;
  minPutIntervalMs?: number;
}

type Reason = 'NEW_DEVICE' | 'PLAYER_STATE_CHANGED' | 'VOLUME_CHANGED';

export class ConnectDevice {
  #o: ConnectDeviceOptions & { minPutIntervalMs: number };
  #pending: Reason | undefined;
  #timer: NodeJS.Timeout | undefined;
  #lastPut = 0;
  #putting: Promise<void> = Promise.resolve();
  #lastCommand = { by: '', id: 0 };
  #startedPlayingAt = 0;
  /** Whether the controller was active at its last state change (a change to active starts a new "playing at"). */
  #wasActive = false;
  /** PUTs sent (for the benchmark and logs). */
  puts = 0;

  constructor(o: ConnectDeviceOptions) {
    this.#o = { minPutIntervalMs: 200, ...o };
    const { dealer, controller } = o;
    dealer.on('connection-id', () => this.#schedule('NEW_DEVICE'));
    dealer.on('request', (req, reply) => void this.#onRequest(req, reply));
    dealer.on('message', (msg) => this.#onMessage(msg));
    // Active again by the app's command or a local button: the PUT says the speaker plays, since now.
    controller.on('state', () => {
      if (controller.active && !this.#wasActive) this.#startedPlayingAt = Date.now();
      this.#wasActive = controller.active;
      this.#schedule('PLAYER_STATE_CHANGED');
    });
    controller.on('volume', () => this.#schedule('VOLUME_CHANGED'));
  }

  start(): void {
    this.#o.dealer.start();
  }

  async stop(): Promise<void> {
    clearTimeout(this.#timer);
    if (this.#o.controller.active) await this.#inactive();
    this.#o.dealer.close();
  }

  async #onRequest(req: DealerRequest, reply: (success: boolean) => void): Promise<void> {
    if (req.messageIdent !== 'hm://connect-state/v1/player/command') return reply(false);
    const body = (req.body && typeof req.body === 'object' ? req.body : {}) as { message_id?: number; sent_by_device_id?: string; command?: { endpoint?: string; data?: string } };
    this.#lastCommand = { by: body.sent_by_device_id ?? '', id: body.message_id ?? 0 };
    let transfer: TransferState | undefined;
    if (body.command?.endpoint === 'transfer' && typeof body.command.data === 'string') {
      try {
        transfer = C.TransferState.toObject(C.TransferState.decode(Buffer.from(body.command.data, 'base64')), { longs: Number, defaults: false }) as TransferState;
      } catch (err) {
        this.#o.log.warn('transfer data is not a TransferState', { reason: (err as Error).message });
      }
    }
    const result = await handleCommand(this.#o.controller, body.command, transfer);
    if (!result.success) this.#o.log.warn('command refused', { endpoint: body.command?.endpoint ?? null, reason: result.reason });
    reply(result.success);
    this.#schedule('PLAYER_STATE_CHANGED');
  }

  #onMessage(msg: DealerMessage): void {
    try {
      if (msg.uri.startsWith('hm://connect-state/v1/cluster')) {
        const update = C.ClusterUpdate.decode(msg.payload);
        const active = update.cluster?.activeDeviceId ?? '';
        if (this.#o.controller.active && active !== this.#o.device.deviceId) {
          this.#o.log.info('another device took over', { activeDevice: active });
          void this.#o.controller.deactivate('another device took over').then(() => this.#inactive());
        }
      } else if (msg.uri.startsWith('hm://connect-state/v1/connect/volume')) {
        const v = C.SetVolumeCommand.decode(msg.payload).volume ?? 0;
        this.#o.controller.setVolume(v);
      } else if (msg.uri.startsWith('hm://connect-state/v1/connect/logout')) {
        void this.#o.controller.deactivate('logged out').then(() => this.#o.onLogout?.());
      } else if (msg.uri.startsWith('spotify:user:attributes:update')) {
        const value = cs.user_attributes.UserAttributesUpdate.decode(msg.payload).pairs?.autoplay;
        if (value !== undefined) this.#o.controller.setAutoplay(value === '1');
      } else if (msg.uri.startsWith('spotify:user:attributes:mutated')) {
        // A mutation only names the changed fields; the values are 0/1 flags, so a named one flips (as librespot does).
        const fields = cs.user_attributes.UserAttributesMutation.decode(msg.payload).fields ?? [];
        if (fields.some((f) => f.name === 'autoplay')) this.#o.controller.setAutoplay(!this.#o.controller.autoplay);
      }
    } catch (err) {
      this.#o.log.warn('dealer message could not be decoded', { uri: msg.uri, reason: (err as Error).message });
    }
  }

  /** Coalesces PUTs: at most one per minPutIntervalMs; NEW_DEVICE and VOLUME_CHANGED win over state changes. */
  #schedule(reason: Reason): void {
    if (!this.#o.dealer.connectionId) return;
    if (!this.#pending || reason !== 'PLAYER_STATE_CHANGED') this.#pending = reason;
    if (this.#timer) return;
    const wait = Math.max(0, this.#lastPut + this.#o.minPutIntervalMs - Date.now());
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const r = this.#pending!;
      this.#pending = undefined;
      this.#putting = this.#putting.then(() => this.#put(r));
    }, wait);
  }

  async #put(reason: Reason): Promise<void> {
    const connectionId = this.#o.dealer.connectionId;
    if (!connectionId) return;
    this.#lastPut = Date.now();
    const c = this.#o.controller;
    const body = C.PutStateRequest.encode({
      device: { deviceInfo: this.#deviceInfo(), playerState: c.active ? playerState(c.snapshot()) : { isSystemInitiated: true, playbackSpeed: 1 } },
      memberType: C.MemberType.CONNECT_STATE,
      isActive: c.active,
      putStateReason: C.PutStateReason[reason],
      lastCommandSentByDeviceId: this.#lastCommand.by,
      lastCommandMessageId: this.#lastCommand.id >>> 0,
      startedPlayingAt: c.active ? this.#startedPlayingAt : 0,
      clientSideTimestamp: Date.now(),
    }).finish();
    try {
      await this.#o.spclient.request('PUT', `/connect-state/v1/devices/${this.#o.device.deviceId}`, {
        body: Buffer.from(body),
        contentType: 'application/x-protobuf',
        headers: { 'X-Spotify-Connection-Id': connectionId },
      });
      this.puts++;
    } catch (err) {
      this.#o.log.warn('connect-state PUT failed', { reason, err });
    }
  }

  async #inactive(): Promise<void> {
    const connectionId = this.#o.dealer.connectionId;
    if (!connectionId) return;
    try {
      await this.#o.spclient.request('PUT', `/connect-state/v1/devices/${this.#o.device.deviceId}/inactive?notify=false`, { headers: { 'X-Spotify-Connection-Id': connectionId } });
    } catch (err) {
      this.#o.log.warn('connect-state inactive PUT failed', { err });
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

/** The PlayerState message for a controller snapshot (protocol/06 §3). */
export function playerState(s: PlayerStateSnapshot): cs.connectstate.IPlayerState {
  return {
    timestamp: s.timestamp,
    contextUri: s.contextUri,
    contextUrl: s.contextUri ? `context://${s.contextUri}` : '',
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
