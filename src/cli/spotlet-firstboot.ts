#!/usr/bin/env node
/**
 * `spotlet-firstboot --boot DIR --root DIR [--settings FILE] [--set-hostname] [--reboot]`: applies the boot
 * partition's spotlet.conf, wifi.conf and ssh.pub to the writable partition's system folder (run by the image at
 * every boot, before the network and the speaker start), and keeps the DAC hat's overlay line of DIR/config.txt in
 * step with spotlet.conf and the settings the speaker's page saved (FILE; the FAT partition is remounted
 * read-write only for that write).
 *   --set-hostname  also sets the running host name (the root file system is read-only, /etc/hostname is not ours)
 *   --reboot        reboot once when config.txt changed, so the firmware loads the new overlay
 * Problems are logged; it exits 0 so the speaker always boots (1 only when nothing could be written). When all
 * went through it stamps what it applied (FIRSTBOOT_FILES.applied), so the unit can skip an unchanged card.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadProfiles } from '../board/index.js';
import { createLogger } from '../core/log.js';
import { writeFileAtomic } from '../core/state.js';
import {
  applyFirstboot,
  bootInputsDigest,
  configTxtWithOverlay,
  FIRSTBOOT_FILES,
  planFirstboot,
  readBootPartition,
} from '../image/firstboot.js';
import { configSections } from '../speaker/index.js';

const args = process.argv.slice(2);
const flag = (name: string, def: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const bootDir = resolve(flag('boot', '/boot/firmware'));
const root = resolve(flag('root', '/var/lib/spotlet/system'));
const settingsFile = args.includes('--settings') ? resolve(flag('settings', '')) : undefined;
const log = createLogger('firstboot');

/** Whether `dir` is itself a read-only mount point (the image mounts the FAT partition read-only). */
function readOnlyMount(dir: string): boolean {
  const mounts = readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .map((l) => l.split(' '));
  const hit = mounts.filter((m) => m[1] === dir).pop();
  return hit !== undefined && hit[3]!.split(',').includes('ro');
}

/** Rewrites config.txt when the overlay line must change; true when it did (a reboot loads the overlay). */
async function updateConfigTxt(overlay: string | null): Promise<boolean> {
  const path = join(bootDir, 'config.txt');
  // Guards against a reboot loop when a rewrite does not stick (a card that lost write access, say).
  const marker = join(root, 'config-txt-rewritten');
  if (!existsSync(path)) return false;
  const text = readFileSync(path, 'utf8');
  const wanted = configTxtWithOverlay(text, overlay);
  if (wanted === text) {
    rmSync(marker, { force: true });
    return false;
  }
  if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted) {
    log.error('config.txt still lacks the hat overlay after a rewrite and a reboot; not rebooting again', { overlay });
    return false;
  }
  const remount = readOnlyMount(bootDir);
  if (remount) execFileSync('mount', ['-o', 'remount,rw', bootDir]);
  try {
    await writeFileAtomic(path, wanted, 0o644);
  } finally {
    if (remount) execFileSync('mount', ['-o', 'remount,ro', bootDir]);
  }
  await writeFileAtomic(marker, wanted, 0o644);
  log.info('config.txt: DAC hat overlay changed', { overlay });
  return true;
}

const settingsText = settingsFile && existsSync(settingsFile) ? readFileSync(settingsFile, 'utf8') : undefined;
const plan = planFirstboot(
  readBootPartition(bootDir),
  configSections,
  loadProfiles().hats,
  settingsText === undefined ? undefined : { name: settingsFile!, text: settingsText },
);
for (const p of plan.problems) log.warn('boot partition problem', { reason: p });
try {
  await applyFirstboot(plan, root);
  log.info('first-boot configuration applied', {
    hostname: plan.hostname,
    files: plan.files.map((f) => f.path),
    ssh: plan.ssh,
  });
} catch (err) {
  log.error('first-boot configuration failed', { err });
  process.exitCode = 1;
}
if (args.includes('--set-hostname')) {
  try {
    writeFileSync('/proc/sys/kernel/hostname', plan.hostname);
  } catch (err) {
    log.error('could not set the host name', { hostname: plan.hostname, err });
  }
}
let rebooting = false;
try {
  if ((await updateConfigTxt(plan.overlay)) && args.includes('--reboot')) {
    log.info('rebooting once to load the DAC hat overlay');
    execFileSync('systemctl', ['reboot', '--no-block']);
    rebooting = true;
  }
} catch (err) {
  log.error('could not update config.txt', { err });
  process.exitCode = 1;
}
// Stamped only when everything was applied (and no reboot is pending): otherwise the next boot tries again.
if (!process.exitCode && !rebooting)
  await writeFileAtomic(join(root, FIRSTBOOT_FILES.applied), bootInputsDigest(bootDir, settingsFile), 0o644).catch(
    (err) => log.warn('could not stamp the applied configuration', { err }),
  );
