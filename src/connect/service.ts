/**
 * Connect as a speaker part: once the AP session is ready it gets web tokens, connects the dealer and
 * registers the device; the commands the speaker's port hands it then drive the player. Endpoints come from
 * configuration or, when empty, from apresolve (as the real clients do). One service serves one user: its tokens, dealer
 * connection and queue are that user's, so another user gets a new service (the speaker swaps them).
 */
import type { ApSession, EndpointKind, SessionInfo } from '../ap/index.js';
import type { Player, TrackSource } from '../audio/index.js';
import type { Logger } from '../core/log.js';
import type { StateStore } from '../core/state.js';
import { AccessTokens, ClientToken, DealerClient, SpClient, type WebEndpoints } from '../web/index.js';
import type { CommandDispatch, CommandResult, ConnectCommand } from './command.js';
import { ConnectController } from './controller.js';
import { ConnectDevice, type DeviceDescription } from './device.js';
import { executeCommand } from './execute.js';
import { SpotifyTrackSource, type TrackDetails } from './track-source.js';

/** Spotify's web endpoints; spclient and dealer come from the session's apresolve lists unless fixed here. */
export interface ConnectEndpoints extends WebEndpoints {
  apresolveUrl: string;
  /** A fixed spclient base URL; empty = apresolve's. */
  spclientUrl: string;
  /** A fixed dealer base URL; empty = apresolve's. */
  dealerUrl: string;
}

export interface ConnectServiceOptions {
  endpoints: ConnectEndpoints;
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
  #session: ApSession;
  #tracks: SpotifyTrackSource;
  #dealer: DealerClient;
  #autoplayOf: (info: SessionInfo | undefined) => void;

  constructor(o: ConnectServiceOptions) {
    const { state, log } = o;
    const deviceId = state.deviceId;
    // Spotify's hosts speak TLS like its resolver; a plain-HTTP resolver (a local emulator) names plain hosts.
    const tls = !o.endpoints.apresolveUrl.startsWith('http:');
    const spclientHosts = hostsOf(o.session, 'spclient', o.endpoints.spclientUrl, tls ? 'https' : 'http');
    const dealerHosts = hostsOf(o.session, 'dealer', o.endpoints.dealerUrl, tls ? 'wss' : 'ws');
    const clientToken = new ClientToken(o.endpoints, deviceId);
    const tokens = new AccessTokens(
      o.endpoints,
      deviceId,
      () =>
        state.credentials ? { username: state.credentials.username, data: state.credentials.authData } : undefined,
      clientToken,
      log.child('login5'),
    );
    const spclient = new SpClient({
      baseUrl: spclientHosts.url,
      unreachable: spclientHosts.unreachable,
      tokens,
      clientToken,
      log: log.child('spclient'),
    });
    // Country restrictions follow the current AP session's CountryCode and catalogue (a reconnect may change them).
    const market = () => ({ country: o.session.info?.countryCode, catalogue: o.session.info?.productInfo.catalogue });
    this.#tracks = new SpotifyTrackSource(
      spclient,
      o.session.audioKeys,
      o.bitrate,
      market,
      log.child('tracks'),
      () => o.session.info?.productInfo['image-url'],
    );
    this.player = o.player(this.#tracks);
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
      url: dealerHosts.url,
      unreachable: dealerHosts.unreachable,
      token: () => tokens.get(),
      onUnauthorized: () => tokens.invalidate(),
      log: log.child('dealer'),
    });
    this.#dealer = dealer;
    this.device = new ConnectDevice({
      controller: this.controller,
      dealer,
      spclient,
      device: { ...o.device, deviceId },
      log,
      dispatch: o.dispatch,
      clock: o.session.clock,
    });
    // After a network stall the audio waits for the cluster: the listener may have moved to another device.
    this.player.setResumeCheck((signal) => this.device.confirmPlayback(signal));
  }

  /** The network is back: the dealer, a waiting connect-state PUT and a stalled playback try again at once. */
  retryNow(): void {
    this.#dealer.retryNow();
    this.device.retryNow();
    this.player.retryNow();
  }

  /** Carries out a command on this user's playback (the speaker's port calls it, whoever gave the command). */
  execute(command: ConnectCommand): Promise<CommandResult> {
    return executeCommand(this.controller, command);
  }

  /** What is known of `uri` (name, artists, covers, the file played) once it was loaded to play. */
  describe(uri: string): TrackDetails | undefined {
    return this.#tracks.describe(uri);
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

/**
 * Where spclient or the dealer is: the configured URL, else the session's apresolve host in use, which a failed
 * connection moves on to the next (docs/protocol/02 §1).
 */
function hostsOf(
  session: ApSession,
  kind: EndpointKind,
  fixed: string,
  scheme: string,
): { url: () => Promise<string>; unreachable: (url: string) => void } {
  let inUse: { url: string; endpoint: { host: string; port: number } } | undefined;
  return {
    async url() {
      if (fixed) return fixed;
      const endpoint = await session.endpoints.current(kind);
      const host = endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host;
      inUse = { url: `${scheme}://${host}:${endpoint.port}`, endpoint };
      return inUse.url;
    },
    unreachable(url) {
      if (!fixed && inUse?.url === url) session.endpoints.failed(kind, inUse.endpoint);
    },
  };
}
