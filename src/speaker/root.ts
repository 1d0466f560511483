/**
 * The composition root: loads the configuration and state, builds every part and hands them to the supervisor.
 * Nothing here knows a part's internals; each part is used through its public face.
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { apiAddressProblem, ApiServer, apiSection } from '../api/index.js';
import { ApSession, AUTH_TYPE, sessionCredentialsReceiver, sessionPart } from '../ap/index.js';
import { alsaDeviceFor, BoardIO, readDetectionInput } from '../board/index.js';
import type { ConnectService } from '../connect/index.js';
import { loadConfig, type LoadOptions } from '../core/config.js';
import { errorMessage } from '../core/errors.js';
import { createLogger, setLogLevel, type Logger } from '../core/log.js';
import { DEVICE_TYPES, SPOTLET_VERSION } from '../core/settings.js';
import { LinkMonitor } from '../core/links.js';
import { StateStore } from '../core/state.js';
import {
  MdnsResponder,
  ZEROCONF_TXT,
  ZeroconfServer,
  hostLabelFor,
  type CredentialsReceiver,
} from '../discovery/index.js';
import { EventHook } from '../events/index.js';
import { Supervisor } from '../supervisor/index.js';
import { BUTTON_COMMANDS } from './buttons.js';
import { CommandPort, type SpeakerPort } from './command-port.js';
import { configSections, type SpeakerConfig } from './config.js';
import { SpeakerStatePublisher } from './speaker-state.js';
import { UserSession } from './user-session.js';

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

/** Loads config and state, wires the parts and starts them. */
export async function startSpeaker(opts: LoadOptions = {}): Promise<Speaker> {
  const loaded = loadConfig(configSections, opts);
  const { config } = loaded;
  const general = config[''];
  const deviceType = DEVICE_TYPES[general.device_type];
  setLogLevel(general.log_level);
  const log = createLogger('spotlet');
  const apiProblem = apiAddressProblem(config.api);
  if (apiProblem) {
    loaded.problems.push(apiProblem);
    config.api.address = apiSection.fields.address.default;
  }
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
    board = new BoardIO({ config: config.board, log: log.child('board') });
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
  const session = new ApSession({
    spotify: config.spotify,
    ap: config.ap,
    deviceId: state.deviceId,
    store: state,
    log: log.child('ap'),
  });

  // Connect and the audio pipeline (web APIs, protobuf modules, player) are loaded when the AP session first
  // becomes ready: a speaker waiting for its user stays small and starts sooner. The user session runs one Connect
  // per user.
  const sessions: UserSession<ConnectService> = new UserSession({
    log: log.child('connect'),
    stop: (svc) => svc.stop(),
    async start() {
      const [{ ConnectService }, { playerFromConfig, warmUpAudio }] = await Promise.all([
        import('../connect/index.js'),
        import('../audio/index.js'),
      ]);
      const connectLog = log.child('connect');
      const svc = new ConnectService({
        spotify: config.spotify,
        bitrate: Number(audio.bitrate) as 96 | 160 | 320,
        // Each user's player plays from that user's track source; the volume is the one last set.
        player: (source) =>
          playerFromConfig(audio, source, connectLog.child('player'), state.settings.volume ?? audio.initial_volume),
        device: {
          name: general.name,
          deviceType: deviceType.connect,
          clientId: config.spotify.client_id,
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
  const speakerState = new SpeakerStatePublisher({
    session,
    playback() {
      const svc = sessions.service;
      return svc?.controller.active ? { ...svc.controller.snapshot(), stalled: svc.player.stalled } : undefined;
    },
    publish: (st, reason) => supervisor.setState(st, reason),
  });
  session.on('state', (_s, detail) => speakerState.update(detail.reason));
  // Connect starts once the AP session is logged in (login5 needs its reusable credentials).
  session.on('ready', (info) => void sessions.follow(info.username));

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
    supervisor.setState('waiting-for-user', 'user logged out');
  };
  const receiver: CredentialsReceiver = { login: (creds) => sessionReceiver.login(creds), logout: forgetUser };
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
    clientId: config.spotify.client_id,
    libraryVersion: SPOTLET_VERSION,
    port: config.zeroconf.port,
    receiver,
    log: log.child('zeroconf'),
    activeUser: state.credentials?.username ?? '',
    requestTimeoutMs: config.zeroconf.request_timeout_ms,
  });
  const mdns = new MdnsResponder({
    name: general.name,
    hostLabel: hostLabelFor(general.name, state.deviceId),
    port: () => zeroconf.port,
    txt: ZEROCONF_TXT,
    interfaces: config.zeroconf.interfaces,
    log: log.child('mdns'),
  });
  // The network came back (or an address appeared): nothing waits out a backoff on a link that is up again.
  const links = new LinkMonitor(log.child('links'));
  links.on('change', ({ added }) => {
    void mdns.refresh().catch((err) => log.warn('mdns refresh failed', { err }));
    if (!added.length) return;
    session.retryNow();
    sessions.service?.retryNow();
  });
  supervisor.add({ name: 'links', start: async () => links.start(), stop: async () => links.stop() });
  supervisor.add({ name: 'zeroconf-http', start: () => zeroconf.start(), stop: () => zeroconf.stop() });
  supervisor.add({ name: 'mdns', start: (fail) => mdns.start(fail), stop: () => mdns.stop() });
  supervisor.add({
    name: 'connect',
    start: () => sessions.resume(session.state === 'ready' ? session.info?.username : undefined),
    stop: () => sessions.halt(),
  });

  const api = config.api.enabled ? new ApiServer({ config: config.api, port, log: log.child('api') }) : undefined;
  if (api) supervisor.add({ name: 'api', start: () => api.start(), stop: () => api.stop() });

  // Board I/O: a button is a command through the port, as the app's are; the LED and amplifier follow the state.
  if (board) {
    const b = board;
    b.on('action', (action) => void port.dispatch(BUTTON_COMMANDS[action], 'button'));
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
