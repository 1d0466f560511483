#!/usr/bin/env node
/**
 * `spotlet-emulator`: runs the emulated Spotify services on loopback until SIGTERM/SIGINT. The first stdout
 * line is one JSON object with the endpoints, the AP's public key, the accounts, tracks and Mercury URIs.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { errorMessage } from '../../src/core/errors.js';
import { createLogger } from '../../src/core/log.js';
import { startEmulator, type EmulatorOptions } from '../emulator/index.js';

const USAGE = `usage: spotlet-emulator [--catalog DIR] [--write-config FILE] [--port N]
                        [--ping-interval MS] [--first-ping MS] [--refuse-passwords]
                        [--client-token-challenge] [--login5-challenge] [--page-size N] [--gid-only-tracks]
                        [--refuse-logins CODE] [--delay MS] [--corrupt-macs N] [--drop-every MS] [--stall]
Starts the emulated Spotify services on 127.0.0.1 and prints one JSON line with their endpoints.
  --catalog DIR        track catalog folder (default: a generated sample catalog in ~/.cache/spotlet)
  --write-config FILE  also write a spotlet config file pointing at the emulator (+ FILE.ap-key.pem)
  --port N             fixed AP port (default: any free port)
  --ping-interval MS   AP ping period after each PongAck (default 60000); --first-ping MS (default 3000)
  --refuse-passwords   refuse username/password logins like Spotify does today
variants Spotify is seen in: --client-token-challenge, --login5-challenge (hashcash first; default: none),
        --page-size N (context-resolve tracks per page, default 100), --gid-only-tracks (context tracks by gid)
faults: --refuse-logins CODE (APLoginFailed code), --delay MS (every AP packet), --corrupt-macs N,
        --drop-every MS (drop all AP connections periodically), --stall (accept but never answer)
`;

function parseArgs(argv: string[]): {
  opts: EmulatorOptions;
  writeConfig?: string;
  faults: Record<string, number | boolean>;
} {
  const opts: EmulatorOptions = { ap: {}, auth: {}, spclient: {} };
  const faults: Record<string, number | boolean> = {};
  let writeConfig: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const int = (): number => {
      const v = value();
      if (!/^\d+$/.test(v)) throw new Error(`${a}: expected a whole number, got ${JSON.stringify(v)}`);
      return Number(v);
    };
    switch (a) {
      case '--catalog':
        opts.catalogDir = resolve(value());
        break;
      case '--write-config':
        writeConfig = resolve(value());
        break;
      case '--port':
        opts.ap!.port = int();
        break;
      case '--ping-interval':
        opts.ap!.pingIntervalMs = int();
        break;
      case '--first-ping':
        opts.ap!.firstPingMs = int();
        break;
      case '--refuse-passwords':
        opts.ap!.refusePasswordLogins = true;
        break;
      case '--client-token-challenge':
        opts.auth!.clientTokenChallenge = true;
        break;
      case '--login5-challenge':
        opts.auth!.login5Challenge = true;
        break;
      case '--page-size':
        opts.spclient!.pageSize = Math.max(1, int());
        break;
      case '--gid-only-tracks':
        opts.spclient!.gidOnlyTracks = true;
        break;
      case '--refuse-logins':
        faults.refuseLogins = int();
        break;
      case '--delay':
        faults.delay = int();
        break;
      case '--corrupt-macs':
        faults.corruptMacs = int();
        break;
      case '--drop-every':
        faults.dropEvery = int();
        break;
      case '--stall':
        faults.stall = true;
        break;
      default:
        throw new Error(`unknown argument ${a}`);
    }
  }
  return { opts, ...(writeConfig ? { writeConfig } : {}), faults };
}

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
let parsed;
try {
  parsed = parseArgs(argv);
} catch (err) {
  process.stderr.write(`spotlet-emulator: ${errorMessage(err)}\n${USAGE}`);
  process.exit(2);
}
const log = createLogger('emulator');
try {
  const emu = await startEmulator({ ...parsed.opts, log });
  const { faults } = parsed;
  if (typeof faults.refuseLogins === 'number') emu.ap.refuseLogins(faults.refuseLogins);
  if (typeof faults.delay === 'number') emu.ap.delayReplies(faults.delay);
  if (typeof faults.corruptMacs === 'number') emu.ap.corruptMacs(faults.corruptMacs);
  if (faults.stall) emu.ap.stall(true);
  const dropTimer =
    typeof faults.dropEvery === 'number' && faults.dropEvery > 0
      ? setInterval(() => emu.ap.dropConnections(), faults.dropEvery)
      : undefined;
  const description = emu.describe();
  if (parsed.writeConfig) {
    const keyFile = `${parsed.writeConfig}.ap-key.pem`;
    writeFileSync(keyFile, emu.apPublicKeyPem);
    writeFileSync(parsed.writeConfig, emu.configIni(keyFile));
    description.configFile = parsed.writeConfig;
  }
  process.stdout.write(`${JSON.stringify(description)}\n`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { signal });
    clearInterval(dropTimer);
    setTimeout(() => process.exit(1), 3000).unref();
    void emu.stop().then(() => process.exit(0));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
} catch (err) {
  log.error('emulator failed to start', { err });
  process.exit(1);
}
