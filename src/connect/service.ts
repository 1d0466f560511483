/**
 * Connect as a speaker part: once the AP session is ready it gets web tokens, connects the dealer and
 * registers the device; the commands the speaker's port hands it then drive the player. Endpoints come from
 * configuration or, when empty, from apresolve (as the real clients do). One service serves one user: its tokens, dealer
 * connection and queue are that user's, so another user gets a new service (the speaker swaps them).
 */
import type { ApSession, SessionInfo } from '../ap/index.js';
import { resolveEndpoints } from '../ap/index.js';
import type { Player, TrackSource } from '../audio/index.js';
import type { Logger } from '../core/log.js';
import type { StateStore } from '../core/state.js';
import { AccessTokens, ClientToken, DealerClient, SpClient } from '../web/index.js';
import type { CommandDispatch, CommandResult, ConnectCommand } from './command.js';
import { ConnectController } from './controller.js';
import { ConnectDevice, type DeviceDescription } from './device.js';
import { executeCommand } from './execute.js';
import { SpotifyTrackSource } from './track-source.js';

export interface ConnectServiceOptions {
  spotify: {
    apresolve_url: string;
    spclient_url: string;
    dealer_url: string;
    login5_url: string;
    client_token_url: string;
    client_id: string;
    client_version: string;
  };
  /** Audio quality asked of storage-resolve (kbit/s). */
  bitrate: 96 | 160 | 320;
  /** Builds the player over this user's track source (the composition root decides sink, mixer and volume). */
  player: (source: TrackSource) => Player;
  device: Omit<DeviceDescription, 'deviceId'>;
  session: ApSession;
  state: StateStore;
  log: Logger;
  /** Where the app's commands go: the speaker's command port. */
  dispatch: CommandDispatch;
}

export class ConnectService {
  readonly player: Player;
  readonly controller: ConnectController;
  readonly device: ConnectDevice;
  #endpoints: Promise<{ spclient: string; dealer: string }> | undefined;
  #session: ApSession;
  #autoplayOf: (info: SessionInfo | undefined) => void;

  constructor(o: ConnectServiceOptions) {
    const { state, log } = o;
    const deviceId = state.deviceId;
    const endpoints = (): Promise<{ spclient: string; dealer: string }> =>
      (this.#endpoints ??= (async () => {
        if (o.spotify.spclient_url && o.spotify.dealer_url)
          return { spclient: o.spotify.spclient_url, dealer: o.spotify.dealer_url };
        const r = await resolveEndpoints(o.spotify.apresolve_url, log);
        const sp = r.spclient[0]!;
        const de = r.dealer[0]!;
        return {
          spclient: o.spotify.spclient_url || `https://${sp.host}:${sp.port}`,
          dealer: o.spotify.dealer_url || `wss://${de.host}:${de.port}`,
        };
      })());
    const clientToken = new ClientToken(o.spotify, deviceId);
    const tokens = new AccessTokens(
      o.spotify,
      deviceId,
      () =>
        state.credentials ? { username: state.credentials.username, data: state.credentials.authData } : undefined,
      clientToken,
      log.child('login5'),
    );
    const spclient = new SpClient({
      baseUrl: async () => (await endpoints()).spclient,
      tokens,
      clientToken,
      log: log.child('spclient'),
    });
    // Country restrictions follow the current AP session's CountryCode and catalogue (a reconnect may change them).
    const market = () => ({ country: o.session.info?.countryCode, catalogue: o.session.info?.productInfo.catalogue });
    this.player = o.player(
      new SpotifyTrackSource(spclient, o.session.audioKeys, o.bitrate, market, log.child('tracks')),
    );
    this.controller = new ConnectController({
      player: this.player,
      resolver: spclient,
      clock: o.session.clock,
      log: log.child('controller'),
      volumeSteps: o.device.volumeSteps,
    });
    // The account's Autoplay setting as of each login (ProductInfo); the dealer pushes changes in between.
    this.#session = o.session;
    this.#autoplayOf = (info) => this.controller.setAutoplay(info?.productInfo.autoplay === '1');
    this.#autoplayOf(o.session.info);
    o.session.on('ready', this.#autoplayOf);
    // The volume survives restarts.
    this.controller.on('volume', (v) => void state.updateSettings({ volume: v }).catch(() => {}));
    const dealer = new DealerClient({
      url: async () => (await endpoints()).dealer,
      token: () => tokens.get(),
      onUnauthorized: () => tokens.invalidate(),
      log: log.child('dealer'),
    });
    this.device = new ConnectDevice({
      controller: this.controller,
      dealer,
      spclient,
      device: { ...o.device, deviceId },
      log,
      dispatch: o.dispatch,
      clock: o.session.clock,
    });
  }

  /** Carries out a command on this user's playback (the speaker's port calls it, whoever gave the command). */
  execute(command: ConnectCommand): Promise<CommandResult> {
    return executeCommand(this.controller, command);
  }

  start(): void {
    this.device.start();
  }

  /**
   * Ends this user's Connect: inactive in their cluster (while their token is still held), dealer closed, audio
   * stopped.
   */
  async stop(): Promise<void> {
    this.#session.off('ready', this.#autoplayOf);
    await this.device.stop();
    await this.controller.deactivate('connect stopped');
  }
}
