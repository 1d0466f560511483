/**
 * The composition root: loads the configuration and state, builds every part and hands them to the supervisor.
 * Nothing here knows a part's internals; each part is used through its public face.
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiAddressProblem, ApiServer, apiSection } from '../api/index.js';
import { ApSession, AUTH_TYPE, sessionCredentialsReceiver, sessionPart, UserNotAllowedError } from '../ap/index.js';
import {
  alsaDeviceFor,
  BoardIO,
  detectBoard,
  loadProfiles,
  readDetectionInput,
  type GpioDriver,
} from '../board/index.js';
import type { ConnectService } from '../connect/index.js';
import { loadConfig, type LoadOptions } from '../core/config.js';
import { errorMessage } from '../core/errors.js';
import { createLogger, recentLogLines, setLogLevel, type Logger } from '../core/log.js';
import { releaseOptimiser } from '../core/optimiser.js';
import { DEVICE_TYPES, SPOTLET_VERSION } from '../core/settings.js';
import { LinkMonitor } from '../core/links.js';
import { StateStore } from '../core/state.js';
import {
  AvahiPublisher,
  MdnsResponder,
  SERVICE_TYPE,
  ZEROCONF_TXT,
  ZeroconfServer,
  hostLabelFor,
  type CredentialsReceiver,
} from '../discovery/index.js';
import { EventHook } from '../events/index.js';
import {
  Owners,
  type PageListener,
  PageServer,
  PageSettings,
  readSettingsText,
  SETTINGS_FILE,
  supportBundle,
} from '../page/index.js';
import { Supervisor } from '../supervisor/index.js';
import { routeButton } from './buttons.js';
import type { SpeakerPort } from '../port/index.js';
import { CommandPort } from './command-port.js';
import { configSections, type SpeakerConfig } from './config.js';
import { DeviceLogin } from './device-login.js';
import { SpeakerStatePublisher } from './speaker-state.js';
import { UserSession } from './user-session.js';

/** How this start differs from reading the configuration alone. */
export interface StartOptions {
  /** The GPIO driver instead of the configured one (the buttons and LED at the driver boundary). */
  gpio?: GpioDriver;
  /** The page's listener from the speaker that ran before (a restart keeps the page open: PageServer.handOver). */
  webListener?: PageListener;
  /** Restarts the speaker to apply settings saved on its page; without it they apply at the next start. */
  restart?: (reason: string) => void;
}

export interface Speaker {
  config: SpeakerConfig;
  state: StateStore;
  supervisor: Supervisor;
  zeroconf: ZeroconfServer;
  /** The local API on its own port (undefined: `[api] enabled = false`). */
  api: ApiServer | undefined;
  log: Logger;
  /** The AP session (audio keys, Mercury, state). */
  session: ApSession;
  /** What zeroconf addUser calls to log in with a phone's credentials. */
  credentialsReceiver: CredentialsReceiver;
  /** The one way to act on the speaker and read it: the app's commands, the buttons and local callers use it. */
  port: SpeakerPort;
  /** Login by a code entered at spotify.com/pair (the page and a long press of the play button start it). */
  deviceLogin: DeviceLogin;
  /** The speaker's own web page (undefined: `[web] enabled = false`). */
  page: PageServer | undefined;
  /** Spotify Connect (player and the app's commands) of the logged-in user, once it runs; each user gets their own. */
  connect(): Promise<ConnectService>;
  stop(): Promise<void>;
}

/** Volume steps the device advertises and the volume buttons take (librespot's). */
const VOLUME_STEPS = 64;

/** The lines of the image's first-boot report (absent file: no problems). */
function readFirstbootReport(file: string): string[] {
  if (!file) return [];
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim());
  } catch {
    return [];
  }
}

/** Whether `username` may use a speaker that allows `allowed` (empty: everyone); Spotify names ignore case. */
function allowedUser(allowed: readonly string[], username: string): boolean {
  return allowed.length === 0 || allowed.some((a) => a.toLowerCase() === username.toLowerCase());
}

/**
 * The configuration as the speaker runs with it: the file, the settings saved on the page (`settingsText`, from
 * the state directory the configuration names, when not given), the environment and flags; and the checks across
 * keys (the API on the LAN needs a token: until it has one, it stays on loopback).
 */
function speakerConfig(opts: LoadOptions, settingsText?: string) {
  const first = loadConfig(configSections, opts);
  const stateDir = first.config[''].state_dir;
  const text = settingsText ?? readSettingsText(stateDir);
  const loaded = text
    ? loadConfig(configSections, { ...opts, settings: { name: join(stateDir, SETTINGS_FILE), text } })
    : first;
  const apiProblem = apiAddressProblem(loaded.config.api);
  if (apiProblem) {
    loaded.problems.push(apiProblem);
    loaded.config.api.address = apiSection.fields.address.default;
  }
  return loaded;
}

/** Loads config and state, wires the parts and starts them. */
export async function startSpeaker(opts: LoadOptions = {}, start: StartOptions = {}): Promise<Speaker> {
  const loaded = speakerConfig(opts);
  const { config } = loaded;
  const general = config[''];
  const deviceType = DEVICE_TYPES[general.device_type];
  setLogLevel(general.log_level);
  const log = createLogger('spotlet');
  for (const p of loaded.problems) log.error('config problem', { key: p.key, value: p.value, reason: p.message });
  const bootProblems = readFirstbootReport(general.firstboot_report);
  for (const reason of bootProblems) log.error('boot partition problem', { reason });

  const supervisor = new Supervisor({ log: log.child('supervisor') });
  const state = new StateStore(general.state_dir, log.child('state'));
  await state.open();
  log.info('starting', { name: general.name, deviceId: state.deviceId, configFile: loaded.file ?? null });

  // The board and hat (named, or detected) decide the ALSA device and mixer unless the config names them.
  let board: BoardIO | undefined;
  try {
    board = new BoardIO({
      config: config.board,
      log: log.child('board'),
      ...(start.gpio ? { driver: start.gpio } : {}),
    });
    log.info('audio hardware', { hat: board.hat?.id ?? 'none detected' });
  } catch (err) {
    log.error('board configuration refused', { reason: errorMessage(err) });
  }
  const hat = board?.hat;
  const audio = {
    ...config.audio,
    device:
      config.audio.device === 'default' && hat ? alsaDeviceFor(hat, readDetectionInput().cards) : config.audio.device,
    mixer_control: config.audio.mixer_control || hat?.mixerControl || '',
  };
  const { spotify } = config;
  const session = new ApSession({
    endpoints: {
      apresolveUrl: spotify.apresolve_url,
      accessPoint: spotify.ap,
      apKeyFile: spotify.ap_key,
      versionString: spotify.version_string,
      systemInfo: spotify.system_info,
    },
    buildVersion: config.ap.build_version,
    timers: { pongDelayMs: config.ap.keepalive_pong_delay_s * 1000, reconnectMaxMs: config.ap.reconnect_max_s * 1000 },
    deviceId: state.deviceId,
    store: state,
    log: log.child('ap'),
    admits: (username) => allowedUser(general.allowed_users, username),
  });

  // Connect and the audio pipeline (web APIs, protobuf modules, player) are loaded when the AP session first
  // becomes ready: a speaker waiting for its user stays small and starts sooner. The user session runs one Connect
  // per user.
  const sessions: UserSession<ConnectService> = new UserSession({
    log: log.child('connect'),
    stop: (svc) => svc.stop(),
    async start() {
      releaseOptimiser(); // the audio path needs optimised code; a waiting speaker did without it
      const [{ ConnectService }, { playerFromConfig, warmUpAudio }] = await Promise.all([
        import('../connect/index.js'),
        import('../audio/index.js'),
      ]);
      const connectLog = log.child('connect');
      const svc = new ConnectService({
        endpoints: {
          apresolveUrl: spotify.apresolve_url,
          spclientUrl: spotify.spclient_url,
          dealerUrl: spotify.dealer_url,
          login5Url: spotify.login5_url,
          clientTokenUrl: spotify.client_token_url,
          clientId: spotify.client_id,
          clientVersion: spotify.client_version,
        },
        bitrate: Number(audio.bitrate) as 96 | 160 | 320,
        // Each user's player plays from that user's track source; the volume is the one last set.
        player: (source) =>
          playerFromConfig(audio, source, connectLog.child('player'), state.settings.volume ?? audio.initial_volume),
        device: {
          name: general.name,
          deviceType: deviceType.connect,
          clientId: spotify.client_id,
          softwareVersion: `spotlet ${SPOTLET_VERSION}`,
          volumeSteps: VOLUME_STEPS,
          supportsLogout: true,
        },
        session,
        state,
        log: connectLog,
        dispatch: (command, source) => port.dispatch(command, source),
      });
      svc.controller.on('state', (reason) => {
        if (reason === 'track-started') speakerState.trackStarted();
        if (reason === 'loading') board?.ampOn();
        speakerState.update(reason);
      });
      svc.player.on('sink-error', (err) => speakerState.outputFailed(err.message));
      // The decoder and gain stage are warmed up once a user is logged in: the first play does not wait for them.
      void warmUpAudio().catch((err) => connectLog.warn('audio warm-up failed', { err }));
      svc.start();
      return svc;
    },
  });
  // Login without a phone: a code entered at spotify.com/pair, then the AP login with the token it grants.
  const deviceLogin = new DeviceLogin({
    auth: async () =>
      new (await import('../web/index.js')).DeviceAuthorization({
        accountsUrl: spotify.accounts_url,
        clientId: spotify.client_id,
        log: log.child('device-login'),
      }),
    login: (accessToken) =>
      session.login({ authType: AUTH_TYPE.SPOTIFY_TOKEN, authData: Buffer.from(accessToken, 'utf8') }),
    log: log.child('device-login'),
  });
  const speakerState = new SpeakerStatePublisher({
    session,
    playback() {
      const svc = sessions.service;
      return svc?.controller.active ? { ...svc.controller.snapshot(), stalled: svc.player.stalled } : undefined;
    },
    deviceLogin: () => deviceLogin.status.phase === 'requesting' || deviceLogin.status.phase === 'waiting',
    publish: (st, reason) => supervisor.setState(st, reason),
  });
  session.on('state', (_s, detail) => speakerState.update(detail.reason));
  // Connect starts once the AP session is logged in (login5 needs its reusable credentials).
  session.on('ready', (info) => {
    zeroconf.activeUser = info.username;
    void sessions.follow(info.username);
  });
  deviceLogin.on('status', (st) => {
    const reason = `device login ${st.phase}`;
    // Ended without a login and nobody else logged in: the speaker waits for a user again.
    if ((st.phase === 'failed' || st.phase === 'idle') && (session.state === 'idle' || session.state === 'closed'))
      supervisor.setState('waiting-for-user', reason);
    else speakerState.update(reason);
  });

  // An OAuth access token (SPOTIFY_TOKEN) is used only when no stored credentials exist; APWelcome's
  // reusable credentials replace it from then on.
  const token = (opts.env ?? process.env).SPOTIFY_TOKEN;
  const bootCredentials = () =>
    state.credentials ??
    (token ? { authType: AUTH_TYPE.SPOTIFY_TOKEN, authData: Buffer.from(token, 'utf8') } : undefined);
  const willLogin = bootCredentials() !== undefined;
  // addUser answers 101 only once the AP login succeeded, 202 when Spotify refused it; resetUsers logs out.
  const sessionReceiver = sessionCredentialsReceiver(session, state);
  /** The user is forgotten: Connect goes away with the session until the next user logs in. */
  const forgetUser = async (): Promise<void> => {
    await sessions.follow(undefined);
    await sessionReceiver.logout();
    zeroconf.activeUser = '';
    supervisor.setState('waiting-for-user', 'user logged out');
  };
  const receiver: CredentialsReceiver = {
    // A phone's user outside allowed_users is refused before the current session is touched.
    login: async (creds) => {
      if (!allowedUser(general.allowed_users, creds.username)) throw new UserNotAllowedError(creds.username);
      return sessionReceiver.login(creds);
    },
    logout: forgetUser,
  };
  const port = new CommandPort({
    device: { id: state.deviceId, name: general.name, type: general.device_type },
    sessions,
    supervisor,
    forgetUser,
    idleVolume: () => state.settings.volume ?? audio.initial_volume,
    volumeSteps: VOLUME_STEPS,
    log: log.child('port'),
  });

  // The event hook follows the port from the start, so it sees the session connect.
  if (config.events.hook) {
    const hook = new EventHook({
      program: config.events.hook,
      timeoutMs: config.events.hook_timeout_ms,
      port,
      log: log.child('events'),
    });
    supervisor.add({ name: 'event-hook', start: async () => hook.start(), stop: () => hook.stop() });
  }
  supervisor.add(sessionPart(session, bootCredentials));

  const zeroconf = new ZeroconfServer({
    name: general.name,
    deviceId: state.deviceId,
    deviceType: deviceType.zeroconf,
    clientId: spotify.client_id,
    libraryVersion: SPOTLET_VERSION,
    port: config.zeroconf.port,
    receiver,
    log: log.child('zeroconf'),
    activeUser: state.credentials?.username ?? '',
    requestTimeoutMs: config.zeroconf.request_timeout_ms,
  });
  // When avahi holds 5353 alone, the service is registered through avahi instead of our own responder.
  const avahi = new AvahiPublisher({
    name: general.name,
    type: SERVICE_TYPE.replace(/\.local$/, ''),
    port: () => zeroconf.port,
    txt: ZEROCONF_TXT,
    log: log.child('avahi'),
  });
  const mdns = new MdnsResponder({
    name: general.name,
    hostLabel: hostLabelFor(general.name, state.deviceId),
    port: () => zeroconf.port,
    txt: ZEROCONF_TXT,
    interfaces: config.zeroconf.interfaces,
    log: log.child('mdns'),
    onPortTaken: () => avahi.start(),
  });
  // The network came back (or an address appeared): nothing waits out a backoff on a link that is up again.
  const links = new LinkMonitor(log.child('links'));
  links.on('change', ({ added }) => {
    if (general.zeroconf) mdns.refresh();
    if (!added.length) return;
    session.retryNow();
    sessions.service?.retryNow();
  });
  supervisor.add({ name: 'links', start: async () => links.start(), stop: async () => links.stop() });
  // zeroconf = off: a private speaker; phones on the LAN neither find it nor hand it a user.
  if (general.zeroconf) {
    supervisor.add({ name: 'zeroconf-http', start: () => zeroconf.start(), stop: () => zeroconf.stop() });
    supervisor.add({
      name: 'mdns',
      start: (fail) => mdns.start(fail),
      stop: () => Promise.all([mdns.stop(), avahi.stop()]).then(() => {}),
    });
  } else log.info('zeroconf is off: phones on the LAN cannot find the speaker or log in to it');
  supervisor.add({
    name: 'connect',
    start: () => sessions.resume(session.state === 'ready' ? session.info?.username : undefined),
    stop: () => sessions.halt(),
  });
  supervisor.add({ name: 'device-login', start: async () => {}, stop: async () => deviceLogin.cancel() });

  const api = config.api.enabled ? new ApiServer({ config: config.api, port, log: log.child('api') }) : undefined;
  if (api) supervisor.add({ name: 'api', start: () => api.start(), stop: () => api.stop() });

  // The page: open views, owner-only changes; settings saved there apply through a restart of the speaker.
  const owners = new Owners({ stateDir: general.state_dir, password: config.web.password, log: log.child('page') });
  let page: PageServer | undefined;
  if (config.web.enabled) {
    let hats: string[] = [];
    try {
      hats = [...loadProfiles().hats.keys()];
    } catch (err) {
      log.warn('hat profiles unreadable: the page cannot offer them', { reason: errorMessage(err) });
    }
    const detection = readDetectionInput();
    const settings = new PageSettings({
      sections: configSections,
      config,
      sources: loaded.sources,
      load: (text) => speakerConfig(opts, text),
      stateDir: general.state_dir,
      choices: { 'board.hat': ['auto', ...hats.sort()] },
      log: log.child('page'),
    });
    const pageState = (): Record<string, unknown> => {
      const status = port.status();
      return {
        name: general.name,
        deviceId: state.deviceId,
        version: SPOTLET_VERSION,
        state: status.state,
        user: status.user ?? null,
        storedUser: state.credentials?.username ?? null,
        session: { state: session.state, accessPoint: session.info?.accessPoint ?? null },
        zeroconf: general.zeroconf,
        hat: hat?.id ?? null,
        configProblems: loaded.problems.map((p) => p.message),
      };
    };
    const p = new PageServer({
      port: config.web.port,
      ...(start.webListener ? { listener: start.webListener } : {}),
      name: general.name,
      log: log.child('page'),
      backend: {
        port,
        deviceLogin,
        settings,
        owners,
        state: pageState,
        bundle: () =>
          supportBundle({
            version: SPOTLET_VERSION,
            sections: configSections,
            config,
            sources: loaded.sources,
            problems: [...loaded.problems.map((p) => p.message), ...bootProblems],
            hardware: {
              model: detection.model || '(not a Raspberry Pi)',
              board: detectBoard(loadProfiles().boards, detection.model ?? '')?.id ?? null,
              hatProduct: detection.hatProduct || null,
              hat: hat?.id ?? null,
              alsaCards: detection.cards || '(none)',
              alsaDevice: audio.device,
              mixerControl: audio.mixer_control || null,
            },
            state: { ...pageState(), deviceLogin: { phase: deviceLogin.status.phase }, volume: port.status().volume },
            logs: recentLogLines(),
            secrets: [
              config.web.password,
              ...(state.credentials ? [state.credentials.authData.toString('base64')] : []),
              ...(token ? [token] : []),
            ],
          }),
        restart: (reason) => {
          if (start.restart) start.restart(reason);
          else log.warn('settings saved: they apply at the next start', { reason });
        },
      },
    });
    page = p;
    supervisor.add({ name: 'web-page', start: () => p.start(), stop: () => p.stop() });
  }

  // Board I/O: a button is a command through the port, as the app's are (or confirms a browser's pairing, or
  // with nobody logged in, starts the login by code); the LED and amplifier follow the state.
  if (board) {
    const b = board;
    b.on('action', (action) =>
      routeButton(action, {
        confirmPairing: () => owners.buttonPressed(),
        hasUser: () => state.credentials !== undefined || session.state === 'ready',
        startDeviceLogin: () => deviceLogin.start('button'),
        dispatch: (command) => void port.dispatch(command, 'button'),
      }),
    );
    supervisor.on('state', (st) => b.showState(st));
    supervisor.add({ name: 'board', start: () => b.start(), stop: () => b.stop() });
  }

  await supervisor.start();
  if (loaded.problems.length || bootProblems.length) supervisor.setState('error', 'configuration problems (see log)');
  else if (!willLogin) supervisor.setState('waiting-for-user', 'boot');

  return {
    config,
    state,
    supervisor,
    zeroconf,
    api,
    log,
    session,
    credentialsReceiver: receiver,
    port,
    deviceLogin,
    page,
    async connect() {
      // Waits for a user's login (a 'ready' queues the change before this listener sees it).
      for (;;) {
        await sessions.settled();
        if (sessions.service) return sessions.service;
        await once(session, 'ready');
      }
    },
    async stop() {
      await supervisor.shutdown();
      await state.flush();
    },
  };
}
