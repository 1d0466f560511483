/**
 * The SD image, booted under QEMU (opt-in: `npm run test:image` builds the image first, then runs this file).
 *  - `-M virt` with the image's own kernel, initrd and partitions: the boot partition's spotlet.conf names the
 *    speaker, zeroconf's getInfo answers with that name on a forwarded loopback port, the service is active and
 *    not root, the root file system is read-only, the state directory is writable, no unit failed, SSH works only
 *    with the key put on the boot partition, the device id survives a clean power-off and a second boot.
 *  - `-M raspi3b` with Debian's Raspberry Pi 3 device tree and our PCM5102A overlay applied as the firmware does:
 *    the hat's ALSA card comes up.
 * Networking is QEMU's user mode with restrict=on: the guest reaches nothing; only host loopback ports forward in.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configTxtWithOverlay } from '../../src/image/firstboot.js';
import { REPO_ROOT } from '../support/vectors.js';

const OUT = join(REPO_ROOT, 'image', 'out');
const VERSION = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version as string;
const IMAGE = join(OUT, `spotlet-${VERSION}-arm64.img`);
const ZEROCONF_PORT = 4070;

function run(cmd: string, args: string[], input?: string): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', input, timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr || r.error?.message}`);
  return r.stdout;
}

/** Byte offset of partition n (1-based) of a disk image. */
function partitionOffset(img: string, n: number): number {
  const table = JSON.parse(run('sfdisk', ['-J', img])) as { partitiontable: { partitions: { start: number }[] } };
  return table.partitiontable.partitions[n - 1]!.start * 512;
}

/** A private copy of the image whose boot partition carries the given files (as a user would put them there). */
function imageWith(dir: string, files: Record<string, string>): { img: string; bootAt: string } {
  const img = join(dir, 'sd.img');
  run('cp', ['--sparse=always', IMAGE, img]);
  const bootAt = `${img}@@${partitionOffset(img, 1)}`;
  for (const [name, content] of Object.entries(files)) {
    const tmp = join(dir, `boot-${name}`);
    writeFileSync(tmp, content);
    run('mcopy', ['-o', '-i', bootAt, tmp, `::${name}`]);
  }
  return { img, bootAt };
}

function fromBoot(bootAt: string, name: string, dest: string): string {
  run('mcopy', ['-o', '-i', bootAt, `::${name}`, dest]);
  return dest;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` every 500 ms until it returns a value or `ms` pass (then throws, naming `what`). */
async function waitFor<T>(probe: () => Promise<T | undefined>, ms: number, what: string, vm: Vm): Promise<T> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (vm.exited) throw new Error(`QEMU exited while waiting for ${what}; console:\n${vm.console().slice(-3000)}`);
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    await sleep(500);
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}; console:\n${vm.console().slice(-3000)}`);
}

interface Vm {
  proc: ChildProcess;
  exited: boolean;
  done: Promise<void>;
  console(): string;
  monitor(cmd: string): Promise<void>;
  kill(): void;
}

function startVm(dir: string, args: string[]): Vm {
  const consoleLog = join(dir, `console-${Date.now()}.log`);
  const monitorSock = join(dir, `monitor-${Date.now()}.sock`);
  const proc = spawn(
    'qemu-system-aarch64',
    [...args, '-display', 'none', '-serial', `file:${consoleLog}`, '-monitor', `unix:${monitorSock},server,nowait`],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const vm: Vm = {
    proc,
    exited: false,
    done: new Promise((resolve) =>
      proc.on('exit', () => {
        vm.exited = true;
        resolve();
      }),
    ),
    console: () => (existsSync(consoleLog) ? readFileSync(consoleLog, 'utf8') : '') + stderr,
    monitor: (cmd) =>
      new Promise((resolve, reject) => {
        const c = createConnection(monitorSock, () => c.end(`${cmd}\n`, () => resolve()));
        c.on('error', reject);
      }),
    kill: () => void (vm.exited || proc.kill('SIGKILL')),
  };
  return vm;
}

function sshKey(dir: string): { key: string; pub: string } {
  const key = join(dir, 'id_ed25519');
  run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'spotlet-test', '-f', key]);
  return { key, pub: readFileSync(`${key}.pub`, 'utf8') };
}

function ssh(port: number, key: string, command: string): { status: number | null; out: string } {
  const r = spawnSync(
    'ssh',
    [
      '-i',
      key,
      '-p',
      String(port),
      '-o',
      'StrictHostKeyChecking=no',
      '-o',
      'UserKnownHostsFile=/dev/null',
      '-o',
      'BatchMode=yes',
      '-o',
      'ConnectTimeout=10',
      '-o',
      'LogLevel=ERROR',
      'root@127.0.0.1',
      command,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  return { status: r.status, out: (r.stdout ?? '').trim() };
}

async function getInfo(port: number): Promise<{ remoteName: string; deviceID: string } | undefined> {
  const res = await fetch(`http://127.0.0.1:${port}/?action=getInfo`, { signal: AbortSignal.timeout(3000) });
  return res.ok ? ((await res.json()) as { remoteName: string; deviceID: string }) : undefined;
}

const skip = existsSync(IMAGE) ? false : `no image at ${IMAGE}: run npm run test:image (it builds one)`;
const kernelRelease = (): string => readFileSync(join(OUT, 'kernel-release'), 'utf8').trim();

test('virt: the image boots to a named, discoverable, hardened speaker and powers off cleanly', {
  skip,
  timeout: 900_000,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-imagetest-'));
  let vm: Vm | undefined;
  try {
    const { key, pub } = sshKey(dir);
    // A wifi.conf with a mistake: the speaker must still come up, say why, and show the error state.
    const { img, bootAt } = imageWith(dir, {
      'spotlet.conf': `name = Test Kitchen\n[zeroconf]\nport = ${ZEROCONF_PORT}\n`,
      'ssh.pub': pub,
      'wifi.conf': 'ssid = Home\npassphrase = short\n',
    });
    const krel = kernelRelease();
    const kernel = fromBoot(bootAt, `vmlinuz-${krel}`, join(dir, 'vmlinuz'));
    const initrd = fromBoot(bootAt, `initrd.img-${krel}`, join(dir, 'initrd'));
    const cmdline = readFileSync(fromBoot(bootAt, 'cmdline.txt', join(dir, 'cmdline.txt')), 'utf8').trim();
    assert.match(cmdline, / ro /, 'the image boots its root read-only');
    const boot = async (): Promise<{
      vm: Vm;
      sshPort: number;
      seconds: number;
      info: { remoteName: string; deviceID: string };
    }> => {
      const web = await freePort();
      const sshPort = await freePort();
      const started = Date.now();
      const booted = startVm(dir, [
        '-M',
        'virt',
        '-cpu',
        'cortex-a72',
        '-smp',
        '2',
        '-m',
        '1024',
        '-no-reboot',
        '-kernel',
        kernel,
        '-initrd',
        initrd,
        // The image's own command line; the virt board's serial port is ttyAMA0.
        '-append',
        `${cmdline.replace(/console=\S+/g, '')} console=ttyAMA0`,
        '-drive',
        `file=${img},format=raw,if=none,id=hd0`,
        '-device',
        'virtio-blk-pci,drive=hd0',
        '-netdev',
        `user,id=n0,restrict=on,hostfwd=tcp:127.0.0.1:${web}-:${ZEROCONF_PORT},hostfwd=tcp:127.0.0.1:${sshPort}-:22`,
        '-device',
        'virtio-net-pci,netdev=n0,romfile=',
      ]);
      vm = booted;
      const info = await waitFor(() => getInfo(web), 300_000, 'getInfo', booted);
      return { vm: booted, sshPort, seconds: (Date.now() - started) / 1000, info };
    };

    const first = await boot();
    console.log(`# virt: power-on → getInfo ${first.seconds.toFixed(1)} s (TCG emulation)`);
    assert.equal(first.info.remoteName, 'Test Kitchen', 'the name set on the boot partition');
    const sh = (cmd: string): string => {
      const r = ssh(first.sshPort, key, cmd);
      assert.equal(r.status, 0, `ssh ${cmd}: exit ${r.status} ${r.out}`);
      return r.out;
    };
    await waitFor(
      async () => (ssh(first.sshPort, key, 'true').status === 0 ? true : undefined),
      60_000,
      'ssh with the key',
      first.vm,
    );
    assert.equal(sh('systemctl is-active spotlet.service'), 'active');
    const pid = sh('systemctl show -p MainPID --value spotlet.service');
    assert.equal(sh(`stat -c %U /proc/${pid}`), 'spotlet', 'the speaker does not run as root');
    const capEff = BigInt(`0x${sh(`grep '^CapEff' /proc/${pid}/status`).split(/\s+/)[1]}`);
    assert.equal(
      capEff,
      (1n << 10n) | (1n << 12n) | (1n << 13n),
      'capabilities: only CAP_NET_BIND_SERVICE (the page on port 80), CAP_NET_ADMIN and CAP_NET_RAW (BLE buttons)',
    );
    const page = JSON.parse(
      sh(`node -e "fetch('http://127.0.0.1/page/state').then((r) => r.text()).then(console.log)"`),
    ) as { name: string };
    assert.equal(page.name, 'Test Kitchen', 'the web page answers on port 80');
    assert.match(sh('findmnt -no OPTIONS /'), /^ro[,$]/, 'the root file system is read-only');
    assert.match(sh('touch /probe 2>&1; echo $?'), /Read-only file system/);
    assert.equal(
      sh(
        'runuser -u spotlet -- sh -c "echo ok > /var/lib/spotlet/speaker/probe && cat /var/lib/spotlet/speaker/probe"',
      ),
      'ok',
      'the state directory is writable by the speaker',
    );
    assert.equal(sh('findmnt -no FSTYPE /var/lib/spotlet'), 'ext4');
    assert.equal(sh('findmnt -no FSTYPE /var'), 'tmpfs', 'logs and temporary state are in RAM');
    assert.equal(sh('hostname'), 'test-kitchen', 'host name from the speaker name');
    assert.equal(
      sh('systemctl list-units --failed --no-legend --plain | wc -l'),
      '0',
      sh('systemctl list-units --failed --no-legend --plain'),
    );
    // Only what a speaker needs runs (ssh because this card carries a key; no getty, no Wi-Fi without wifi.conf).
    const running = sh('systemctl list-units --type=service --state=running --no-legend --plain')
      .split('\n')
      .map((l) => l.split(/\s+/)[0])
      .sort();
    assert.deepEqual(running, [
      'dbus.service',
      'spotlet.service',
      'ssh.service',
      'systemd-journald.service',
      'systemd-logind.service',
      'systemd-networkd.service',
      'systemd-resolved.service',
      'systemd-timesyncd.service',
      'systemd-udevd.service',
    ]);
    console.log(
      `# virt: ${sh('systemd-analyze time | head -1')}; spotlet active after ${(Number(sh('systemctl show -p ActiveEnterTimestampMonotonic --value spotlet.service')) / 1e6).toFixed(1)} s of kernel+userspace`,
    );
    console.log(
      `# virt: where the boot goes (TCG):\n${sh('systemd-analyze critical-chain spotlet.service --no-pager | tail -n +3; systemd-analyze blame --no-pager | head -8').replace(/^/gm, '#   ')}`,
    );
    assert.match(
      sh('journalctl -u spotlet-firstboot -o cat | grep "boot partition problem"'),
      /passphrase must be 8 to 63/,
    );
    assert.match(
      sh('journalctl -u spotlet -o cat | grep "speaker state" | tail -1'),
      /"state":"error"/,
      'the error pattern is shown',
    );
    assert.equal(
      sh('test -e /var/lib/spotlet/system/wpa_supplicant-wlan0.conf; echo $?'),
      '1',
      'no broken Wi-Fi config',
    );
    // Passwords are refused even for a user that exists.
    const pw = spawnSync(
      'ssh',
      [
        '-p',
        String(first.sshPort),
        '-o',
        'StrictHostKeyChecking=no',
        '-o',
        'UserKnownHostsFile=/dev/null',
        '-o',
        'BatchMode=yes',
        '-o',
        'PreferredAuthentications=password',
        '-o',
        'ConnectTimeout=10',
        'root@127.0.0.1',
        'true',
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    assert.notEqual(pw.status, 0);

    await first.vm.monitor('system_powerdown');
    await Promise.race([first.vm.done, sleep(120_000)]);
    assert.ok(first.vm.exited, 'QEMU exits after the guest powered off');
    assert.match(first.vm.console(), /reboot: Power down/, 'a clean power-off');

    // The writable partition kept the speaker's identity across the power cycle.
    const second = await boot();
    console.log(`# virt: second boot → getInfo ${second.seconds.toFixed(1)} s`);
    assert.equal(second.info.deviceID, first.info.deviceID, 'the device id survives a reboot');
    await waitFor(
      async () => (ssh(second.sshPort, key, 'true').status === 0 ? true : undefined),
      60_000,
      'ssh on the second boot',
      second.vm,
    );
    const again = ssh(
      second.sshPort,
      key,
      'systemctl show -p ExecMainStartTimestampMonotonic --value spotlet-firstboot; hostname',
    );
    assert.deepEqual(
      again.out.split('\n'),
      ['0', 'test-kitchen'],
      'an unchanged card skips first boot (no Node), and the host name is still set',
    );
    await second.vm.monitor('system_powerdown');
    await Promise.race([second.vm.done, sleep(120_000)]);
    assert.ok(second.vm.exited);
  } finally {
    vm?.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('raspi3b: the configured PCM5102A-class hat overlay brings up its ALSA card', {
  skip,
  timeout: 900_000,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-imagetest-'));
  let vm: Vm | undefined;
  try {
    const { key, pub } = sshKey(dir);
    const { img, bootAt } = imageWith(dir, {
      'spotlet.conf': 'name = Pi Three\n[board]\nhat = generic-pcm5102\n',
      'ssh.pub': pub,
    });
    // What spotlet-firstboot's first boot does (then reboots): config.txt names the hat's overlay. Written here
    // already, so this boot is the one after that reboot.
    const configTxt = fromBoot(bootAt, 'config.txt', join(dir, 'config.txt'));
    writeFileSync(configTxt, configTxtWithOverlay(readFileSync(configTxt, 'utf8'), 'spotlet-pcm5102a'));
    run('mcopy', ['-o', '-i', bootAt, configTxt, '::config.txt']);
    const krel = kernelRelease();
    const kernel = fromBoot(bootAt, `vmlinuz-${krel}`, join(dir, 'vmlinuz'));
    const initrd = fromBoot(bootAt, `initrd.img-${krel}`, join(dir, 'initrd'));
    const cmdline = readFileSync(fromBoot(bootAt, 'cmdline.txt', join(dir, 'cmdline.txt')), 'utf8').trim();
    // QEMU does not run the Pi firmware: apply the overlay to the board's device tree as the firmware would.
    const baseDtb = fromBoot(bootAt, 'bcm2837-rpi-3-b.dtb', join(dir, 'base.dtb'));
    const overlay = fromBoot(bootAt, 'overlays/spotlet-pcm5102a.dtbo', join(dir, 'overlay.dtbo'));
    const dtb = join(dir, 'board.dtb');
    run('fdtoverlay', ['-i', baseDtb, '-o', dtb, overlay]);
    // The raspi3b SD controller wants a power-of-two card size.
    const qcow = join(dir, 'sd.qcow2');
    let size = 1 << 30;
    while (size < Number(run('stat', ['-c', '%s', img]).trim())) size *= 2;
    run('qemu-img', ['create', '-q', '-f', 'qcow2', '-b', img, '-F', 'raw', qcow, String(size)]);
    const sshPort = await freePort();
    const started = Date.now();
    vm = startVm(dir, [
      '-M',
      'raspi3b',
      '-m',
      '1G',
      '-smp',
      '4',
      '-kernel',
      kernel,
      '-initrd',
      initrd,
      '-dtb',
      dtb,
      '-append',
      `${cmdline} console=ttyAMA0,115200`,
      '-drive',
      `if=sd,file=${qcow},format=qcow2`,
      // The Pi 3's Ethernet is USB; QEMU's usb-net on the dwc2 port appears as usb0.
      '-netdev',
      `user,id=n0,restrict=on,hostfwd=tcp:127.0.0.1:${sshPort}-:22`,
      '-device',
      'usb-net,netdev=n0',
    ]);
    await waitFor(
      async () => (ssh(sshPort, key, 'true').status === 0 ? true : undefined),
      420_000,
      'ssh on raspi3b',
      vm,
    );
    console.log(`# raspi3b: power-on → SSH ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const cards = ssh(sshPort, key, 'cat /proc/asound/cards').out;
    assert.match(cards, /\[spotletdac\s*\]/, `the hat's card is up:\n${cards}`);
    assert.match(ssh(sshPort, key, 'cat /proc/modules').out, /^snd_soc_pcm5102a /m);
    const hat = await waitFor(
      async () => {
        const line = ssh(sshPort, key, 'journalctl -u spotlet -o cat | grep "audio hardware" | tail -1').out;
        return line ? line : undefined;
      },
      120_000,
      'the speaker reporting its audio hardware',
      vm,
    );
    assert.match(hat, /generic-pcm5102/, 'the speaker uses the configured hat');
  } finally {
    vm?.kill();
    await vm?.done;
    rmSync(dir, { recursive: true, force: true });
  }
});
