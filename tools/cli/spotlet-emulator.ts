#!/usr/bin/env node
/**
 * `spotlet-emulator`: runs the emulated Spotify services on loopback until SIGTERM/SIGINT. The first stdout
 * line is one JSON object with the endpoints, the AP's public key, the accounts, tracks and Mercury URIs.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { errorMessage } from '../../src/core/errors.js';
import { createLogger } from '../../src/core/log.js';
import { serveControl } from '../emulator/control.js';
import { startEmulator, type EmulatorOptions } from '../emulator/index.js';

const USAGE = `usage: spotlet-emulator [--catalog DIR] [--write-config FILE] [--port N] [--host ADDR] [--state FILE]
                        [--control] [--ping-interval MS] [--first-ping MS] [--refuse-passwords]
                        [--client-token-challenge] [--login5-challenge] [--page-size N] [--gid-only-tracks]
                        [--refuse-logins CODE] [--delay MS] [--corrupt-macs N] [--drop-every MS] [--stall]
Starts the emulated Spotify services on 127.0.0.1 and prints one JSON line with their endpoints.
  --catalog DIR        track catalog folder (default: a generated sample catalog in ~/.cache/spotlet)
  --write-config FILE  also write a spotlet config file pointing at the emulator (+ FILE.ap-key.pem)
  --port N             fixed AP port (default: any free port)
  --host ADDR          address to listen on (default 127.0.0.1; e.g. a network namespace's veth address)
  --state FILE         keep the AP key, the accounts' secret and every port in FILE: started again with it, the
                       emulator is the same cloud on the same ports (stored credentials stay valid)
  --control            fault injection and the cluster view as JSON lines on stdin/stdout (tools/emulator/control.ts)
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
  stateFile?: string;
  control: boolean;
  faults: Record<string, number | boolean>;
} {
  const opts: EmulatorOptions = { ap: {}, auth: {}, spclient: {} };
  const faults: Record<string, number | boolean> = {};
  let writeConfig: string | undefined;
  let stateFile: string | undefined;
  let control = false;
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
      case '--host':
        opts.host = value();
        break;
      case '--state':
        stateFile = resolve(value());
        break;
      case '--control':
        control = true;
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
  return { opts, ...(writeConfig ? { writeConfig } : {}), ...(stateFile ? { stateFile } : {}), control, faults };
}

interface EmulatorState {
  apPrivateKeyPem: string;
  accountsSecret: string;
  ports: Record<string, number>;
}

/** The state of an earlier run (same key, secret and ports), or a new key and secret with ports still open. */
function loadState(file: string): EmulatorState {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as EmulatorState;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent: 65537 });
  return {
    apPrivateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    accountsSecret: randomBytes(32).toString('base64'),
    ports: {},
  };
}

/** The port of each service from its endpoint ("host:port" or a URL). */
function portsOf(endpoints: Record<string, string>): Record<string, number> {
  const port = (e: string | undefined): number => Number(/:(\d+)(\/|$)/.exec(e ?? '')?.[1] ?? 0);
  return {
    ap: port(endpoints.ap),
    apresolve: port(endpoints.apresolve),
    cdn: port(endpoints.cdn),
    auth: port(endpoints.login5),
    spclient: port(endpoints.spclient),
    dealer: port(endpoints.dealer),
  };
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
  const saved = parsed.stateFile ? loadState(parsed.stateFile) : undefined;
  const emu = await startEmulator({
    ...parsed.opts,
    ...(saved
      ? {
          apPrivateKeyPem: saved.apPrivateKeyPem,
          accountsSecret: Buffer.from(saved.accountsSecret, 'base64'),
          ports: saved.ports,
        }
      : {}),
    log,
  });
  if (parsed.stateFile && saved)
    writeFileSync(parsed.stateFile, JSON.stringify({ ...saved, ports: portsOf(emu.endpoints) }), { mode: 0o600 });
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
  if (parsed.control) serveControl(emu, process.stdin, process.stdout);
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
