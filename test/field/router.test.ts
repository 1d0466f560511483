/**
 * A router restart and a speaker that starts before its network (#13), seen from the phone's side of a veth pair:
 * python3-zeroconf browsing as the app does, every mDNS record on the wire, getInfo over HTTP.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { makeSampleCatalog } from '../../tools/emulator/index.js';
import { EmulatorProcess, NetnsPair, SpeakerLink, SpeakerProcess, waitFor } from '../support/field.js';
import { REPO_ROOT } from '../support/vectors.js';

const skip = NetnsPair.available() ? false : 'needs root and ip netns';
const SNIFFER = join(REPO_ROOT, 'dist', 'test', 'support', 'mdns-sniffer.js');
const net = new NetnsPair('rr');
const dir = mkdtempSync(join(tmpdir(), 'spotlet-router-'));
const children = new Set<ChildProcess>();
let emu: EmulatorProcess;

interface Seen {
  at: number;
  [k: string]: unknown;
}

/** A child in the phone's namespace whose stdout is JSON lines, collected. */
function watcher(cmd: string, args: string[]): { lines: Seen[]; ready: Promise<void> } {
  const child = net.spawn(net.b, cmd, args);
  children.add(child);
  const lines: Seen[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${cmd} exited (${code})`)));
    createInterface({ input: child.stdout! }).on('line', (l) => {
      try {
        const v = JSON.parse(l) as Seen;
        if (v.ready) resolve();
        else lines.push({ ...v, at: (v.at as number) ?? Date.now() });
      } catch {
        /* not ours */
      }
    });
  });
  child.stderr!.resume();
  return { lines, ready };
}

/** The app: python3-zeroconf's ServiceBrowser; every add/update/remove with the addresses it resolves to. */
const BROWSER_PY = `
import json, sys, threading, time
from zeroconf import Zeroconf, ServiceBrowser, ServiceStateChange
zc = Zeroconf(interfaces=[sys.argv[1]])
def emit(o):
    o["at"] = int(time.time() * 1000)
    print(json.dumps(o), flush=True)
def resolve(kind, name):
    info = zc.get_service_info("_spotify-connect._tcp.local.", name, 3000)
    emit({"event": kind, "name": name, "addresses": info.parsed_addresses() if info else [],
          "port": info.port if info else 0})
def on_change(zeroconf, service_type, name, state_change):
    if state_change is ServiceStateChange.Removed:
        emit({"event": "remove", "name": name})
    else:
        kind = "add" if state_change is ServiceStateChange.Added else "update"
        threading.Thread(target=resolve, args=(kind, name)).start()
ServiceBrowser(zc, "_spotify-connect._tcp.local.", handlers=[on_change])
print(json.dumps({"ready": True}), flush=True)
time.sleep(600)
`;

before(async () => {
  if (skip) return;
  net.create();
  const catalogDir = makeSampleCatalog(join(tmpdir(), 'spotlet-ap-test-catalog'), { tracks: 2, seconds: 1 });
  emu = new EmulatorProcess(net, net.b, net.addrB, dir, catalogDir);
  await emu.start();
});
after(async () => {
  for (const c of children) c.kill('SIGKILL');
  await emu?.stop().catch(() => {});
  if (!skip) net.destroy();
  rmSync(dir, { recursive: true, force: true });
});

/** getInfo from the phone's namespace. */
function getInfo(address: string, port: number): { remoteName?: string } {
  const out = net.exec(net.b, '/usr/bin/python3', [
    '-c',
    `import urllib.request,sys;print(urllib.request.urlopen("http://${address}:${port}/?action=getInfo",timeout=5).read().decode())`,
  ]);
  return JSON.parse(out) as { remoteName?: string };
}

test('router restart: the old address gets a goodbye, the new one is announced and answers, the app lists the speaker once', {
  skip,
  timeout: 90_000,
}, async () => {
  const sniffer = watcher(process.execPath, [SNIFFER, net.addrB]);
  const browser = watcher('/usr/bin/python3', ['-c', BROWSER_PY, net.addrB]);
  await Promise.all([sniffer.ready, browser.ready]);
  const speaker = new SpeakerProcess(
    net,
    net.a,
    ['--config', emu.configFile, '--name', 'Router'],
    process.env,
    join(dir, 'state1'),
  );
  speaker.start();
  children.add(speaker.child!);
  try {
    const added = await waitFor(
      () => browser.lines.find((l) => l.event === 'add' && (l.addresses as string[]).includes(net.addrA)),
      20_000,
      'the app lists the speaker at its first address',
    );
    const port = added.port as number;
    const host = String(
      (await waitFor(() => sniffer.lines.find((l) => l.type === 'A' && l.data === net.addrA), 5000, 'A record')).name,
    );

    const link = new SpeakerLink(net, net.addrA);
    const oldAddress = net.addrA;
    const newAddress = net.addrA.replace(/\.1$/, '.3');
    link.down();
    await new Promise((r) => setTimeout(r, 2000));
    link.flush();
    link.setAddress(newAddress);
    const upAt = Date.now();
    link.up();

    const goodbye = await waitFor(
      () => sniffer.lines.find((l) => l.at >= upAt && l.type === 'A' && l.data === oldAddress && l.ttl === 0),
      15_000,
      'a goodbye for the old address',
    );
    assert.equal(goodbye.name, host);
    await waitFor(
      () => sniffer.lines.find((l) => l.at >= upAt && l.type === 'A' && l.data === newAddress && (l.ttl as number) > 0),
      15_000,
      'the new address announced',
    );
    const resolved = await waitFor(
      () =>
        browser.lines.find(
          (l) => l.at >= upAt && l.event !== 'remove' && (l.addresses as string[]).includes(newAddress),
        ),
      20_000,
      'the app resolves the speaker at the new address',
    );
    assert.ok(!(resolved.addresses as string[]).includes(oldAddress), 'the old address is gone from the app');
    assert.equal(getInfo(newAddress, port).remoteName, 'Router', 'getInfo answers at the new address');
    await new Promise((r) => setTimeout(r, 3000));
    const names = new Set(browser.lines.filter((l) => l.event === 'add').map((l) => l.name));
    assert.deepEqual([...names], [added.name], 'listed once, under one name');
    assert.equal(browser.lines.filter((l) => l.event === 'remove').length, 0, 'never removed in between');
    assert.ok(
      !sniffer.lines.some(
        (l) => l.at >= upAt && l.type === 'PTR' && l.ttl === 0 && String(l.data).startsWith('Router'),
      ),
      'no goodbye for the service itself (the app would drop it)',
    );
  } finally {
    await speaker.stop();
    // The next test starts from a link without an address.
    new SpeakerLink(net, net.addrA).flush();
  }
});

test('start-up before the network: it keeps trying without a hot loop and appears as soon as an address exists', {
  skip,
  timeout: 90_000,
}, async () => {
  const browser = watcher('/usr/bin/python3', ['-c', BROWSER_PY, net.addrB]);
  await browser.ready;
  const account = emu.description.accounts.find((a) => a.premium)!;
  const speaker = new SpeakerProcess(
    net,
    net.a,
    ['--config', emu.configFile, '--name', 'Early'],
    { ...process.env, SPOTIFY_TOKEN: account.accessToken },
    join(dir, 'state2'),
  );
  speaker.start();
  children.add(speaker.child!);
  try {
    // 12 s without an address: the AP login is tried again and again, with backoff.
    await new Promise((r) => setTimeout(r, 12_000));
    const tries = speaker.logs.filter((l) => l.msg === 'access point login failed, retrying').length;
    assert.ok(tries >= 2, `it keeps trying (${tries} tries)`);
    assert.ok(tries <= 8, `no hot loop: ${tries} tries in 12 s`);
    assert.ok(speaker.running, 'still running');

    const link = new SpeakerLink(net, net.addrA);
    link.setAddress(net.addrA);
    const at = Date.now();
    const listed = await waitFor(
      () => browser.lines.find((l) => l.event === 'add' && (l.addresses as string[]).includes(net.addrA)),
      15_000,
      'the app lists the speaker',
    );
    assert.ok(listed.at - at < 5000, `listed ${listed.at - at} ms after the address came`);
    const ready = await speaker.waitLog(
      (l) => l.msg === 'session state' && l.state === 'ready',
      15_000,
      'logged in to the AP',
    );
    assert.ok(Date.parse(ready.t) - at < 5000, `logged in ${Date.parse(ready.t) - at} ms after the address came`);
  } finally {
    await speaker.stop();
  }
});
