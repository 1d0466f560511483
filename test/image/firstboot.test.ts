/**
 * First-boot configuration: the boot partition's files (spotlet.conf, wifi.conf, ssh.pub) become the writable
 * partition's system files; the hat decides config.txt's overlay line; bad files are reported, never fatal; the
 * speaker shows the error state while the report lists anything.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadProfiles } from '../../src/board/index.js';
import {
  configTxtWithOverlay,
  FIRSTBOOT_FILES,
  hostnameFor,
  planFirstboot,
  wpaPsk,
} from '../../src/image/firstboot.js';
import { configSections, startSpeaker } from '../../src/speaker/index.js';
import { REPO_ROOT } from '../support/vectors.js';
import { until } from '../ap/helpers.js';

const hats = loadProfiles().hats;
const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBlah admin@laptop';

test('WPA PSK matches the IEEE 802.11i test vector; host names are valid RFC 1123 labels', () => {
  assert.equal(wpaPsk('IEEE', 'password'), 'f42c6fc52df0ebef9ebb4b90b38a5f902e83fe1b135a70e23aed762e9710a12e');
  assert.equal(hostnameFor('Küche Speaker!'), 'kuche-speaker');
  assert.equal(hostnameFor('   '), 'spotlet');
  assert.equal(hostnameFor('x'.repeat(80)).length, 63);
});

test('a complete boot partition: config kept, Wi-Fi with a hashed passphrase, hostname, SSH key, hat overlay', () => {
  const plan = planFirstboot(
    {
      spotletConf: 'name = Living Room\n[board]\nhat = pirate-audio\n',
      wifiConf: 'ssid = Home Net\npassphrase = "correct horse battery"\ncountry = de\n',
      sshPub: `${KEY}\n`,
    },
    configSections,
    hats,
  );
  assert.deepEqual(plan.problems, []);
  assert.equal(plan.hostname, 'living-room');
  assert.equal(plan.ssh, true);
  assert.equal(plan.overlay, 'spotlet-pcm5102a');
  assert.deepEqual(plan.remove, [FIRSTBOOT_FILES.problems]);
  const wifi = plan.files.find((f) => f.path === FIRSTBOOT_FILES.wifi)!;
  assert.match(wifi.content, /country=DE/);
  assert.match(wifi.content, new RegExp(`ssid=${Buffer.from('Home Net').toString('hex')}`));
  assert.match(wifi.content, new RegExp(`psk=${wpaPsk('Home Net', 'correct horse battery')}`));
  assert.doesNotMatch(wifi.content, /correct horse/, 'the passphrase itself is not stored');
  assert.equal(wifi.mode, 0o600);
  assert.equal(plan.files.find((f) => f.path === FIRSTBOOT_FILES.sshKeys)?.content, `${KEY}\n`);
  // PCM512x hats get the codec overlay at their I2C address.
  assert.equal(
    planFirstboot({ spotletConf: '[board]\nhat = iqaudio-dacplus\n' }, configSections, hats).overlay,
    'spotlet-pcm512x-4c',
  );
  assert.equal(
    planFirstboot({ spotletConf: '[board]\nhat = hifiberry-dacplus\n' }, configSections, hats).overlay,
    'spotlet-pcm512x-4d',
  );
  assert.equal(planFirstboot({ spotletConf: '[board]\nhat = usb-dac\n' }, configSections, hats).overlay, null);
});

test('settings saved on the speaker page win over the card: the hat overlay and the host name follow them', () => {
  const plan = planFirstboot({ spotletConf: 'name = Kitchen\n[board]\nhat = pirate-audio\n' }, configSections, hats, {
    name: '/var/lib/spotlet/speaker/settings.conf',
    text: 'name = "Living Room"\n[board]\nhat = "iqaudio-dacplus"\n',
  });
  assert.equal(plan.overlay, 'spotlet-pcm512x-4c');
  assert.equal(plan.hostname, 'living-room');
  assert.deepEqual(plan.problems, []);
  assert.equal(
    plan.files.find((f) => f.path === FIRSTBOOT_FILES.config)?.content,
    'name = Kitchen\n[board]\nhat = pirate-audio\n',
    "the card's file is kept as written",
  );
  // Page settings without a card file, and a page setting the speaker will report itself.
  const only = planFirstboot({}, configSections, hats, {
    name: 'settings.conf',
    text: '[board]\nhat = usb-dac\nled_pin = 99\n',
  });
  assert.equal(only.overlay, null);
  assert.deepEqual(only.problems, []);
});

test('bad and partial files: every problem is reported, the rest still applies, nothing is fatal', () => {
  const plan = planFirstboot(
    {
      spotletConf: 'name = Kitchen\nvolume_curve = loud\n[audio]\nbitrate = 999\n[board]\nhat = no-such-hat\n',
      wifiConf: 'ssid = Cafe\npassphrase = short\n',
      sshPub: 'not a key\n',
    },
    configSections,
    hats,
  );
  assert.equal(plan.hostname, 'kitchen');
  assert.equal(plan.ssh, false);
  assert.equal(plan.overlay, null);
  assert.ok(plan.problems.some((p) => /spotlet\.conf: .*volume_curve/.test(p)));
  assert.ok(plan.problems.some((p) => /audio\.bitrate/.test(p)));
  assert.ok(plan.problems.some((p) => /hat "no-such-hat" is not a known hat/.test(p)));
  assert.ok(plan.problems.some((p) => /passphrase must be 8 to 63/.test(p)));
  assert.ok(plan.problems.some((p) => /ssh\.pub: 1 line/.test(p)));
  assert.ok(!plan.files.some((f) => f.path === FIRSTBOOT_FILES.wifi), 'no broken Wi-Fi config is written');
  assert.deepEqual(
    plan.remove.sort(),
    [FIRSTBOOT_FILES.sshKeys, FIRSTBOOT_FILES.wifi].sort(),
    'an old Wi-Fi config and key do not linger',
  );
  assert.equal(
    plan.files
      .find((f) => f.path === FIRSTBOOT_FILES.problems)
      ?.content.split('\n')
      .filter(Boolean).length,
    plan.problems.length,
  );
  assert.ok(
    plan.files.some((f) => f.path === FIRSTBOOT_FILES.config && f.content.includes('volume_curve = loud')),
    'the file is kept as written',
  );
  const empty = planFirstboot({}, configSections, hats);
  assert.equal(empty.hostname, 'spotlet');
  assert.deepEqual(empty.problems, []);
  assert.ok(
    empty.files.some((f) => f.path === FIRSTBOOT_FILES.config),
    'without spotlet.conf the speaker still gets a (default) config',
  );
  const noSsid = planFirstboot({ wifiConf: 'country = FR\n' }, configSections, hats);
  assert.match(noSsid.problems[0]!, /ssid is missing/);
  const onboard = planFirstboot({ spotletConf: '[board]\nhat = onboard-jack\n' }, configSections, hats);
  assert.match(onboard.problems[0]!, /needs a kernel driver this image does not have/);
});

test("config.txt: the hat's overlay block is added, replaced and removed; the user's own lines are kept", () => {
  const base = 'arm_64bit=1\nenable_uart=1\n# mine\ndtparam=audio=off\n';
  const withDac = configTxtWithOverlay(base, 'spotlet-pcm5102a');
  assert.ok(withDac.startsWith(base));
  assert.match(withDac, /^dtoverlay=spotlet-pcm5102a$/m);
  assert.equal(configTxtWithOverlay(withDac, 'spotlet-pcm5102a'), withDac, 'unchanged when already right (no reboot)');
  const other = configTxtWithOverlay(`${withDac}gpu_mem=16\n`, 'spotlet-pcm512x-4d');
  assert.equal(other.match(/dtoverlay=/g)?.length, 1);
  assert.match(other, /gpu_mem=16/);
  assert.equal(configTxtWithOverlay(configTxtWithOverlay(base, 'x'), null), base);
});

test('spotlet-firstboot writes the system files with the right modes, rewrites config.txt once, and cleans up', () => {
  const boot = mkdtempSync(join(tmpdir(), 'spotlet-boot-'));
  const root = mkdtempSync(join(tmpdir(), 'spotlet-root-'));
  const run = (): string => {
    const r = spawnSync(
      process.execPath,
      [join(REPO_ROOT, 'dist/src/cli/spotlet-firstboot.js'), '--boot', boot, '--root', root],
      { encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stderr);
    return r.stdout + r.stderr;
  };
  writeFileSync(join(boot, 'config.txt'), 'arm_64bit=1\n');
  writeFileSync(join(boot, 'spotlet.conf'), 'name = Den\n[board]\nhat = hifiberry-dacplus-zero\n');
  writeFileSync(join(boot, 'wifi.conf'), 'ssid = Net\npassphrase = 12345678\ncountry = GB\n');
  writeFileSync(join(boot, 'ssh.pub'), `${KEY}\n`);
  assert.match(run(), /DAC hat overlay changed/);
  assert.equal(readFileSync(join(root, FIRSTBOOT_FILES.hostname), 'utf8'), 'den\n');
  assert.equal(statSync(join(root, FIRSTBOOT_FILES.wifi)).mode & 0o777, 0o600);
  assert.equal(statSync(join(root, FIRSTBOOT_FILES.sshKeys)).mode & 0o777, 0o600);
  assert.equal(statSync(join(root, FIRSTBOOT_FILES.config)).mode & 0o777, 0o644, 'the speaker (its own user) reads it');
  assert.match(readFileSync(join(boot, 'config.txt'), 'utf8'), /^arm_64bit=1\n[\s\S]*^dtoverlay=spotlet-pcm5102a$/m);
  assert.doesNotMatch(run(), /overlay changed/, 'the second boot changes nothing');
  // The user removes the key and Wi-Fi and breaks the config: SSH and Wi-Fi are off, the problems are listed.
  writeFileSync(join(boot, 'ssh.pub'), '');
  writeFileSync(join(boot, 'wifi.conf'), 'ssid = Net\npassphrase = short\n');
  const out = run();
  assert.match(out, /passphrase must be 8 to 63/);
  for (const line of out.trim().split('\n'))
    assert.doesNotThrow(() => JSON.parse(line), 'one JSON object per log line');
  assert.equal(existsSync(join(root, FIRSTBOOT_FILES.sshKeys)), false);
  assert.equal(existsSync(join(root, FIRSTBOOT_FILES.wifi)), false);
  assert.match(readFileSync(join(root, FIRSTBOOT_FILES.problems), 'utf8'), /passphrase/);
  writeFileSync(join(boot, 'wifi.conf'), 'ssid = Net\npassphrase = 12345678\ncountry = GB\n');
  run();
  assert.equal(existsSync(join(root, FIRSTBOOT_FILES.problems)), false, 'fixed files clear the report');
});

test("the image's unit skips Node on an unchanged card and page settings (its shell check matches the stamp) and still sets the host name", () => {
  const boot = mkdtempSync(join(tmpdir(), 'spotlet-boot-'));
  const root = mkdtempSync(join(tmpdir(), 'spotlet-root-'));
  const speakerState = mkdtempSync(join(tmpdir(), 'spotlet-speaker-'));
  const hostnameFile = join(root, 'kernel-hostname');
  // The unit's own ExecCondition line, pointed at these folders instead of the card's and the kernel's.
  const unit = readFileSync(join(REPO_ROOT, 'image/rootfs/etc/systemd/system/spotlet-firstboot.service'), 'utf8');
  const check = /^ExecCondition=\/bin\/sh -c '(.*)'$/m
    .exec(unit)![1]!
    .replaceAll('/boot/firmware', boot)
    .replaceAll('/var/lib/spotlet/system', root)
    .replaceAll('/var/lib/spotlet/speaker', speakerState)
    .replaceAll('/proc/sys/kernel/hostname', hostnameFile);
  assert.match(unit, /--settings \/var\/lib\/spotlet\/speaker\/settings.conf /, 'the unit passes the page settings');
  const runsNode = (): boolean => spawnSync('/bin/sh', ['-c', check]).status === 0;
  const firstboot = (): void =>
    assert.equal(
      spawnSync(process.execPath, [
        join(REPO_ROOT, 'dist/src/cli/spotlet-firstboot.js'),
        '--boot',
        boot,
        '--root',
        root,
        '--settings',
        join(speakerState, 'settings.conf'),
      ]).status,
      0,
    );
  writeFileSync(join(boot, 'config.txt'), 'arm_64bit=1\n');
  writeFileSync(join(boot, 'spotlet.conf'), 'name = Attic\n');
  assert.equal(runsNode(), true, 'a card never applied');
  firstboot();
  assert.equal(runsNode(), false, 'unchanged: skipped');
  assert.equal(readFileSync(hostnameFile, 'utf8'), 'attic\n', 'the stored host name is set even when skipped');
  for (const [file, text] of [
    ['wifi.conf', 'ssid = Net\npassphrase = 12345678\n'],
    ['spotlet.conf', 'name = Loft\n'],
    ['config.txt', 'arm_64bit=1\ndtoverlay=x\n'],
  ] as const) {
    writeFileSync(join(boot, file), text);
    assert.equal(runsNode(), true, `${file} changed: applied again`);
    firstboot();
    assert.equal(runsNode(), false);
  }
  // The page renamed the speaker: applied at the next boot, the host name follows.
  writeFileSync(join(speakerState, 'settings.conf'), 'name = "Study Room"\n');
  assert.equal(runsNode(), true, 'page settings changed: applied again');
  firstboot();
  assert.equal(readFileSync(join(root, FIRSTBOOT_FILES.hostname), 'utf8'), 'study-room\n');
  assert.equal(runsNode(), false);
  writeFileSync(join(boot, 'wifi.conf'), 'ssid = Net\npassphrase = short\n');
  firstboot();
  assert.equal(runsNode(), false, 'a card with a mistake is not re-read every boot either');
  assert.match(
    readFileSync(join(root, FIRSTBOOT_FILES.problems), 'utf8'),
    /passphrase/,
    'its report stays for the speaker',
  );
});

test('the speaker shows the error state while the first-boot report lists a problem, and still starts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-report-'));
  const report = join(dir, 'firstboot-problems');
  writeFileSync(report, 'wifi.conf: passphrase must be 8 to 63 characters\n');
  const argv = [
    '--state-dir',
    join(dir, 'state'),
    '--zeroconf-port',
    '0',
    '--api-port',
    '0',
    '--interface',
    'lo',
    '--log-level',
    'error',
    '--firstboot-report',
    report,
  ];
  const speaker = await startSpeaker({ argv, env: {} });
  try {
    await until(() => speaker.supervisor.state === 'error', 3000, 'error state');
    const res = await fetch(`http://127.0.0.1:${speaker.zeroconf.port}/?action=getInfo`);
    assert.equal(res.status, 200, 'discovery still answers');
  } finally {
    await speaker.stop();
  }
});
