import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { hostnameFor, planFirstboot, wpaPsk } from '../../src/image/firstboot.js';
import { configSections } from '../../src/speaker.js';
import { REPO_ROOT } from '../support/vectors.js';

test('WPA PSK matches the IEEE 802.11i test vector; host names are valid RFC 1123 labels', () => {
  assert.equal(wpaPsk('IEEE', 'password'), 'f42c6fc52df0ebef9ebb4b90b38a5f902e83fe1b135a70e23aed762e9710a12e');
  assert.equal(hostnameFor('Küche Speaker!'), 'kuche-speaker');
  assert.equal(hostnameFor('   '), 'spotlet');
  assert.equal(hostnameFor('x'.repeat(80)).length, 63);
});

test('a complete boot partition: config kept, Wi-Fi with a hashed passphrase, hostname, SSH key', () => {
  const plan = planFirstboot(
    {
      spotletConf: 'name = Living Room\n[board]\nhat = pirate-audio\n',
      wifiConf: 'ssid = Home Net\npassphrase = "correct horse battery"\ncountry = de\n',
      sshPub: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBlah admin@laptop\n',
    },
    configSections,
  );
  assert.deepEqual(plan.problems, []);
  assert.equal(plan.hostname, 'living-room');
  assert.equal(plan.ssh, true);
  const wifi = plan.files.find((f) => f.path.endsWith('wpa_supplicant-wlan0.conf'))!;
  assert.match(wifi.content, /country=DE/);
  assert.match(wifi.content, new RegExp(`ssid=${Buffer.from('Home Net').toString('hex')}`));
  assert.match(wifi.content, new RegExp(`psk=${wpaPsk('Home Net', 'correct horse battery')}`));
  assert.doesNotMatch(wifi.content, /correct horse/, 'the passphrase itself is not stored');
  assert.equal(wifi.mode, 0o600);
});

test('bad and partial files: every problem is reported, the rest still applies, nothing is fatal', () => {
  const plan = planFirstboot(
    {
      spotletConf: 'name = Kitchen\nvolume_curve = loud\n[audio]\nbitrate = 999\n',
      wifiConf: 'ssid = Cafe\npassphrase = short\n',
      sshPub: 'not a key\n',
    },
    configSections,
  );
  assert.equal(plan.hostname, 'kitchen');
  assert.equal(plan.ssh, false);
  assert.ok(plan.problems.some((p) => /spotlet\.conf: .*volume_curve/.test(p)));
  assert.ok(plan.problems.some((p) => /audio\.bitrate/.test(p)));
  assert.ok(plan.problems.some((p) => /passphrase must be 8 to 63/.test(p)));
  assert.ok(plan.problems.some((p) => /ssh\.pub: 1 line/.test(p)));
  assert.ok(!plan.files.some((f) => f.path.includes('wpa_supplicant')), 'no broken Wi-Fi config is written');
  assert.ok(plan.files.some((f) => f.path === 'var/lib/spotlet/spotlet.conf'));
  const empty = planFirstboot({}, configSections);
  assert.equal(empty.hostname, 'spotlet');
  assert.deepEqual(empty.problems, []);
  const noSsid = planFirstboot({ wifiConf: 'country = FR\n' }, configSections);
  assert.match(noSsid.problems[0]!, /ssid is missing/);
});

test('spotlet-firstboot applies the plan to a root folder with the right modes', () => {
  const boot = mkdtempSync(join(tmpdir(), 'spotlet-boot-'));
  const root = mkdtempSync(join(tmpdir(), 'spotlet-root-'));
  writeFileSync(join(boot, 'spotlet.conf'), 'name = Den\n');
  writeFileSync(join(boot, 'wifi.conf'), 'ssid = Net\npassphrase = 12345678\ncountry = GB\n');
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/src/cli/spotlet-firstboot.js'), '--boot', boot, '--root', root], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readFileSync(join(root, 'etc/hostname'), 'utf8'), 'den\n');
  assert.equal(statSync(join(root, 'etc/wpa_supplicant/wpa_supplicant-wlan0.conf')).mode & 0o777, 0o600);
  assert.equal(readFileSync(join(root, 'var/lib/spotlet/spotlet.conf'), 'utf8'), 'name = Den\n');
});
