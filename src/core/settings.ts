/**
 * The configuration sections every part shares: the general section (name, state dir, logging) and the
 * Spotify endpoints and protocol constants. Each default is the real Spotify value, so the speaker talks to
 * Spotify out of the box; the emulator is selected only by overriding these values.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { defineSection, field } from './config.js';

/** Spotify's AP signing key modulus (RSA-2048, e = 65537), see docs/protocol/02 §6. */
export const SPOTIFY_AP_MODULUS_HEX =
  'ace0460bffc230aff46bfec3bfbf863da191c6cc336c93a14fb3b01612acac6af180e7f614d9429dbe2e346643e362d2' +
  '327a1a0d923baedd1402b18155056104d52c96a44c1ecc024ad4b20c001f17edc22fc43521c8f0cbaed2add72b0f9db3' +
  'c5321a2afe59f35a0dac68f1fa621efb2c8d0cb7392d9247e3d7351a6dbd24c2ae255b88ffab73298a0bcccd0c586731' +
  '89e8bd3480784a5fc96b899d956bfc86d74f33a6781796c9c32d0d32a5abcd0527e2f710a39613c42f99c027bfed049c' +
  '3c275804b6b219f9c12f02e94863eca1b642a09d4825f8b39dd0e86af9484da1c2ba863042ea9db3086c190e48b39d66' +
  'eb0006a25aeea11b13873cd719e655bd';

/** The app's version, from its own package.json (an updated slot reports its own, e.g. in getInfo). */
export const SPOTLET_VERSION: string = JSON.parse(
  readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
).version;

/**
 * The device types a speaker may announce, in documentation order: connect-state's DeviceType number
 * (docs/protocol/06 §2.2) and zeroconf getInfo's `deviceType` name (docs/protocol/01 §7).
 */
export const DEVICE_TYPES = {
  speaker: { connect: 4, zeroconf: 'Speaker' },
  avr: { connect: 6, zeroconf: 'AVR' },
  stb: { connect: 7, zeroconf: 'STB' },
  audio_dongle: { connect: 8, zeroconf: 'AudioDongle' },
  computer: { connect: 1, zeroconf: 'Computer' },
} as const;
export type DeviceTypeName = keyof typeof DEVICE_TYPES;

/** systemd's StateDirectory= when run as a service, else a per-user directory. */
function defaultStateDir(): string {
  if (process.env.STATE_DIRECTORY) return process.env.STATE_DIRECTORY.split(':')[0]!;
  if (process.getuid?.() === 0) return '/var/lib/spotlet';
  return join(process.env.XDG_STATE_HOME || join(homedir(), '.local', 'state'), 'spotlet');
}

export const generalSection = defineSection('', 'General settings.', {
  name: field.string('Spotlet', 'Speaker name shown in the Spotify app.', {
    flag: 'name',
    pattern: /^[^\u0000-\u001f]{1,63}$/u,
    allowed: '1 to 63 printable characters',
  }),
  device_type: field.enum(
    'speaker',
    Object.keys(DEVICE_TYPES) as DeviceTypeName[],
    'Device type announced to Spotify.',
  ),
  state_dir: field.string(defaultStateDir(), 'Where the device id, stored credentials and settings live.', {
    flag: 'state-dir',
    shownDefault: '$STATE_DIRECTORY, /var/lib/spotlet as root, else ~/.local/state/spotlet',
  }),
  log_level: field.enum('info', ['debug', 'info', 'warn', 'error'], 'Least important log level written.', {
    flag: 'log-level',
  }),
  zeroconf: field.bool(
    true,
    'Let phones on the LAN find the speaker and hand it their account (mDNS and the zeroconf getInfo/addUser server); off = a private speaker, logged in only from its own page (a code at spotify.com/pair) or stored credentials, and found by its owner in the Spotify app through their account.',
  ),
  allowed_users: field.list(
    [],
    'Spotify usernames that may log in (from a phone, the web page or a take-over by another account); empty = anyone. Compared without case.',
    { pattern: /^[A-Za-z0-9._@+-]{1,128}$/, allowed: 'Spotify usernames' },
  ),
  firstboot_report: field.string(
    '',
    "The SD image's list of problems in the boot partition's files (one per line, written by spotlet-firstboot); any line shows the error pattern. Empty = none.",
    {
      flag: 'firstboot-report',
    },
  ),
});

const url = /^(https?|wss?):\/\/[^\s]+$/;
const hostPort = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/;

export const spotifySection = defineSection(
  'spotify',
  'Spotify endpoints and protocol constants (defaults: the real Spotify).',
  {
    apresolve_url: field.string('https://apresolve.spotify.com/', 'Access-point resolver.', {
      pattern: url,
      allowed: 'an http(s) URL',
    }),
    ap: field.string('', 'Access point host:port; skips apresolve when set.', {
      flag: 'ap',
      pattern: new RegExp(`^$|${hostPort.source}`),
      allowed: 'host:port or empty',
    }),
    ap_key: field.string('', "PEM file with the access point's RSA public key; empty = Spotify's own key.", {
      flag: 'ap-key',
    }),
    client_id: field.string('65b708073fc0480ea92a077233ca87bd', 'Client id (keymaster).', {
      pattern: /^[0-9a-f]{32}$/,
      allowed: '32 hex digits',
    }),
    accounts_url: field.string(
      'https://accounts.spotify.com',
      'Spotify accounts service (OAuth device authorization and token endpoints).',
      { pattern: /^https?:\/\/[^\s/]+(\/[^\s]*)?$/, allowed: 'an http(s) URL' },
    ),
    login5_url: field.string('https://login5.spotify.com/v3/login', 'login5 endpoint.', {
      pattern: url,
      allowed: 'an http(s) URL',
    }),
    client_token_url: field.string('https://clienttoken.spotify.com/v1/clienttoken', 'client-token endpoint.', {
      pattern: url,
      allowed: 'an http(s) URL',
    }),
    spclient_url: field.string('', 'spclient base URL; empty = from apresolve.', {
      pattern: /^$|^https?:\/\/\S+$/,
      allowed: 'an http(s) URL or empty',
    }),
    dealer_url: field.string('', 'Dealer websocket base URL; empty = from apresolve.', {
      pattern: /^$|^wss?:\/\/\S+$/,
      allowed: 'a ws(s) URL or empty',
    }),
    version_string: field.string(`spotlet ${SPOTLET_VERSION}`, 'Version string sent at login.'),
    system_info: field.string(`spotlet-${SPOTLET_VERSION}`, 'System information string sent at login.'),
    client_version: field.string(
      '1.2.52.442',
      'Client version sent to client-token and spclient (librespot/go-librespot value).',
    ),
  },
);
