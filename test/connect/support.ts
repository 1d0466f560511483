/**
 * A speaker's Connect chain against the emulator: AP session, tokens, spclient, player, controller, device;
 * and the whole speaker (startSpeaker) on the emulator with its audio captured.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUTH_TYPE } from '../../src/ap/index.js';
import { AlsaSink, DEFAULT_NORMALISATION, NativeSink, Player, SoftMixer } from '../../src/audio/index.js';
import {
  ConnectController,
  ConnectDevice,
  decodePlayerCommand,
  executeCommand,
  SpotifyTrackSource,
  type CommandResult,
  type TransferState,
} from '../../src/connect/index.js';
import { createLogger } from '../../src/core/log.js';
import type { Account, ConnectCloud, Emulator } from '../../tools/emulator/index.js';
import { AccessTokens, ClientToken, DealerClient, SpClient } from '../../src/web/index.js';
import { loginToSpeaker } from '../../tools/phone/index.js';
import { startSpeaker, type StartOptions } from '../../src/speaker/index.js';
import { session, until } from '../ap/helpers.js';
import { alsaCapture, locate } from '../audio/support.js';

const log = createLogger('test');
export const DEVICE_ID = '0123456789abcdef0123456789abcdef01234567';

/**
 * The chain on the emulator; its output is aplay on the ALSA capture (paced like a DAC or not), or with `trace`
 * the native output, paced, its writes traced there.
 */
export async function connectChain(emu: Emulator, pace = false, trace?: string) {
  const account = emu.accounts.list[0]!;
  const s = session(emu);
  await s.login({
    username: account.username,
    authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS,
    authData: account.storedCredential,
  });
  const web = {
    clientId: '65b708073fc0480ea92a077233ca87bd',
    clientVersion: '1.2.52.442',
    login5Url: emu.endpoints.login5!,
    clientTokenUrl: emu.endpoints.clienttoken!,
  };
  const deviceId = DEVICE_ID;
  const clientToken = new ClientToken(web, deviceId);
  const tokens = new AccessTokens(
    web,
    deviceId,
    () => ({ username: account.username, data: account.storedCredential }),
    clientToken,
    log,
  );
  const spclient = new SpClient({ baseUrl: async () => emu.endpoints.spclient_url!, tokens, clientToken, log });
  const cap = alsaCapture();
  const player = new Player({
    source: new SpotifyTrackSource(
      spclient,
      s.audioKeys,
      160,
      () => ({ country: s.info?.countryCode, catalogue: s.info?.productInfo.catalogue }),
      log,
    ),
    openSink: () =>
      trace
        ? new NativeSink({ device: 'default', env: cap.env, trace })
        : new AlsaSink({ device: 'default', backend: 'aplay', pace, env: cap.env }),
    log,
    normalisation: DEFAULT_NORMALISATION,
    mixer: new SoftMixer('fixed'),
    volume: 65535,
  });
  const ctl = new ConnectController({ player, log, resolver: spclient, clock: s.clock });
  return { s, spclient, ctl, player, cap, tokens, log };
}

/** The chain as a Connect device named `name` on the emulator's dealer, once the cloud has its NEW_DEVICE. */
export async function connectDevice(
  emu: Emulator,
  chain: Awaited<ReturnType<typeof connectChain>>,
  name: string,
  onLogout?: () => void,
) {
  const { ctl, spclient, tokens, log } = chain;
  const dealer = new DealerClient({
    url: async () => emu.endpoints.dealer_url!,
    token: () => tokens.get(),
    onUnauthorized: () => tokens.invalidate(),
    log,
    reconnectMinMs: 50,
  });
  const device = new ConnectDevice({
    controller: ctl,
    dealer,
    spclient,
    log,
    clock: chain.s.clock,
    // The speaker's port reduced to this chain: commands go to its controller, a logout to `onLogout`.
    dispatch: async (command): Promise<CommandResult> => {
      if (command.kind !== 'logout') return executeCommand(ctl, command);
      onLogout?.();
      return { success: true };
    },
    device: {
      deviceId: DEVICE_ID,
      name,
      deviceType: 4,
      clientId: '65b708073fc0480ea92a077233ca87bd',
      softwareVersion: 'spotlet test',
      volumeSteps: 64,
      supportsLogout: true,
    },
  });
  const cloud = emu.services.get('dealer') as ConnectCloud;
  // An earlier device of the same id on this emulator announced itself too: wait for this one's.
  const announced = (): number =>
    cloud.puts.filter((p) => p.deviceId === DEVICE_ID && p.reason === 'NEW_DEVICE').length;
  const before = announced();
  device.start();
  await until(() => announced() > before, 5000, 'NEW_DEVICE PUT');
  return { cloud, dealer, device };
}

/** A dealer `command` (with a transfer's decoded `data`) as the device takes it: decoded, then carried out. */
export async function handleCommand(
  ctl: ConnectController,
  command: unknown,
  transfer?: TransferState,
): Promise<CommandResult> {
  const decoded = decodePlayerCommand(command, transfer);
  return 'refused' in decoded ? { success: false, reason: decoded.refused } : executeCommand(ctl, decoded.command);
}

/**
 * The whole speaker named `name` on the emulator (zeroconf on loopback, `config` lines added to its config
 * file), every sample it plays captured. `heard(mark)` is the catalog track (of `references`) and position heard
 * `afterMs` after `mark` (a capture length in frames); `restart()` starts it again on the same state.
 */
export async function emulatedSpeaker(
  emu: Emulator,
  name: string,
  references: { uri: string; pcm: Buffer }[],
  config = '',
  logLevel = 'warn',
  start: StartOptions = {},
) {
  const cap = alsaCapture();
  const homeBefore = process.env.HOME;
  process.env.HOME = cap.env.HOME; // ALSA in the aplay child reads ~/.asoundrc: capture every sample
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-speaker-'));
  writeFileSync(join(dir, 'ap.pem'), emu.apPublicKeyPem);
  writeFileSync(
    join(dir, 'spotlet.conf'),
    // `config` first after the name, so that it may set general keys too (and any section it opens ends here).
    `name = ${name}
${config}
${emu.configIni(join(dir, 'ap.pem'))}
[zeroconf]
port = 0
interfaces = lo
[api]
port = 0
`,
  );
  const argv = ['--config', join(dir, 'spotlet.conf'), '--state-dir', join(dir, 'state'), '--log-level', logLevel];
  let speaker = await startSpeaker({ argv, env: {} }, start);
  const frames = (): number => (existsSync(cap.file) ? statSync(cap.file).size >> 2 : 0);
  return {
    get speaker() {
      return speaker;
    },
    cap,
    dir,
    frames,
    /** A phone hands the account over with zeroconf addUser. */
    login: (a: Account) =>
      loginToSpeaker(`http://127.0.0.1:${speaker.zeroconf.port}/`, {
        userName: a.username,
        authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS,
        authData: a.storedCredential,
      }),
    async heard(mark: number, afterMs = 300) {
      const at = mark + Math.round(afterMs * 44.1);
      await until(() => frames() >= at + 4096, 8000, `audio ${afterMs} ms after the mark`);
      const h = locate(cap.read(), at, references);
      assert.ok(
        h.correlation > 0.98,
        `captured audio is catalog audio (correlation ${h.correlation.toFixed(3)} at ${h.uri} ${h.positionMs.toFixed(0)} ms)`,
      );
      return h;
    },
    async restart() {
      await speaker.stop();
      speaker = await startSpeaker({ argv, env: {} }, start);
      return speaker;
    },
    async stop() {
      await speaker.stop();
      process.env.HOME = homeBefore;
    },
  };
}
