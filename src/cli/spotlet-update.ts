/**
 * `spotlet update`: installs a signed release bundle on this speaker.
 *   spotlet update FILE|URL [--allow-downgrade] [--no-restart] [--config FILE] [--set update.key=value]...
 *   spotlet update --check     check the [update] url channel now (installs a newer release)
 *   spotlet update --status    the slots, the trial, the versions that failed
 * After an install the speaker's service (if it runs) is restarted into the new release, which then runs on trial.
 * Exit codes: 0 installed / nothing to do, 1 refused (the reason is printed and logged), 2 usage.
 */
import { spawnSync } from 'node:child_process';
import { loadConfig } from '../core/config.js';
import { errorCode, errorMessage } from '../core/errors.js';
import { createLogger } from '../core/log.js';
import { configSections } from '../speaker/index.js';
import { applyUpdate, checkChannel, updateStatus, type ApplyResult } from '../update/index.js';

const USAGE =
  'usage: spotlet update FILE|URL [--allow-downgrade] [--no-restart] [--config FILE] [--set key=value]...\n' +
  '       spotlet update --check | --status\n';

/** Restarts the speaker's unit when it runs here (a speaker image); elsewhere there is nothing to restart. */
function restartService(): boolean {
  const active = spawnSync('systemctl', ['is-active', '--quiet', 'spotlet.service']);
  if (active.status !== 0) return false;
  return spawnSync('systemctl', ['restart', '--no-block', 'spotlet.service']).status === 0;
}

export async function runUpdateCommand(argv: string[]): Promise<number> {
  const own = new Set(['--allow-downgrade', '--no-restart', '--check', '--status', '--help']);
  const flags = new Set(argv.filter((a) => own.has(a)));
  if (flags.has('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  let loaded: ReturnType<typeof loadConfig<typeof configSections>>;
  try {
    loaded = loadConfig(configSections, { argv: argv.filter((a) => !own.has(a)) });
  } catch (err) {
    process.stderr.write(`spotlet update: ${errorMessage(err)}\n${USAGE}`);
    return 2;
  }
  const config = loaded.config.update;
  const log = createLogger('update');
  const sources = loaded.rest;
  const modes = [flags.has('--check'), flags.has('--status'), sources.length > 0].filter(Boolean).length;
  if (modes !== 1 || sources.length > 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  try {
    if (flags.has('--status')) {
      process.stdout.write(`${JSON.stringify(updateStatus(config), null, 2)}\n`);
      return 0;
    }
    let result: ApplyResult | undefined;
    if (flags.has('--check')) {
      if (!config.url) throw new Error('no update channel: set [update] url');
      result = await checkChannel({ config, log });
    } else result = await applyUpdate(sources[0]!, { config, log, allowDowngrade: flags.has('--allow-downgrade') });
    if (!result) {
      process.stdout.write(`${JSON.stringify({ installed: null, reason: 'up to date' })}\n`);
      return 0;
    }
    const restarted = !flags.has('--no-restart') && restartService();
    process.stdout.write(
      `${JSON.stringify({ installed: result.version, previous: result.previous ?? 'factory', restarted })}\n`,
    );
    if (!restarted) process.stderr.write(`spotlet update: ${result.version} runs from the speaker's next start\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`spotlet update: refused (${errorCode(err)}): ${errorMessage(err)}\n`);
    return 1;
  }
}
