/**
 * Coexistence with avahi (#13): Debian's avahi-daemon runs in the speaker's namespace (with its own D-Bus system
 * bus, in a private mount namespace), as on Raspberry Pi OS and desktops. With avahi's default settings the
 * speaker's own responder shares UDP 5353; with `disallow-other-stacks=yes` avahi holds it alone, and the speaker
 * must not crash: it registers its service through avahi instead. Either way the app's side (python3-zeroconf, and
 * avahi-browse against an avahi of its own) finds the speaker, and getInfo answers at the advertised address.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { NetnsPair, SPOTLET, waitFor, type LogLine } from '../support/field.js';

const tools = ['avahi-daemon', 'dbus-daemon', 'avahi-browse', 'avahi-publish'].every((t) => {
  try {
    execFileSync('which', [t], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
const skip = !NetnsPair.available()
  ? 'needs root and ip netns'
  : !tools
    ? 'needs avahi-daemon, dbus, avahi-utils'
    : false;
const net = new NetnsPair('av');
const dir = mkdtempSync(join(tmpdir(), 'spotlet-avahi-'));
const children = new Set<ChildProcess>();

before(() => {
  if (!skip) net.create();
});
after(() => {
  for (const c of children) c.kill('SIGKILL');
  // Daemons that outlived their script (they record their pids).
  for (const f of ['a', 'b'].flatMap((s) => ['dbus', 'avahi', 'spotlet'].map((d) => join(dir, `${s}-${d}.pid`))))
    if (existsSync(f))
      try {
        process.kill(Number(readFileSync(f, 'utf8').trim()), 'SIGKILL');
      } catch {
        /* gone */
      }
  if (!skip) net.destroy();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A shell in a namespace with its own /run/dbus and /run/avahi-daemon, running a system bus and avahi-daemon
 * (`avahiConf`), then `then`; every daemon is ended when the shell is.
 */
function withAvahi(ns: string, tag: string, avahiConf: string, then: string, env: NodeJS.ProcessEnv = process.env) {
  const script = `
set -e
mount -t tmpfs tmpfs /run/dbus
mkdir -p /run/avahi-daemon && mount -t tmpfs tmpfs /run/avahi-daemon
dbus-daemon --system --fork --print-pid > ${dir}/${tag}-dbus.pid
avahi-daemon --no-drop-root --no-chroot -f ${avahiConf} > ${dir}/${tag}-avahi.log 2>&1 &
echo $! > ${dir}/${tag}-avahi.pid
cleanup() { kill $(cat ${dir}/${tag}-spotlet.pid 2>/dev/null) $(cat ${dir}/${tag}-avahi.pid) $(cat ${dir}/${tag}-dbus.pid) 2>/dev/null || true; }
trap cleanup EXIT
trap 'exit 143' TERM INT
for i in $(seq 1 50); do grep -q "Server startup complete" ${dir}/${tag}-avahi.log && break; sleep 0.1; done
${then}
`;
  const child = net.spawn(ns, 'unshare', ['-m', '--propagation', 'private', 'bash', '-c', script], { env });
  children.add(child);
  return child;
}

function avahiConf(name: string, disallowOtherStacks: boolean): string {
  const f = join(dir, `${name}.conf`);
  writeFileSync(
    f,
    `[server]\nuse-ipv4=yes\nuse-ipv6=no\ndisallow-other-stacks=${disallowOtherStacks ? 'yes' : 'no'}\n` +
      `ratelimit-interval-usec=1000000\nratelimit-burst=1000\n[publish]\npublish-hinfo=no\npublish-workstation=no\n`,
  );
  return f;
}

const BROWSE_PY = `
import json, sys, time
from zeroconf import Zeroconf, ServiceBrowser
zc = Zeroconf(interfaces=[sys.argv[1]])
found = []
class L:
    def add_service(self, z, t, name): found.append(name)
    def update_service(self, z, t, name): pass
    def remove_service(self, z, t, name): pass
ServiceBrowser(zc, "_spotify-connect._tcp.local.", L())
end = time.time() + 15
while time.time() < end and not found: time.sleep(0.1)
for name in found:
    info = zc.get_service_info("_spotify-connect._tcp.local.", name, 3000)
    if info: print(json.dumps({"name": name, "addresses": info.parsed_addresses(), "port": info.port}), flush=True)
zc.close()
`;

for (const disallow of [false, true]) {
  test(`avahi with disallow-other-stacks=${disallow ? 'yes' : 'no'}: the speaker runs, both browsers find it, getInfo answers`, {
    skip,
    timeout: 90_000,
  }, async () => {
    const tag = disallow ? 'exclusive' : 'shared';
    const name = disallow ? 'Avahi Only' : 'Beside Avahi';
    const stateDir = join(dir, `state-${tag}`);
    mkdirSync(stateDir, { recursive: true });
    // The speaker, beside avahi in its namespace.
    const speakerShell = withAvahi(
      net.a,
      'a',
      avahiConf(`a-${tag}`, disallow),
      `${process.execPath} ${SPOTLET} --name '${name}' --state-dir ${stateDir} --log-level info & echo $! > ${dir}/a-spotlet.pid; wait $!`,
    );
    const logs: LogLine[] = [];
    createInterface({ input: speakerShell.stderr! }).on('line', (l) => {
      try {
        logs.push(JSON.parse(l) as LogLine);
      } catch {
        /* a daemon's line */
      }
    });
    speakerShell.stdout!.resume();
    let exited = false;
    speakerShell.once('exit', () => (exited = true));
    try {
      await waitFor(
        () =>
          logs.find((l) =>
            disallow ? l.msg === 'mdns registered through avahi' : l.msg === 'mdns announced' && l.instance === name,
          ),
        20_000,
        disallow ? 'the service registered through avahi' : 'our own responder announced',
      );
      if (disallow)
        assert.ok(
          logs.some((l) => l.level === 'error' && /5353 is held by another mDNS stack/.test(l.msg)),
          'the held port is logged',
        );
      const port = Number(logs.find((l) => l.msg === 'zeroconf http listening')!.port);

      // The app's side: python3-zeroconf.
      const py = JSON.parse(
        net.exec(net.b, '/usr/bin/python3', ['-c', BROWSE_PY, net.addrB]).trim().split('\n').at(-1) ?? '{}',
      ) as { name?: string; addresses?: string[]; port?: number };
      assert.equal(py.name, `${name}._spotify-connect._tcp.local.`);
      assert.deepEqual(py.addresses, [net.addrA]);
      assert.equal(py.port, port);
      const info = JSON.parse(
        net.exec(net.b, '/usr/bin/python3', [
          '-c',
          `import urllib.request;print(urllib.request.urlopen("http://${py.addresses![0]}:${py.port}/?action=getInfo",timeout=5).read().decode())`,
        ]),
      ) as { remoteName?: string };
      assert.equal(info.remoteName, name, 'getInfo answers at the advertised address');

      // avahi-browse, against an avahi of the app's side.
      const browse = withAvahi(
        net.b,
        'b',
        avahiConf('b', false),
        'for i in $(seq 1 30); do avahi-browse -rpt _spotify-connect._tcp | grep "^=" && break; sleep 0.5; done',
      );
      let out = '';
      browse.stdout!.on('data', (d) => (out += d));
      browse.stderr!.resume();
      await once(browse, 'exit');
      children.delete(browse);
      const line = out.split('\n').find((l) => l.startsWith('=') && l.includes(net.addrA));
      assert.ok(line, `avahi-browse finds the speaker: ${out}`);
      const fields = line.split(';');
      assert.equal(fields[3]?.replace(/\\032/g, ' '), name);
      assert.equal(fields[7], net.addrA);
      assert.equal(Number(fields[8]), port);
      assert.ok(!exited, 'the speaker is still running');
    } finally {
      speakerShell.kill('SIGTERM');
      if (!exited) await once(speakerShell, 'exit');
      children.delete(speakerShell);
    }
  });
}
