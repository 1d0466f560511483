/**
 * First-boot configuration from the SD card's FAT boot partition, editable from any laptop before the first
 * boot (and read again at every boot): `spotlet.conf` (the speaker's config), `wifi.conf` (ssid, passphrase,
 * country, hidden) and `ssh.pub` (an administrator's public key; SSH stays off without one). Translated into
 * files of the writable partition's system folder (paths below are relative to it); every problem is reported
 * and the rest still applies, so a bad file never keeps the speaker from booting (it shows the error pattern).
 * The DAC hat named in spotlet.conf also decides the device-tree overlay line of the firmware's config.txt.
 */
import { createHash, pbkdf2Sync } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
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
  /** Files of an earlier boot whose source is gone (wifi.conf or ssh.pub deleted: Wi-Fi or SSH off again). */
  remove: string[];
  hostname: string;
  /** Whether SSH is to be enabled (a key was provided: the authorized_keys file exists). */
  ssh: boolean;
  /** The hat's device-tree overlay for config.txt (null: none, e.g. USB DAC or hat = auto). */
  overlay: string | null;
  problems: string[];
}

/** Where the plan's files go, relative to the writable partition's system folder. */
export const FIRSTBOOT_FILES = {
  config: 'spotlet.conf',
  hostname: 'hostname',
  wifi: 'wpa_supplicant-wlan0.conf',
  sshKeys: 'ssh/authorized_keys_root',
  problems: 'firstboot-problems',
  /** What the boot partition looked like when last applied (see `bootInputsDigest`). */
  applied: 'firstboot-applied',
} as const;

/** The boot partition files first boot reads, in the order the digest lists them. */
export const BOOT_INPUTS = ['spotlet.conf', 'wifi.conf', 'ssh.pub', 'config.txt'] as const;

/**
 * The boot inputs as `cd BOOT && sha256sum spotlet.conf wifi.conf ssh.pub config.txt SETTINGS 2>/dev/null` prints
 * them (one "hash  name" line per file present; `settingsFile`, the page's settings, by its absolute path): the
 * image's unit compares this with the stamp in a shell, so an unchanged card skips starting Node at all.
 */
export function bootInputsDigest(bootDir: string, settingsFile?: string): string {
  let out = '';
  for (const name of [...BOOT_INPUTS, ...(settingsFile ? [settingsFile] : [])]) {
    let data: Buffer;
    try {
      data = readFileSync(name.startsWith('/') ? name : join(bootDir, name));
    } catch {
      continue;
    }
    out += `${createHash('sha256').update(data).digest('hex')}  ${name}\n`;
  }
  return out;
}

/** What the plan needs to know of a hat profile (board/hats/*.json). */
export interface HatOverlay {
  debianOverlay: string | null;
  usb: boolean;
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
  for (const k of v.keys())
    if (!['ssid', 'passphrase', 'country', 'hidden'].includes(k)) problems.push(`wifi.conf: unknown key ${k}`);
  const ssid = v.get('ssid') ?? '';
  const pass = v.get('passphrase') ?? '';
  const country = (v.get('country') ?? '').toUpperCase();
  if (!ssid)
    return void problems.push('wifi.conf: ssid is missing; Wi-Fi stays off (Ethernet works without any configuration)');
  if (Buffer.byteLength(ssid) > 32) return void problems.push(`wifi.conf: ssid ${quote(ssid)} is longer than 32 bytes`);
  if (pass && (pass.length < 8 || pass.length > 63))
    return void problems.push('wifi.conf: passphrase must be 8 to 63 characters');
  if (!/^[A-Z]{2}$/.test(country))
    problems.push(`wifi.conf: country ${quote(country)} is not a two-letter code; using 00 (world, fewer channels)`);
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
  return { path: FIRSTBOOT_FILES.wifi, content: lines.join('\n'), mode: 0o600 };
}

/** The overlay of the hat spotlet.conf names; problems when the image cannot drive it. */
function hatOverlay(hat: string, hats: ReadonlyMap<string, HatOverlay>, problems: string[]): string | null {
  if (hat === 'auto') return null;
  const profile = hats.get(hat);
  if (!profile) {
    problems.push(`spotlet.conf: hat ${quote(hat)} is not a known hat profile (board/hats); no DAC overlay is loaded`);
    return null;
  }
  if (!profile.debianOverlay && !profile.usb)
    problems.push(`spotlet.conf: hat ${quote(hat)} needs a kernel driver this image does not have`);
  return profile.debianOverlay;
}

/**
 * Plans the files of the writable partition's system folder from the boot partition's contents. `settings` is
 * what the speaker's page saved (it wins over spotlet.conf as for the speaker): the host name and the hat's
 * overlay follow a name or hat changed there too.
 */
export function planFirstboot(
  boot: BootPartition,
  sections: readonly Section[],
  hats: ReadonlyMap<string, HatOverlay>,
  settings?: { name: string; text: string },
): FirstbootPlan {
  const problems: string[] = [];
  const files: FirstbootFile[] = [];
  const remove: string[] = [];
  let name = 'Spotlet';
  let hat = 'auto';
  if (boot.spotletConf !== undefined || settings) {
    const loaded = loadConfig(sections, {
      env: {},
      fileText: boot.spotletConf ?? '',
      ...(settings ? { settings } : {}),
    });
    // The speaker reports the page's own problems; those of the card's file are the card's.
    problems.push(
      ...loaded.problems
        .filter((p) => !settings || !p.message.startsWith(`${settings.name}: `))
        .map((p) => `spotlet.conf: ${p.message}`),
    );
    const config = loaded.config as Record<string, Record<string, unknown>>;
    name = String(config['']?.name ?? name);
    hat = String(config.board?.hat ?? hat);
  }
  // Kept as written (the speaker reports its problems itself); without one the speaker runs on defaults.
  files.push({
    path: FIRSTBOOT_FILES.config,
    content: boot.spotletConf ?? '# No spotlet.conf on the boot partition: defaults.\n',
    mode: 0o644,
  });
  const hostname = hostnameFor(name);
  files.push({ path: FIRSTBOOT_FILES.hostname, content: `${hostname}\n`, mode: 0o644 });
  const overlay = hatOverlay(hat, hats, problems);
  const wifiFile = boot.wifiConf === undefined ? undefined : wifi(boot.wifiConf, problems);
  if (wifiFile) files.push(wifiFile);
  else remove.push(FIRSTBOOT_FILES.wifi);
  let ssh = false;
  if (boot.sshPub !== undefined) {
    const keys = boot.sshPub
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    const good = keys.filter((k) =>
      /^(ssh-(ed25519|rsa)|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com) [A-Za-z0-9+/=]+( .*)?$/.test(k),
    );
    if (good.length !== keys.length)
      problems.push(`ssh.pub: ${keys.length - good.length} line(s) are not SSH public keys and were ignored`);
    if (good.length) {
      ssh = true;
      files.push({ path: FIRSTBOOT_FILES.sshKeys, content: `${good.join('\n')}\n`, mode: 0o600 });
    }
  }
  if (!ssh) remove.push(FIRSTBOOT_FILES.sshKeys);
  // The speaker shows the error pattern while this file lists anything (general.firstboot_report).
  if (problems.length) files.push({ path: FIRSTBOOT_FILES.problems, content: `${problems.join('\n')}\n`, mode: 0o644 });
  else remove.push(FIRSTBOOT_FILES.problems);
  return { files, remove, hostname, ssh, overlay, problems };
}

const OVERLAY_BEGIN = "# >>> spotlet: DAC hat overlay (from spotlet.conf's hat; rewritten at boot)";
const OVERLAY_END = '# <<< spotlet';

/**
 * config.txt with our managed block naming `overlay` (or without the block when null). Everything else in the
 * file is kept byte for byte, so a user's own lines survive.
 */
export function configTxtWithOverlay(text: string, overlay: string | null): string {
  const lines = text.split('\n');
  const begin = lines.indexOf(OVERLAY_BEGIN);
  const end = begin < 0 ? -1 : lines.indexOf(OVERLAY_END, begin);
  if (begin >= 0) lines.splice(begin, (end < 0 ? lines.length : end + 1) - begin);
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  if (overlay) lines.push(OVERLAY_BEGIN, `dtoverlay=${overlay}`, OVERLAY_END);
  return `${lines.join('\n')}\n`;
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

/** Writes the plan under `root` (atomically, file by file) and removes what no longer has a source. */
export async function applyFirstboot(plan: FirstbootPlan, root: string): Promise<void> {
  for (const f of plan.files) {
    const path = join(root, f.path);
    mkdirSync(dirname(path), { recursive: true });
    await writeFileAtomic(path, f.content, f.mode);
  }
  for (const f of plan.remove) rmSync(join(root, f), { force: true });
}
