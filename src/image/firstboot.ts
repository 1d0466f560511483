/**
 * First-boot configuration from the SD card's FAT boot partition, editable from any laptop before the first
 * boot: `spotlet.conf` (the speaker's config), `wifi.conf` (ssid, passphrase, country, hidden) and
 * `ssh.pub` (an administrator's public key; SSH stays off without one). Translated into files on the
 * writable partition; every problem is reported and the rest still applies, so a bad file never keeps the
 * speaker from booting (it shows the error pattern instead).
 */
import { pbkdf2Sync } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadConfig, parseConfigText, type Section } from '../core/config.js';
import { writeFileAtomic } from '../core/state.js';

export interface FirstbootFile {
  path: string;
  content: string;
  mode: number;
}

export interface FirstbootPlan {
  files: FirstbootFile[];
  hostname: string;
  /** Whether SSH is to be enabled (a key was provided: the authorized_keys file exists). */
  ssh: boolean;
  problems: string[];
}

export interface BootPartition {
  spotletConf?: string;
  wifiConf?: string;
  sshPub?: string;
}

/** RFC 1123 host name from the speaker name: "Küche Speaker!" → "kuche-speaker"; "spotlet" when empty. */
export function hostnameFor(name: string): string {
  const h = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return h || 'spotlet';
}

/** The WPA PSK as wpa_passphrase computes it: PBKDF2-HMAC-SHA1(passphrase, ssid, 4096, 32) in hex. */
export function wpaPsk(ssid: string, passphrase: string): string {
  return pbkdf2Sync(passphrase, ssid, 4096, 32, 'sha1').toString('hex');
}

const quote = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function wifi(text: string, problems: string[]): FirstbootFile | undefined {
  const { entries, problems: syntax } = parseConfigText(text);
  problems.push(...syntax.map((p) => `wifi.conf: ${p.message}`));
  const v = new Map(entries.map((e) => [e.key, e.value]));
  for (const k of v.keys()) if (!['ssid', 'passphrase', 'country', 'hidden'].includes(k)) problems.push(`wifi.conf: unknown key ${k}`);
  const ssid = v.get('ssid') ?? '';
  const pass = v.get('passphrase') ?? '';
  const country = (v.get('country') ?? '').toUpperCase();
  if (!ssid) return void problems.push('wifi.conf: ssid is missing; Wi-Fi stays off (Ethernet works without any configuration)');
  if (Buffer.byteLength(ssid) > 32) return void problems.push(`wifi.conf: ssid ${quote(ssid)} is longer than 32 bytes`);
  if (pass && (pass.length < 8 || pass.length > 63)) return void problems.push('wifi.conf: passphrase must be 8 to 63 characters');
  if (!/^[A-Z]{2}$/.test(country)) problems.push(`wifi.conf: country ${quote(country)} is not a two-letter code; using 00 (world, fewer channels)`);
  const lines = [
    '# Written by spotlet from wifi.conf on the boot partition.',
    'ctrl_interface=DIR=/run/wpa_supplicant GROUP=netdev',
    `country=${/^[A-Z]{2}$/.test(country) ? country : '00'}`,
    'network={',
    // Hex, so any byte of the name (quotes, backslashes, UTF-8) reaches wpa_supplicant unchanged.
    `  ssid=${Buffer.from(ssid, 'utf8').toString('hex')}`,
    ...(pass ? [`  psk=${wpaPsk(ssid, pass)}`] : ['  key_mgmt=NONE']),
    ...(/^(yes|true|1|on)$/i.test(v.get('hidden') ?? '') ? ['  scan_ssid=1'] : []),
    '}',
    '',
  ];
  return { path: 'etc/wpa_supplicant/wpa_supplicant-wlan0.conf', content: lines.join('\n'), mode: 0o600 };
}

/** Plans the files for the writable partition from the boot partition's contents. */
export function planFirstboot(boot: BootPartition, sections: readonly Section[]): FirstbootPlan {
  const problems: string[] = [];
  const files: FirstbootFile[] = [];
  let name = 'Spotlet';
  if (boot.spotletConf !== undefined) {
    const loaded = loadConfig(sections, { env: {}, fileText: boot.spotletConf });
    problems.push(...loaded.problems.map((p) => `spotlet.conf: ${p.message}`));
    name = String((loaded.config as Record<string, Record<string, unknown>>)['']?.name ?? name);
    // The file is kept as written: the speaker reports its problems itself (log and error LED).
    files.push({ path: 'var/lib/spotlet/spotlet.conf', content: boot.spotletConf, mode: 0o600 });
  }
  const hostname = hostnameFor(name);
  files.push({ path: 'etc/hostname', content: `${hostname}\n`, mode: 0o644 });
  files.push({ path: 'etc/hosts', content: `127.0.0.1\tlocalhost\n127.0.1.1\t${hostname}\n::1\t\tlocalhost ip6-localhost ip6-loopback\n`, mode: 0o644 });
  if (boot.wifiConf !== undefined) {
    const f = wifi(boot.wifiConf, problems);
    if (f) files.push(f);
  }
  let ssh = false;
  if (boot.sshPub !== undefined) {
    const keys = boot.sshPub.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const good = keys.filter((k) => /^(ssh-(ed25519|rsa)|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com) [A-Za-z0-9+/=]+( .*)?$/.test(k));
    if (good.length !== keys.length) problems.push(`ssh.pub: ${keys.length - good.length} line(s) are not SSH public keys and were ignored`);
    if (good.length) {
      ssh = true;
      files.push({ path: 'etc/ssh/authorized_keys/spotlet-admin', content: good.join('\n') + '\n', mode: 0o644 });
    }
  }
  return { files, hostname, ssh, problems };
}

/** Reads the boot partition (absent files are simply absent). */
export function readBootPartition(dir: string): BootPartition {
  const read = (f: string): string | undefined => {
    try {
      return readFileSync(join(dir, f), 'utf8');
    } catch {
      return undefined;
    }
  };
  const out: BootPartition = {};
  const s = read('spotlet.conf');
  const w = read('wifi.conf');
  const k = read('ssh.pub');
  if (s !== undefined) out.spotletConf = s;
  if (w !== undefined) out.wifiConf = w;
  if (k !== undefined) out.sshPub = k;
  return out;
}

/** Writes the plan under `root` (atomically, file by file). */
export async function applyFirstboot(plan: FirstbootPlan, root: string): Promise<void> {
  for (const f of plan.files) {
    const path = join(root, f.path);
    mkdirSync(dirname(path), { recursive: true });
    await writeFileAtomic(path, f.content, f.mode);
  }
}
