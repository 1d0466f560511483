/**
 * The phone's remote-control role, through the (emulated) Spotify cloud as the app does it: login5 bearer,
 * a dealer connection and a connect-state PUT of its own (non-playing) device to read the cluster, then
 * player commands, volume and transfer through spclient's connect-state endpoints.
 */
import { createHash } from 'node:crypto';
import type { Logger } from '../../src/core/log.js';
import { spotify as cs } from '../../src/gen/connect.js';
import { AccessTokens, ClientToken, DealerClient, SpClient } from '../../src/web/index.js';

const C = cs.connectstate;

export interface RemoteEndpoints {
  login5: string;
  clienttoken: string;
  spclient_url: string;
  dealer_url: string;
}

export interface RemoteDevice {
  id: string;
  name: string;
  volume: number;
  active: boolean;
}

export interface RemoteStatus {
  devices: RemoteDevice[];
  activeDeviceId: string;
  track: string;
  contextUri: string;
  positionMs: number;
  durationMs: number;
  paused: boolean;
  playing: boolean;
  shuffle: boolean;
  repeatContext: boolean;
  repeatTrack: boolean;
}

export class RemoteControl {
  readonly deviceId: string;
  #spclient: SpClient;
  #dealer: DealerClient;
  #log: Logger;

  constructor(endpoints: RemoteEndpoints, username: string, storedCredential: Buffer, log: Logger) {
    this.deviceId = createHash('sha1').update(`spotlet-phone:${username}`).digest('hex');
    this.#log = log;
    const web = {
      clientId: '65b708073fc0480ea92a077233ca87bd',
      clientVersion: '1.2.52.442',
      login5Url: endpoints.login5,
      clientTokenUrl: endpoints.clienttoken,
    };
    const clientToken = new ClientToken(web, this.deviceId);
    const tokens = new AccessTokens(web, this.deviceId, () => ({ username, data: storedCredential }), clientToken, log);
    this.#spclient = new SpClient({ baseUrl: async () => endpoints.spclient_url, tokens, clientToken, log });
    this.#dealer = new DealerClient({
      url: async () => endpoints.dealer_url,
      token: () => tokens.get(),
      onUnauthorized: () => tokens.invalidate(),
      log,
    });
  }

  /** Connects the dealer and registers the phone, returning the cluster as the app sees it. */
  async status(timeoutMs = 5000): Promise<RemoteStatus> {
    const connectionId = this.#dealer.connectionId ?? (await this.#connect(timeoutMs));
    const body = C.PutStateRequest.encode({
      device: {
        deviceInfo: {
          canPlay: false,
          name: 'spotlet-phone',
          deviceId: this.deviceId,
          deviceType: C.DeviceType.SMARTPHONE,
          capabilities: { isObservable: true, isControllable: false },
        },
      },
      memberType: C.MemberType.CONNECT_STATE,
      putStateReason: C.PutStateReason.NEW_DEVICE,
      clientSideTimestamp: Date.now(),
    }).finish();
    const res = await this.#spclient.request('PUT', `/connect-state/v1/devices/${this.deviceId}`, {
      body: Buffer.from(body),
      contentType: 'application/x-protobuf',
      headers: { 'X-Spotify-Connection-Id': connectionId },
    });
    const cl = C.Cluster.decode(res.body);
    const ps = cl.playerState;
    const n = (v: unknown): number => Number(v ?? 0);
    const paused = !!ps?.isPaused;
    const position = n(ps?.positionAsOfTimestamp) + (ps?.isPlaying && !paused ? Date.now() - n(ps?.timestamp) : 0);
    return {
      devices: Object.entries(cl.device ?? {})
        .filter(([id]) => id !== this.deviceId)
        .map(([id, d]) => ({ id, name: d.name ?? '', volume: d.volume ?? 0, active: id === cl.activeDeviceId })),
      activeDeviceId: cl.activeDeviceId ?? '',
      track: ps?.track?.uri ?? '',
      contextUri: ps?.contextUri ?? '',
      positionMs: Math.min(position, n(ps?.duration) || position),
      durationMs: n(ps?.duration),
      paused,
      playing: !!ps?.isPlaying,
      shuffle: !!ps?.options?.shufflingContext,
      repeatContext: !!ps?.options?.repeatingContext,
      repeatTrack: !!ps?.options?.repeatingTrack,
    };
  }

  /** Sends a player command (play, pause, seek_to…) to a device. */
  async command(to: string, command: Record<string, unknown>): Promise<void> {
    await this.#spclient.request('POST', `/connect-state/v1/player/command/from/${this.deviceId}/to/${to}`, {
      body: Buffer.from(JSON.stringify({ command })),
      contentType: 'application/json',
      accept: 'application/json',
    });
  }

  async volume(to: string, volume: number): Promise<void> {
    await this.#spclient.request('PUT', `/connect-state/v1/connect/volume/from/${this.deviceId}/to/${to}`, {
      body: Buffer.from(JSON.stringify({ volume })),
      contentType: 'application/json',
      accept: 'application/json',
    });
  }

  /**
   * The app's Autoplay setting. How the app stores account settings is not public; the emulated cloud takes
   * it here and pushes `spotify:user:attributes:update` to the user's devices, which is what speakers see.
   */
  async setAutoplay(on: boolean): Promise<void> {
    await this.#spclient.request('PUT', '/user-attributes/v1/attributes/autoplay', {
      body: Buffer.from(JSON.stringify({ value: on ? '1' : '0' })),
      contentType: 'application/json',
      accept: 'application/json',
    });
  }

  /** Moves the current playback to another device. */
  async transfer(to: string): Promise<void> {
    await this.#spclient.request('POST', `/connect-state/v1/connect/transfer/from/${this.deviceId}/to/${to}`, {
      body: Buffer.from(JSON.stringify({ transfer_options: { restore_paused: 'restore' } })),
      contentType: 'application/json',
      accept: 'application/json',
    });
  }

  close(): void {
    this.#dealer.close();
  }

  #connect(timeoutMs: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('no dealer connection')), timeoutMs);
      this.#dealer.once('connection-id', (id) => {
        clearTimeout(t);
        resolve(id);
      });
      this.#log.debug('connecting to the dealer');
      this.#dealer.start();
    });
  }
}
