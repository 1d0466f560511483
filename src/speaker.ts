/**
 * The composition root: loads the configuration and state, creates every part and hands them to the
 * supervisor. Nothing here knows a part's internals; each part is used through its public face.
 */
import { loadConfig, describeSchema, type LoadOptions } from './core/config.js';
import { createLogger, setLogLevel, type LogLevel, type Logger } from './core/log.js';
import { generalSection, spotifySection, SPOTLET_VERSION } from './core/settings.js';
import { StateStore } from './core/state.js';
import { audioSection } from './audio/index.js';
import { apSection, ApSession, AUTH_TYPE, sessionCredentialsReceiver, sessionPart, type SessionState } from './ap/index.js';
import { DEVICE_TYPE_NAMES, MdnsResponder, ZEROCONF_TXT, ZeroconfServer, hostLabelFor, zeroconfSection, type CredentialsReceiver } from './discovery/index.js';
import { Supervisor, type SpeakerState } from './supervisor/index.js';

/** Every config section of the speaker, in documentation order. */
export const configSections = [generalSection, spotifySection, zeroconfSection, apSection, audioSection] as const;

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
  stop(): Promise<void>;
}

/** The speaker state shown for each AP session state (idle/closed leave it alone). */
const SESSION_TO_SPEAKER: Partial<Record<SessionState, SpeakerState>> = { connecting: 'connecting', reconnecting: 'connecting', ready: 'ready', error: 'error' };

/** Loads config and state, wires the parts and starts them. */
export async function startSpeaker(opts: LoadOptions = {}): Promise<Speaker> {
  const loaded = loadConfig(configSections, opts);
  const { config } = loaded;
  setLogLevel(config[''].log_level as LogLevel);
  const log = createLogger('spotlet');
  for (const p of loaded.problems) log.error('config problem', { key: p.key, value: p.value, reason: p.message });

  const supervisor = new Supervisor({ log: log.child('supervisor') });
  const state = new StateStore(config[''].state_dir, log.child('state'));
  await state.open();
  log.info('starting', { name: config[''].name, deviceId: state.deviceId, configFile: loaded.file ?? null });

  const session = new ApSession({ spotify: config.spotify, ap: config.ap, deviceId: state.deviceId, store: state, log: log.child('ap') });
  session.on('state', (s, detail) => {
    const mapped = SESSION_TO_SPEAKER[s];
    if (mapped) supervisor.setState(mapped, detail.reason);
  });
  // An OAuth access token (SPOTIFY_TOKEN) is used only when no stored credentials exist; APWelcome's
  // reusable credentials replace it from then on.
  const token = (opts.env ?? process.env).SPOTIFY_TOKEN;
  const bootCredentials = () => state.credentials ?? (token ? { authType: AUTH_TYPE.SPOTIFY_TOKEN, authData: Buffer.from(token, 'utf8') } : undefined);
  const willLogin = bootCredentials() !== undefined;
  supervisor.add(sessionPart(session, bootCredentials));
  // addUser answers 101 only once the AP login succeeded, 202 when Spotify refused it; resetUsers logs out.
  const sessionReceiver = sessionCredentialsReceiver(session, state);
  const receiver: CredentialsReceiver = {
    login: (creds) => sessionReceiver.login(creds),
    async logout() {
      await sessionReceiver.logout();
      supervisor.setState('waiting-for-user', 'zeroconf resetUsers');
    },
  };
  const general = config[''];
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

  await supervisor.start();
  if (loaded.problems.length) supervisor.setState('error', 'configuration problems (see log)');
  else if (!willLogin) supervisor.setState('waiting-for-user', 'boot');

  return {
    config,
    state,
    supervisor,
    zeroconf,
    log,
    session,
    credentialsReceiver: receiver,
    async stop() {
      await supervisor.shutdown();
      await state.flush();
    },
  };
}
