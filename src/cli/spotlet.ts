#!/usr/bin/env node
/** `spotlet`: runs the speaker until SIGTERM/SIGINT; `spotlet update ...` installs a release (cli/spotlet-update.ts). */
import './v8-setup.js'; // first: V8's settings apply to everything that runs after it
import { ConfigError, errorMessage } from '../core/errors.js';
import { createLogger } from '../core/log.js';
import { configHelp, SpeakerRunner } from '../speaker/index.js';
import { attachUpdates } from '../update/index.js';

const args = process.argv.slice(2);
if (args[0] === 'update') process.exit(await (await import('./spotlet-update.js')).runUpdateCommand(args.slice(1)));
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'usage: spotlet [--config FILE] [--name NAME] [--state-dir DIR] [--zeroconf-port N] [--interface IFACE]...\n' +
      '               [--web-port N]\n' +
      '               [--ap HOST:PORT] [--ap-key FILE] [--set section.key=value]... [--help-config]\n' +
      '       spotlet update FILE|URL | --check | --status   (spotlet update --help)\n',
  );
  process.exit(0);
}
if (args.includes('--help-config')) {
  process.stdout.write(configHelp());
  process.exit(0);
}

const log = createLogger('spotlet');
try {
  // The runner restarts the speaker in place when its web page saved new settings.
  const runner = await SpeakerRunner.start({ argv: args });
  runner.on('failed', () => process.exit(1));
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { signal });
    const hard = setTimeout(() => process.exit(1), 3000);
    hard.unref();
    void runner.stop().then(() => process.exit(0));
  };
  // The runner's state follows whichever speaker runs (settings saved on the page restart it in place).
  attachUpdates({
    config: runner.speaker.config.update,
    speaker: runner,
    log: log.child('update'),
    restart: () => stop('update installed'),
  });
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`spotlet: ${err.message}\n`);
    process.exit(2);
  }
  log.error('fatal', { err: errorMessage(err) });
  process.exit(1);
}
