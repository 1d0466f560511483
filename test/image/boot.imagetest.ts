/**
 * The SD image, booted under QEMU (opt-in: `npm run test:image` builds the image first, then runs this file).
 *  - `-M virt` with the image's own kernel, initrd and partitions: the boot partition's spotlet.conf names the
 *    speaker, zeroconf's getInfo answers with that name on a forwarded loopback port, the service is active and
 *    not root, the root file system is read-only, the state directory is writable, no unit failed, SSH works only
 *    with the key put on the boot partition, the device id survives a clean power-off and a second boot.
 *  - `-M virt` again for field updates: a newer release bundle (signed with the test key pair the image was built
 *    to trust) served over HTTPS from host loopback through a QEMU guest forward, installed with `spotlet update`,
 *    running after a reboot with the stored user, name, device id and settings kept, committed after its trial;
 *    then a release that exits at start, rolled back to the previous one by the speaker itself.
 *  - `-M raspi3b` with Debian's Raspberry Pi 3 device tree and our PCM5102A overlay applied as the firmware does:
 *    the hat's ALSA card comes up.
 * Networking is QEMU's user mode with restrict=on: the guest reaches nothing; only host loopback ports forward in
 * (and, for the update test, one guest forward out to the test's HTTPS server on host loopback).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { configTxtWithOverlay } from '../../src/image/firstboot.js';
import { writeBundle } from '../../src/update/index.js';
import { REPO_ROOT } from '../support/vectors.js';
import { freePort } from '../support/free-port.js';

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

function ssh(
  port: number,
  key: string,
  command: string,
  o: { input?: string; timeoutMs?: number } = {},
): { status: number | null; out: string } {
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
    { encoding: 'utf8', timeout: o.timeoutMs ?? 60_000, ...(o.input !== undefined ? { input: o.input } : {}) },
  );
  return { status: r.status, out: `${(r.stdout ?? '').trim()}${r.status !== 0 ? `\n${r.stderr ?? ''}` : ''}`.trim() };
}

interface Info {
  remoteName: string;
  deviceID: string;
  libraryVersion: string;
  activeUser: string;
}

async function getInfo(port: number): Promise<Info | undefined> {
  const res = await fetch(`http://127.0.0.1:${port}/?action=getInfo`, { signal: AbortSignal.timeout(3000) });
  return res.ok ? ((await res.json()) as Info) : undefined;
}

interface Booted {
  vm: Vm;
  web: number;
  sshPort: number;
  seconds: number;
  info: Info;
}

/**
 * Boots a card under `-M virt` with its own kernel, initrd and command line; resolves once getInfo answers.
 * `guestfwd` adds QEMU forwards from the guest to host loopback services (restrict=on still keeps it from anything
 * else).
 */
async function bootVirt(o: {
  dir: string;
  img: string;
  kernel: string;
  initrd: string;
  cmdline: string;
  guestfwd?: string;
}): Promise<Booted> {
  const web = await freePort();
  const sshPort = await freePort();
  const started = Date.now();
  const vm = startVm(o.dir, [
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
    o.kernel,
    '-initrd',
    o.initrd,
    // The image's own command line; the virt board's serial port is ttyAMA0.
    '-append',
    `${o.cmdline.replace(/console=\S+/g, '')} console=ttyAMA0`,
    '-drive',
    `file=${o.img},format=raw,if=none,id=hd0`,
    '-device',
    'virtio-blk-pci,drive=hd0',
    '-netdev',
    `user,id=n0,restrict=on,hostfwd=tcp:127.0.0.1:${web}-:${ZEROCONF_PORT},hostfwd=tcp:127.0.0.1:${sshPort}-:22${o.guestfwd ? `,${o.guestfwd}` : ''}`,
    '-device',
    'virtio-net-pci,netdev=n0,romfile=',
  ]);
  const info = await waitFor(() => getInfo(web), 300_000, 'getInfo', vm).catch((err) => {
    vm.kill();
    throw err;
  });
  return { vm, web, sshPort, seconds: (Date.now() - started) / 1000, info };
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
    const boot = async (): Promise<Booted> => {
      const booted = await bootVirt({ dir, img, kernel, initrd, cmdline });
      vm = booted.vm;
      return booted;
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
    // A figure, not a goal: the speaker's memory on the image's own Node (Debian's, arm64), waiting for a user.
    console.log(
      `# virt: speaker RSS ${(Number(sh(`awk '/^VmRSS/ {print $2}' /proc/${pid}/status`)) / 1024).toFixed(1)} MB, ${sh(`ps -o etimes= -p ${pid}`).trim()} s after its start (Node ${sh('node --version')}, ${sh('uname -m')}, no user yet)`,
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

/** `version` with its patch number raised by `n`. */
const bump = (version: string, n: number): string =>
  version.replace(/^(\d+)\.(\d+)\.(\d+).*$/, (_, a, b, c) => `${a}.${b}.${Number(c) + n}`);

/** A copy of the image's staged app as release `version`, optionally made to exit at start, signed as a bundle. */
async function releaseBundle(dir: string, version: string, exitsAtStart: boolean): Promise<string> {
  const app = join(dir, `app-${version}`);
  run('cp', ['-a', join(OUT, 'app'), app]);
  const pkg = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ ...pkg, version }, null, 2));
  if (exitsAtStart)
    writeFileSync(
      join(app, 'dist/src/cli/spotlet.js'),
      "console.error('this release exits at start');\nprocess.exit(0);\n",
    );
  const privateKey = createPrivateKey(readFileSync(join(OUT, 'test-keys', 'spotlet-release.pem')));
  const { path } = await writeBundle(app, { arch: 'arm64', minImageVersion: VERSION, privateKey, outDir: dir });
  return path;
}

/** A CA and a certificate for `ip` signed by it (openssl), for the guest's HTTPS download. */
function tlsFor(dir: string, ip: string): { ca: string; key: string; cert: string } {
  const p = (n: string): string => join(dir, n);
  run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-days',
    '2',
    '-subj',
    '/CN=spotlet test CA',
    '-keyout',
    p('ca.key'),
    '-out',
    p('ca.pem'),
  ]);
  run('openssl', [
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-subj',
    `/CN=${ip}`,
    '-keyout',
    p('server.key'),
    '-out',
    p('server.csr'),
  ]);
  writeFileSync(p('san.ext'), `subjectAltName=IP:${ip}\n`);
  run('openssl', [
    'x509',
    '-req',
    '-in',
    p('server.csr'),
    '-CA',
    p('ca.pem'),
    '-CAkey',
    p('ca.key'),
    '-CAcreateserial',
    '-days',
    '2',
    '-extfile',
    p('san.ext'),
    '-out',
    p('server.pem'),
  ]);
  return {
    ca: readFileSync(p('ca.pem'), 'utf8'),
    key: readFileSync(p('server.key'), 'utf8'),
    cert: readFileSync(p('server.pem'), 'utf8'),
  };
}

/**
 * An HTTPS server on host loopback only, serving `files` (URL path → file), in a child process; each request's
 * path is appended to the returned log file.
 */
async function serveFiles(
  dir: string,
  tls: { key: string; cert: string },
  files: Map<string, string>,
): Promise<{ proc: ChildProcess; port: number; log: string }> {
  const log = join(dir, 'served.log');
  writeFileSync(log, '');
  const script = `
    const { createServer } = await import('node:https');
    const { appendFileSync, createReadStream, statSync } = await import('node:fs');
    const o = JSON.parse(process.env.SERVE);
    const server = createServer({ key: o.key, cert: o.cert }, (req, res) => {
      appendFileSync(o.log, req.url + '\\n');
      const file = o.files[req.url];
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { 'Content-Length': statSync(file).size });
      createReadStream(file).pipe(res);
    });
    server.listen(0, '127.0.0.1', () => console.log(server.address().port));`;
  const proc = spawn(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, SERVE: JSON.stringify({ ...tls, log, files: Object.fromEntries(files) }) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    proc.stdout!.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
    proc.once('exit', (code) => reject(new Error(`file server exited (${code})`)));
  });
  return { proc, port, log };
}

test('virt: an update over HTTPS runs after a reboot with credentials and settings kept; a broken one rolls back', {
  skip:
    skip ||
    (existsSync(join(OUT, 'test-keys', 'spotlet-release.pem'))
      ? false
      : 'no test key pair (npm run test:image makes one)'),
  timeout: 1_800_000,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-imagetest-'));
  let vm: Vm | undefined;
  // The guest reaches this server (on host loopback only) at 10.0.2.100:443 through a QEMU guest forward.
  const GUEST_IP = '10.0.2.100';
  const tls = tlsFor(dir, GUEST_IP);
  const next = bump(VERSION, 1);
  const broken = bump(VERSION, 2);
  const files = new Map<string, string>();
  for (const [v, exits] of [
    [next, false],
    [broken, true],
  ] as const) {
    const path = await releaseBundle(dir, v, exits);
    files.set(`/${basename(path)}`, path);
  }
  // In its own process: this one blocks in spawnSync (ssh) while the guest downloads.
  const server = await serveFiles(dir, tls, files);
  const served = (): string[] => readFileSync(server.log, 'utf8').split('\n').filter(Boolean);
  const guestfwd = `guestfwd=tcp:${GUEST_IP}:443-cmd:socat - TCP:127.0.0.1:${server.port}`;
  try {
    const { key, pub } = sshKey(dir);
    const { img, bootAt } = imageWith(dir, {
      'spotlet.conf': `name = Update Kitchen\n[zeroconf]\nport = ${ZEROCONF_PORT}\n`,
      'ssh.pub': pub,
    });
    const krel = kernelRelease();
    const kernel = fromBoot(bootAt, `vmlinuz-${krel}`, join(dir, 'vmlinuz'));
    const initrd = fromBoot(bootAt, `initrd.img-${krel}`, join(dir, 'initrd'));
    const cmdline = readFileSync(fromBoot(bootAt, 'cmdline.txt', join(dir, 'cmdline.txt')), 'utf8').trim();
    const boot = async (): Promise<Booted> => {
      const b = await bootVirt({ dir, img, kernel, initrd, cmdline, guestfwd });
      vm = b.vm;
      await waitFor(async () => (ssh(b.sshPort, key, 'true').status === 0 ? true : undefined), 60_000, 'ssh', b.vm);
      return b;
    };
    const shell =
      (b: Booted) =>
      (cmd: string, timeoutMs?: number): string => {
        const r = ssh(b.sshPort, key, cmd, timeoutMs ? { timeoutMs } : {});
        assert.equal(r.status, 0, `ssh ${cmd}: exit ${r.status} ${r.out}`);
        return r.out;
      };

    const first = await boot();
    const sh = shell(first);
    assert.equal(first.info.libraryVersion, VERSION);
    // A user's stored credentials, as a phone's login leaves them, and the speaker's settings.
    sh(
      `runuser -u spotlet -- sh -c 'umask 077; printf %s '\\''{"username":"alice","authType":1,"authData":"c3RvcmVk"}'\\'' > /var/lib/spotlet/speaker/credentials.json; printf %s '\\''{"volume":12345}'\\'' > /var/lib/spotlet/speaker/settings.json'`,
    );
    sh('systemctl restart spotlet.service');
    const withUser = await waitFor(
      async () => ((await getInfo(first.web))?.activeUser === 'alice' ? true : undefined),
      120_000,
      'the stored user',
      first.vm,
    );
    assert.ok(withUser);
    const stateBefore = sh('cd /var/lib/spotlet/speaker && sha256sum credentials.json device.json');
    assert.equal(ssh(first.sshPort, key, 'cat > /tmp/ca.pem', { input: tls.ca }).status, 0, 'the test CA copied in');

    let t = Date.now();
    const installed = sh(
      `NODE_EXTRA_CA_CERTS=/tmp/ca.pem spotlet update --no-restart https://${GUEST_IP}/spotlet-${next}-arm64.tar.gz`,
      900_000,
    );
    console.log(`# update: download + verify + install of ${next} ${((Date.now() - t) / 1000).toFixed(1)} s (TCG)`);
    assert.deepEqual(JSON.parse(installed), { installed: next, previous: 'factory', restarted: false });
    assert.deepEqual(served(), [`/spotlet-${next}-arm64.tar.gz`]);
    assert.equal(sh('readlink /var/lib/spotlet/app/current'), next);
    assert.equal(
      sh(`stat -c %U /var/lib/spotlet/app/${next}/dist/src/cli/spotlet.js`),
      'spotlet',
      'the slot belongs to the speaker',
    );
    assert.match(
      ssh(first.sshPort, key, `spotlet update http://${GUEST_IP}/x.tar.gz`).out,
      /refused \(ERR_UPDATE_SOURCE\).*only https/,
      'plain HTTP is refused',
    );
    await first.vm.monitor('system_powerdown');
    await Promise.race([first.vm.done, sleep(120_000)]);
    assert.ok(first.vm.exited);

    // After the reboot: the new release, with the same user, name, device id, credentials and settings.
    const second = await boot();
    const sh2 = shell(second);
    console.log(`# update: reboot into ${next} → getInfo ${second.seconds.toFixed(1)} s`);
    const info = await waitFor(
      async () => {
        const i = await getInfo(second.web);
        return i?.libraryVersion === next ? i : undefined;
      },
      120_000,
      `getInfo from ${next}`,
      second.vm,
    );
    assert.equal(info.remoteName, 'Update Kitchen', 'settings kept');
    assert.equal(info.activeUser, 'alice', 'credentials kept');
    assert.equal(info.deviceID, first.info.deviceID);
    assert.equal(sh2('cd /var/lib/spotlet/speaker && sha256sum credentials.json device.json'), stateBefore);
    assert.equal(sh2('cat /var/lib/spotlet/speaker/settings.json'), '{"volume":12345}');
    // The trial: healthy (connecting counts: this card has no way to Spotify), then committed 60 s later.
    t = Date.now();
    await waitFor(
      async () =>
        JSON.parse(ssh(second.sshPort, key, 'spotlet update --status').out).trial === null ? true : undefined,
      300_000,
      `${next} committed`,
      second.vm,
    );
    console.log(`# update: ${next} committed ${((Date.now() - t) / 1000).toFixed(1)} s after getInfo answered`);
    assert.match(sh2('journalctl -u spotlet -o cat | grep "update committed"'), new RegExp(`"version":"${next}"`));
    // The slot's native addons load from the data partition (not mounted noexec).
    assert.equal(
      sh2(
        `runuser -u spotlet -- node -e "require('/var/lib/spotlet/app/${next}/node_modules/epoll'); console.log('ok')"`,
      ),
      'ok',
    );

    // A release that exits at start: installed, the service restarted into it, and back on its own.
    assert.equal(
      ssh(second.sshPort, key, 'cat > /tmp/ca.pem', { input: tls.ca }).status,
      0,
      'the CA again (/tmp is RAM)',
    );
    t = Date.now();
    const brokenInstall = JSON.parse(
      sh2(`NODE_EXTRA_CA_CERTS=/tmp/ca.pem spotlet update https://${GUEST_IP}/spotlet-${broken}-arm64.tar.gz`, 900_000),
    );
    assert.deepEqual(brokenInstall, { installed: broken, previous: next, restarted: true });
    const back = await waitFor(
      async () => {
        const st = JSON.parse(ssh(second.sshPort, key, 'spotlet update --status').out);
        return st.bad[broken] && st.running === next ? st : undefined;
      },
      600_000,
      'the rollback',
      second.vm,
    );
    console.log(`# update: ${broken} installed, failed and rolled back in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    assert.match(back.bad[broken].reason, /3 starts/);
    const afterRollback = await waitFor(() => getInfo(second.web), 120_000, 'getInfo after the rollback', second.vm);
    assert.equal(afterRollback.libraryVersion, next, `${next} runs again`);
    assert.equal(afterRollback.activeUser, 'alice');
    const journal = sh2('journalctl -u spotlet -o cat');
    assert.match(journal, /this release exits at start/);
    assert.match(journal, new RegExp(`"msg":"update rolled back","from":"${broken}","to":"${next}"`));
    assert.match(
      journal,
      new RegExp(`"state":"error","reason":"update ${broken} rolled back to ${next}`),
      'the LED shows it',
    );
    assert.equal(sh2('systemctl is-active spotlet.service'), 'active');
    await second.vm.monitor('system_powerdown');
    await Promise.race([second.vm.done, sleep(120_000)]);
  } finally {
    vm?.kill();
    server.proc.kill();
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
