/**
 * The composition root: loads the configuration and state, creates every part and hands them to the
 * supervisor. Nothing here knows a part's internals; each part is used through its public face.
 */
import { loadConfig, describeSchema, type LoadOptions } from './core/config.js';
import { createLogger, setLogLevel, type LogLevel, type Logger } from './core/log.js';
import { generalSection, spotifySection } from './core/settings.js';
import { StateStore } from './core/state.js';
import { Supervisor, type SpeakerState } from './supervisor/index.js';
import { apSection, ApSession, AUTH_TYPE, sessionCredentialsReceiver, sessionPart, type CredentialsReceiver, type SessionState } from './ap/index.js';

/** Every config section of the speaker, in documentation order. */
export const configSections = [generalSection, spotifySection, apSection] as const;

export type SpeakerConfig = ReturnType<typeof loadConfig<typeof configSections>>['config'];

export function configHelp(): string {
  return describeSchema(configSections);
}

export interface Speaker {
  config: SpeakerConfig;
  state: StateStore;
  supervisor: Supervisor;
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

  await supervisor.start();
  if (loaded.problems.length) supervisor.setState('error', 'configuration problems (see log)');
  else if (!willLogin) supervisor.setState('waiting-for-user', 'boot');

  return {
    config,
    state,
    supervisor,
    log,
    session,
    credentialsReceiver: sessionCredentialsReceiver(session),
    async stop() {
      await supervisor.shutdown();
      await state.flush();
    },
  };
}
