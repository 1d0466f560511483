#!/usr/bin/env node
/**
 * `spotlet-firstboot --boot DIR --root DIR`: applies the boot partition's spotlet.conf, wifi.conf and ssh.pub
 * to the writable partition (run by the image at boot, before the network and the speaker start). Problems
 * are printed as log lines; it exits 0 so the speaker always boots (1 only when nothing could be written).
 * SSH is wanted exactly when etc/ssh/authorized_keys/spotlet-admin exists (a unit condition can test that).
 */
import { createLogger } from '../core/log.js';
import { applyFirstboot, planFirstboot, readBootPartition } from '../image/firstboot.js';
import { configSections } from '../speaker.js';

const args = process.argv.slice(2);
const flag = (name: string, def: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const log = createLogger('firstboot');
const plan = planFirstboot(readBootPartition(flag('boot', '/boot/firmware')), configSections);
for (const p of plan.problems) log.warn('boot partition problem', { reason: p });
try {
  await applyFirstboot(plan, flag('root', '/'));
  log.info('first-boot configuration applied', { hostname: plan.hostname, files: plan.files.map((f) => f.path), ssh: plan.ssh });
} catch (err) {
  log.error('first-boot configuration failed', { err });
  process.exitCode = 1;
}
