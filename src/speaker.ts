/**
 * The composition root: loads the configuration and state, creates every part and hands them to the
 * supervisor. Nothing here knows a part's internals; each part is used through its public face.
 */
import { loadConfig, describeSchema, type LoadOptions } from './core/config.js';
import { createLogger, setLogLevel, type LogLevel, type Logger } from './core/log.js';
import { generalSection, spotifySection } from './core/settings.js';
import { StateStore } from './core/state.js';
import { Supervisor } from './supervisor/index.js';

/** Every config section of the speaker, in documentation order. */
export const configSections = [generalSection, spotifySection] as const;

export type SpeakerConfig = ReturnType<typeof loadConfig<typeof configSections>>['config'];

export function configHelp(): string {
  return describeSchema(configSections);
}

export interface Speaker {
  config: SpeakerConfig;
  state: StateStore;
  supervisor: Supervisor;
  log: Logger;
  stop(): Promise<void>;
}

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

  await supervisor.start();
  if (loaded.problems.length) supervisor.setState('error', 'configuration problems (see log)');
  else supervisor.setState(state.credentials ? 'connecting' : 'waiting-for-user', 'boot');

  return {
    config,
    state,
    supervisor,
    log,
    async stop() {
      await supervisor.shutdown();
      await state.flush();
    },
  };
}
