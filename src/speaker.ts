/**
 * The composition root: loads the configuration and state, creates every part and hands them to the
 * supervisor. Nothing here knows a part's internals; each part is used through its public face.
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { loadConfig, describeSchema, type LoadOptions } from './core/config.js';
import { createLogger, setLogLevel, type LogLevel, type Logger } from './core/log.js';
import { generalSection, spotifySection, SPOTLET_VERSION } from './core/settings.js';
import { StateStore } from './core/state.js';
import { audioSection } from './audio/index.js';
import { alsaDeviceFor, BoardIO, boardSection, readDetectionInput, type ButtonAction } from './board/index.js';
import type { ConnectService } from './connect/index.js';
import { apSection, ApSession, AUTH_TYPE, sessionCredentialsReceiver, sessionPart } from './ap/index.js';
import {
  DEVICE_TYPE_NAMES,
  MdnsResponder,
  ZEROCONF_TXT,
  ZeroconfServer,
  hostLabelFor,
  zeroconfSection,
  type CredentialsReceiver,
} from './discovery/index.js';
import { Supervisor } from './supervisor/index.js';
import { updateSection } from './update/index.js';

/** Every config section of the speaker, in documentation order. */
export const configSections = [
  generalSection,
  spotifySection,
  zeroconfSection,
  apSection,
  audioSection,
  boardSection,
  updateSection,
] as const;

export type SpeakerConfig = ReturnType<typeof loadConfig<typeof configSections>>['config'];

export function configHelp(): string {
  return describeSchema(configSections);
}

export interface Speaker {
  config: SpeakerConfig;
  state: StateStore;
  supervisor: Supervisor;
  zeroconf: ZeroconfServer;
  log: Logger;
  /** The AP session (audio keys, Mercury, state). */
  session: ApSession;
  /** What zeroconf addUser calls to log in with a phone's credentials. */
  credentialsReceiver: CredentialsReceiver;
  /** Spotify Connect (player and the app's commands) of the logged-in user, once it runs; each user gets their own. */
  connect(): Promise<ConnectService>;
  /** What a board button does (the board's buttons call it). */
  buttonAction(action: ButtonAction): void;
  stop(): Promise<void>;
}

/** connect-state DeviceType numbers of the config's device types (protocol/06 §2.2). */
const CONNECT_DEVICE_TYPES: Readonly<Record<string, number>> = {
  computer: 1,
  speaker: 4,
  avr: 6,
  stb: 7,
  audio_dongle: 8,
};

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
  setLogLevel(config[''].log_level as LogLevel);
  const log = createLogger('spotlet');
  for (const p of loaded.problems) log.error('config problem', { key: p.key, value: p.value, reason: p.message });
  const bootProblems = readFirstbootReport(config[''].firstboot_report);
  for (const reason of bootProblems) log.error('boot partition problem', { reason });

  const supervisor = new Supervisor({ log: log.child('supervisor') });
  const state = new StateStore(config[''].state_dir, log.child('state'));
  await state.open();
  log.info('starting', { name: config[''].name, deviceId: state.deviceId, configFile: loaded.file ?? null });

  // The board and hat (named, or detected) decide the ALSA device and mixer unless the config names them.
  let board: BoardIO | undefined;
  try {
    board = new BoardIO({ config: config.board, log: log.child('board') });
    log.info('audio hardware', { hat: board.hat?.id ?? 'none detected' });
  } catch (err) {
    log.error('board configuration refused', { reason: (err as Error).message });
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
  const general = config[''];
  // Connect (web APIs, protobuf modules, player) is loaded when the AP session first becomes ready: a speaker
  // waiting for its user stays small. It runs for one user at a time (protocol/06 §1: the dealer, the
  // login5 token and the cluster are the user's): another user's login replaces it with a new one.
  let sinkFailed = '';
  let connect: ConnectService | undefined;
  let connectUser: string | undefined;
  let connectChange: Promise<void> = Promise.resolve();
  const newConnect = (Service: typeof ConnectService): ConnectService => {
    const svc = new Service({
      spotify: config.spotify,
      audio,
      device: {
        name: general.name,
        deviceType: CONNECT_DEVICE_TYPES[general.device_type] ?? 4,
        clientId: config.spotify.client_id,
        softwareVersion: `spotlet ${SPOTLET_VERSION}`,
        volumeSteps: 64,
        supportsLogout: true,
      },
      session,
      state,
      log: log.child('connect'),
      onLogout: () => void receiver.logout?.(),
    });
    svc.controller.on('state', (reason) => {
      if (reason === 'track-started') sinkFailed = '';
      if (reason === 'loading') board?.ampOn();
      publish(reason);
    });
    svc.player.on('sink-error', (err) => {
      sinkFailed = `audio output failed: ${err.message}`;
      publish('audio output');
    });
    return svc;
  };
  /**
   * Connect follows the session's user (undefined: none). The same user again (a reconnect) keeps it
   * playing; another user first stops the old one (inactive in the old cluster, its dealer closed), then
   * starts a new one, which fetches that user's tokens. Changes run one at a time, in order.
   */
  /** False while the connect part is stopped (shutdown): a login landing then starts nothing. */
  let connectRunning = true;
  const followUser = (wanted: string | undefined): Promise<void> =>
    (connectChange = connectChange
      .then(async () => {
        const username = connectRunning ? wanted : undefined;
        if (username === connectUser) return;
        const old = connect;
        connect = undefined;
        connectUser = undefined;
        if (old) {
          log.info('connect stopped', { reason: username === undefined ? 'no user' : 'another user logged in' });
          await old.stop();
        }
        if (username === undefined) return;
        const svc = newConnect((await import('./connect/index.js')).ConnectService);
        connect = svc;
        connectUser = username;
        svc.start();
      })
      .catch((err: unknown) => log.error('connect failed to start', { err })));
  // One speaker state from the session and the player: a session reconnect must not hide "playing".
  const publish = (reason: string): void => {
    const s = session.state;
    if (s === 'error') return supervisor.setState('error', reason);
    if (sinkFailed) return supervisor.setState('error', sinkFailed);
    if (s === 'connecting' || s === 'reconnecting') return supervisor.setState('connecting', reason);
    if (s !== 'ready') return;
    const c = connect?.controller;
    const snap = c?.active ? c.snapshot() : undefined;
    supervisor.setState(snap?.isPlaying ? (snap.isPaused ? 'paused' : 'playing') : 'ready', reason);
  };
  session.on('state', (_s, detail) => publish(detail.reason));
  // Connect starts once the AP session is logged in (login5 needs its reusable credentials).
  session.on('ready', (info) => void followUser(info.username));
  // An OAuth access token (SPOTIFY_TOKEN) is used only when no stored credentials exist; APWelcome's
  // reusable credentials replace it from then on.
  const token = (opts.env ?? process.env).SPOTIFY_TOKEN;
  const bootCredentials = () =>
    state.credentials ??
    (token ? { authType: AUTH_TYPE.SPOTIFY_TOKEN, authData: Buffer.from(token, 'utf8') } : undefined);
  const willLogin = bootCredentials() !== undefined;
  supervisor.add(sessionPart(session, bootCredentials));
  // addUser answers 101 only once the AP login succeeded, 202 when Spotify refused it; resetUsers logs out.
  const sessionReceiver = sessionCredentialsReceiver(session, state);
  const receiver: CredentialsReceiver = {
    login: (creds) => sessionReceiver.login(creds),
    async logout() {
      // The user is forgotten: Connect goes away with the session until the next user logs in.
      await followUser(undefined);
      await sessionReceiver.logout();
      supervisor.setState('waiting-for-user', 'user logged out');
    },
  };
  const zeroconf = new ZeroconfServer({
    name: general.name,
    deviceId: state.deviceId,
    deviceType: DEVICE_TYPE_NAMES[general.device_type] ?? 'Speaker',
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
  supervisor.add({ name: 'zeroconf-http', start: () => zeroconf.start(), stop: () => zeroconf.stop() });
  supervisor.add({ name: 'mdns', start: (fail) => mdns.start(fail), stop: () => mdns.stop() });
  supervisor.add({
    name: 'connect',
    start: async () => {
      connectRunning = true;
      if (session.state === 'ready') await followUser(session.info?.username);
    },
    stop: () => {
      connectRunning = false;
      return followUser(undefined);
    },
  });

  // Board I/O: buttons drive the same controller the app drives; the LED and amplifier follow the state.
  const buttonAction = (action: ButtonAction): void => {
    const c = connect?.controller;
    if (action === 'forget-user') void receiver.logout?.();
    else if (!c) log.info('button ignored: no user logged in yet', { action });
    else if (action === 'play-pause') c.togglePlayPause();
    else if (action === 'next') c.skipNext();
    else if (action === 'previous') c.skipPrev();
    else if (action === 'volume-up') c.volumeStep(1);
    else if (action === 'volume-down') c.volumeStep(-1);
  };
  if (board) {
    const b = board;
    b.on('action', buttonAction);
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
    log,
    session,
    credentialsReceiver: receiver,
    async connect() {
      // Waits for a user's login (a 'ready' queues the change before this listener sees it).
      for (;;) {
        await connectChange;
        if (connect) return connect;
        await once(session, 'ready');
      }
    },
    buttonAction,
    async stop() {
      await supervisor.shutdown();
      await state.flush();
    },
  };
}
