/** A speaker's Connect chain against the emulator: AP session, tokens, spclient, player, controller, device. */
import { AUTH_TYPE } from '../../src/ap/index.js';
import { AlsaSink, DEFAULT_NORMALISATION, Player } from '../../src/audio/index.js';
import { ConnectController, ConnectDevice, SpotifyTrackSource } from '../../src/connect/index.js';
import { createLogger } from '../../src/core/log.js';
import type { ConnectCloud, Emulator } from '../../src/emulator/index.js';
import { AccessTokens, ClientToken, DealerClient, SpClient } from '../../src/web/index.js';
import { session, until } from '../ap/helpers.js';
import { alsaCapture } from '../audio/support.js';

const log = createLogger('test');
export const DEVICE_ID = '0123456789abcdef0123456789abcdef01234567';

export async function connectChain(emu: Emulator, pace = false) {

  const account = emu.accounts.list[0]!;
  const s = session(emu);
  await s.login({ username: account.username, authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS, authData: account.storedCredential });
  const web = { client_id: '65b708073fc0480ea92a077233ca87bd', client_version: '1.2.52.442', login5_url: emu.endpoints.login5!, client_token_url: emu.endpoints.clienttoken! };
  const deviceId = DEVICE_ID;
  const clientToken = new ClientToken(web, deviceId);
  const tokens = new AccessTokens(web, deviceId, () => ({ username: account.username, data: account.storedCredential }), clientToken, log);
  const spclient = new SpClient({ baseUrl: async () => emu.endpoints.spclient_url!, tokens, clientToken, log });
  const cap = alsaCapture();
  const player = new Player({
    source: new SpotifyTrackSource(spclient, s.audioKeys, 160),
    openSink: () => new AlsaSink({ device: 'default', backend: 'aplay', pace, env: cap.env }),
    log,
    normalisation: DEFAULT_NORMALISATION,
    volumeCurve: 'fixed',
    volumeRangeDb: 60,
    volume: 65535,
  });
  const ctl = new ConnectController({ player, log, resolver: spclient });
  return { s, spclient, ctl, cap, tokens, log };
}

/** The chain as a Connect device named `name` on the emulator's dealer, once the cloud has its NEW_DEVICE. */
export async function connectDevice(emu: Emulator, chain: Awaited<ReturnType<typeof connectChain>>, name: string, onLogout?: () => void) {
  const { ctl, spclient, tokens, log } = chain;
  const dealer = new DealerClient({ url: async () => emu.endpoints.dealer_url!, token: () => tokens.get(), log, reconnectMinMs: 50 });
  const device = new ConnectDevice({
    controller: ctl,
    dealer,
    spclient,
    log,
    device: { deviceId: DEVICE_ID, name, deviceType: 4, clientId: '65b708073fc0480ea92a077233ca87bd', softwareVersion: 'spotlet test', volumeSteps: 64, supportsLogout: true },
    onLogout,
  });
  device.start();
  const cloud = emu.services.get('dealer') as ConnectCloud;
  await until(() => cloud.puts.some((p) => p.deviceId === DEVICE_ID && p.reason === 'NEW_DEVICE'), 5000, 'NEW_DEVICE PUT');
  return { cloud, dealer, device };
}
