/**
 * Discovery over a real (virtual) network: the speaker runs in one network namespace, python3-zeroconf or
 * the phone emulator in another, joined by a veth pair. Nothing leaves the namespaces.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ChildProcess } from 'node:child_process';
import { makeSampleCatalog } from '../../tools/emulator/index.js';
import { NetnsPair } from '../support/netns.js';
import { REPO_ROOT } from '../support/vectors.js';

const SPOTLET = join(REPO_ROOT, 'dist', 'src', 'cli', 'spotlet.js');
const EMULATOR = join(REPO_ROOT, 'dist', 'tools', 'cli', 'spotlet-emulator.js');
const PHONE = join(REPO_ROOT, 'dist', 'tools', 'cli', 'spotlet-phone.js');
const skip = NetnsPair.available() ? false : 'needs root and ip netns';
const net = new NetnsPair('dz');
const work = mkdtempSync(join(tmpdir(), 'spotlet-mdns-'));
const children = new Set<ChildProcess>();

/** The emulated Spotify (AP) runs in the speaker's namespace; every speaker is configured to use it. */
let emulator: { config: string; account: { username: string; storedCredential: string } } | undefined;

before(async () => {
  if (skip) return;
  net.create();
  const config = join(work, 'emulator.conf');
  const catalog = makeSampleCatalog(join(tmpdir(), 'spotlet-ap-test-catalog'), { tracks: 2, seconds: 1 });
  const child = net.spawn(net.a, process.execPath, [EMULATOR, '--catalog', catalog, '--write-config', config]);
  children.add(child);
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  const description = JSON.parse(line) as {
    accounts: { username: string; storedCredential: string; premium: boolean }[];
  };
  emulator = { config, account: description.accounts.find((a) => a.premium)! };
});
after(() => {
  for (const c of children) c.kill('SIGKILL');
  if (!skip) net.destroy();
  rmSync(work, { recursive: true, force: true });
});

/**
 * Starts the speaker in a namespace and resolves once its log shows it listening and announced on `links` interfaces.
 */
async function startSpeaker(
  ns: string,
  name: string,
  stateDir: string,
  pair = net,
  links = 1,
): Promise<{ child: ChildProcess; port: number; logs: string[] }> {
  const child = pair.spawn(ns, process.execPath, [
    SPOTLET,
    '--config',
    emulator!.config,
    '--name',
    name,
    '--state-dir',
    stateDir,
  ]);
  children.add(child);
  child.once('exit', () => children.delete(child));
  const logs: string[] = [];
  let port = 0;
  const lines = createInterface({ input: child.stderr! });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`speaker did not announce: ${logs.join('\n')}`)), 8000);
    lines.on('line', (l) => {
      logs.push(l);
      const rec = JSON.parse(l) as { msg: string; port?: number };
      if (rec.msg === 'zeroconf http listening') port = rec.port!;
      if (rec.msg === 'mdns announced' && --links === 0) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`speaker exited ${code}: ${logs.join('\n')}`)));
  });
  return { child, port, logs };
}

async function stopSpeaker(child: ChildProcess): Promise<{ ms: number; code: number | null }> {
  const t0 = Date.now();
  child.kill('SIGTERM');
  const [code] = (await once(child, 'exit')) as [number | null];
  return { ms: Date.now() - t0, code };
}

function phone(ns: string, args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = net.spawn(ns, process.execPath, [PHONE, ...args]);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  return once(child, 'exit').then(([code]) => ({ code: code as number | null, out, err }));
}

const BROWSER_PY = `
import json, sys, threading, time
from zeroconf import Zeroconf, ServiceBrowser, ServiceStateChange, IPVersion
zc = Zeroconf(ip_version=IPVersion.V6Only) if sys.argv[1] == "v6" else Zeroconf(interfaces=[sys.argv[1]])
def emit(o):
    o["t"] = time.time()
    print(json.dumps(o), flush=True)
def resolve(name):
    info = zc.get_service_info("_spotify-connect._tcp.local.", name, 3000)
    if info:
        emit({"event": "add", "name": name, "server": info.server, "port": info.port,
              "addresses": info.parsed_addresses(), "txt": {k.decode(): (v or b"").decode() for k, v in info.properties.items()}})
def on_change(zeroconf, service_type, name, state_change):
    if state_change is ServiceStateChange.Added:
        threading.Thread(target=resolve, args=(name,)).start()
    elif state_change is ServiceStateChange.Removed:
        emit({"event": "remove", "name": name})
ServiceBrowser(zc, "_spotify-connect._tcp.local.", handlers=[on_change])
time.sleep(float(sys.argv[2]))
zc.close()
`;

interface BrowseEvent {
  event: string;
  name: string;
  server?: string;
  port?: number;
  addresses?: string[];
  txt?: Record<string, string>;
}

/** python3-zeroconf browsing in a namespace (`how`: an IPv4 address to use, or 'v6' for IPv6 only). */
function pythonBrowser(
  pair: NetnsPair,
  ns: string,
  how: string,
): { waitFor(event: string, ms: number): Promise<BrowseEvent>; stop(): void } {
  const script = join(work, 'browse.py');
  writeFileSync(script, BROWSER_PY);
  const py = pair.spawn(ns, '/usr/bin/python3', [script, how, '15']);
  children.add(py);
  const events: BrowseEvent[] = [];
  let stderr = '';
  createInterface({ input: py.stdout! }).on('line', (l) => events.push(JSON.parse(l)));
  py.stderr!.on('data', (d) => (stderr += d));
  return {
    waitFor: (event, ms) =>
      new Promise((resolve, reject) => {
        const deadline = Date.now() + ms;
        const check = (): void => {
          const e = events.find((x) => x.event === event);
          if (e) resolve(e);
          else if (Date.now() > deadline)
            reject(new Error(`no ${event} event from python3-zeroconf: ${JSON.stringify(events)} ${stderr}`));
          else setTimeout(check, 50);
        };
        check();
      }),
    stop: () => py.kill(),
  };
}

test('python3-zeroconf in another namespace finds the speaker, resolves SRV/TXT/A, and sees the goodbye when SIGTERM stops it within 2 s', {
  skip,
  timeout: 30_000,
}, async () => {
  const speaker = await startSpeaker(net.a, 'Living Room', join(work, 'state-py'));
  const browser = pythonBrowser(net, net.b, net.addrB);
  const add = await browser.waitFor('add', 8000);
  assert.equal(add.name, 'Living Room._spotify-connect._tcp.local.');
  assert.match(add.server!, /^living-room-[0-9a-f]{6}\.local\.$/);
  assert.equal(add.port, speaker.port);
  assert.deepEqual(add.addresses, [net.addrA]);
  assert.deepEqual(add.txt, { CPath: '/', VERSION: '1.0', Stack: 'SP' });

  const stopped = await stopSpeaker(speaker.child);
  assert.equal(stopped.code, 0);
  assert.ok(stopped.ms < 2000, `SIGTERM shutdown took ${stopped.ms} ms`);
  assert.ok(speaker.logs.some((l) => l.includes('mdns goodbye sent')));
  const removed = await browser.waitFor('remove', 4000);
  assert.equal(removed.name, 'Living Room._spotify-connect._tcp.local.');
  browser.stop();
});

test('over IPv6 only (ff02::fb): python3-zeroconf finds the speaker with its AAAA address and sees the goodbye', {
  skip,
  timeout: 30_000,
}, async () => {
  const v6 = new NetnsPair('d6');
  v6.create({ ipv6: true });
  try {
    const linkLocal = /inet6 (fe80::[0-9a-f:]+)/.exec(v6.exec(v6.a, 'ip', ['-6', 'addr', 'show', 'dev', v6.ifA]))![1]!;
    const speaker = await startSpeaker(v6.a, 'Attic', join(work, 'state-v6'), v6);
    const browser = pythonBrowser(v6, v6.b, 'v6');
    const add = await browser.waitFor('add', 8000);
    assert.equal(add.name, 'Attic._spotify-connect._tcp.local.');
    assert.equal(add.port, speaker.port);
    assert.ok(add.addresses!.includes(linkLocal), `AAAA ${linkLocal} in ${add.addresses}`);
    await stopSpeaker(speaker.child);
    await browser.waitFor('remove', 4000);
    browser.stop();
  } finally {
    v6.destroy();
  }
});

test('phone CLI: mDNS → getInfo → addUser → activeUser → credentials persisted → restart → still there; malformed mDNS ignored; name conflict renamed', {
  skip,
  timeout: 60_000,
}, async () => {
  const stateDir = join(work, 'state-e2e');
  let speaker = await startSpeaker(net.a, 'Kitchen', stateDir);

  // 3000 malformed mDNS packets from the phone's namespace, multicast and unicast.
  const flood = `
    const dgram = require('node:dgram'); const crypto = require('node:crypto');
    const s = dgram.createSocket('udp4');
    s.bind(0, '${net.addrB}', async () => {
      s.setMulticastInterface('${net.addrB}');
      const valid = Buffer.from('000000000001000000000000135f73706f746966792d636f6e6e656374045f746370056c6f63616c00000c0001', 'hex');
      for (let i = 0; i < 3000; i++) {
        let p;
        if (i % 3 === 0) p = crypto.randomBytes(1 + (i % 700));
        else if (i % 3 === 1) p = valid.subarray(0, i % valid.length);
        else { p = Buffer.from(valid); p[12 + (i % (p.length - 12))] ^= 0xff; p[5] = i & 0xff; }
        await new Promise((r) => s.send(p, 5353, i % 2 ? '224.0.0.251' : '${net.addrA}', r));
      }
      s.close();
    });`;
  const f = net.spawn(net.b, process.execPath, ['-e', flood]);
  const [floodCode] = await once(f, 'exit');
  assert.equal(floodCode, 0);
  assert.equal(speaker.child.exitCode, null, 'the speaker survived the malformed packets');

  const discovered = await phone(net.b, ['discover', '--json', '--timeout', '1500']);
  assert.equal(discovered.code, 0, discovered.err);
  const list = JSON.parse(discovered.out) as { name: string; url: string; txt: Record<string, string> }[];
  const kitchen = list.find((s) => s.name === 'Kitchen');
  assert.ok(kitchen, discovered.out);
  assert.equal(kitchen.url, `http://${net.addrA}:${speaker.port}/`);

  // addUser answers only after the (emulated) AP accepted the login.
  const { username, storedCredential: credential } = emulator!.account;
  const refused = await phone(net.b, [
    'login',
    '--speaker',
    'Kitchen',
    '--user',
    username,
    '--stored-credential',
    Buffer.from('not-a-credential').toString('base64'),
    '--timeout',
    '3000',
  ]);
  assert.equal(JSON.parse(refused.out).status, 202, refused.err + refused.out);
  const login = await phone(net.b, [
    'login',
    '--speaker',
    'Kitchen',
    '--user',
    username,
    '--stored-credential',
    credential,
    '--timeout',
    '3000',
  ]);
  assert.equal(login.code, 0, login.err + login.out);
  assert.deepEqual(JSON.parse(login.out), {
    speaker: kitchen.url,
    httpStatus: 200,
    status: 101,
    statusString: 'OK',
    activeUser: username,
  });
  // What is stored are the AP's reusable credentials from APWelcome.
  const stored = JSON.parse(readFileSync(join(stateDir, 'credentials.json'), 'utf8'));
  assert.equal(stored.username, username);
  assert.equal(stored.authType, 1);
  assert.ok(Buffer.from(stored.authData, 'base64').length > 0);
  assert.ok(speaker.logs.some((l) => l.includes('"state":"ready"')));
  assert.ok(!speaker.logs.some((l) => l.includes(credential)), 'the credential never reaches the log');

  assert.equal((await stopSpeaker(speaker.child)).code, 0);
  speaker = await startSpeaker(net.a, 'Kitchen', stateDir);
  const info = await phone(net.b, ['info', '--speaker', 'Kitchen', '--timeout', '1500']);
  assert.equal(info.code, 0, info.err);
  assert.equal(JSON.parse(info.out).activeUser, username, 'the stored user is active after a restart');
  assert.equal(JSON.parse(readFileSync(join(stateDir, 'credentials.json'), 'utf8')).username, username);

  // A second speaker called Kitchen on the same link probes, loses and renames itself.
  const second = await startSpeaker(net.b, 'Kitchen', join(work, 'state-second'));
  assert.ok(second.logs.some((l) => l.includes('mdns name conflict')));
  const both = JSON.parse((await phone(net.b, ['discover', '--json', '--timeout', '1500'])).out) as { name: string }[];
  assert.deepEqual(
    both.map((s) => s.name),
    ['Kitchen', 'Kitchen (2)'],
  );
  await stopSpeaker(second.child);
  await stopSpeaker(speaker.child);
});

test('legacy unicast, known-answer suppression, QU answered by unicast; a changed address is re-announced', {
  skip,
  timeout: 30_000,
}, async () => {
  const speaker = await startSpeaker(net.a, 'Porch', join(work, 'state-porch'));
  const q = net.spawn(net.b, process.execPath, [
    join(REPO_ROOT, 'dist', 'test', 'support', 'mdns-queries.js'),
    net.addrB,
    net.addrA,
  ]);
  let out = '';
  q.stdout!.on('data', (d) => (out += d));
  await once(q, 'exit');
  const r = JSON.parse(out);
  const legacy = r.legacyReplies[0];
  assert.ok(legacy, 'a legacy (non-5353) query is answered');
  assert.equal(legacy.id, 0x1234, 'legacy answers carry the query id');
  assert.deepEqual(legacy.questions, ['_spotify-connect._tcp.local'], 'and echo the question');
  assert.ok(legacy.answers.every((a: { ttl: number; flush: boolean }) => a.ttl <= 10 && !a.flush));
  assert.equal(legacy.answers[0].data, 'Porch._spotify-connect._tcp.local');
  assert.deepEqual(r.suppressedReplies, [], 'an answer the asker already holds is not repeated');
  assert.equal(r.quReplies.length, 1, 'a QU question is answered by unicast');
  assert.equal(r.quReplies[0].answers[0].ttl, 4500);
  assert.deepEqual(r.qmReplies, [], 'a QM question is answered by multicast (not seen by a non-member socket)');

  // Move the speaker to another address: it must re-announce with the new one.
  const moved = net.addrA.replace(/\.1$/, '.3');
  net.exec(net.a, 'ip', ['addr', 'del', `${net.addrA}/24`, 'dev', net.ifA]);
  net.exec(net.a, 'ip', ['addr', 'add', `${moved}/24`, 'dev', net.ifA]);
  try {
    const t0 = Date.now();
    let found: { name: string; url: string } | undefined;
    while (!found && Date.now() - t0 < 12_000) {
      const d = await phone(net.b, ['discover', '--json', '--timeout', '1200']);
      found = (JSON.parse(d.out || '[]') as { name: string; url: string }[]).find(
        (s) => s.name === 'Porch' && s.url.includes(moved),
      );
    }
    assert.ok(found, `re-announced on ${moved}: ${speaker.logs.filter((l) => l.includes('mdns')).join('\n')}`);
    assert.equal(found.url, `http://${moved}:${speaker.port}/`);
    assert.ok(speaker.logs.some((l) => l.includes('mdns interface changed')));
  } finally {
    net.exec(net.a, 'ip', ['addr', 'flush', 'dev', net.ifA]);
    net.exec(net.a, 'ip', ['addr', 'add', `${net.addrA}/24`, 'dev', net.ifA]);
    await stopSpeaker(speaker.child);
  }
});

test("each interface advertises its own address, and a legacy query is answered from the asker's interface", {
  skip,
  timeout: 30_000,
}, async () => {
  const second = net.addLink();
  try {
    const speaker = await startSpeaker(net.a, 'Den', join(work, 'state-den'), net, 2);
    const host = (JSON.parse(speaker.logs.find((l) => l.includes('mdns announced'))!) as { host: string }).host;
    for (const [own, theirs] of [
      [net.addrB, net.addrA],
      [second.addrB, second.addrA],
    ] as const) {
      const q = net.spawn(net.b, process.execPath, [
        join(REPO_ROOT, 'dist', 'test', 'support', 'mdns-queries.js'),
        own,
        theirs,
        host,
      ]);
      let out = '';
      q.stdout!.on('data', (d) => (out += d));
      await once(q, 'exit');
      const replies = JSON.parse(out).hostReplies as { answers: { type: string; data: string }[] }[];
      assert.ok(replies.length >= 1, `answer to ${own}`);
      for (const r of replies)
        assert.deepEqual(
          r.answers.filter((a) => a.type === 'A').map((a) => a.data),
          [theirs],
          `only ${theirs} on that interface`,
        );
    }
    await stopSpeaker(speaker.child);
  } finally {
    net.removeLink(second);
  }
});
