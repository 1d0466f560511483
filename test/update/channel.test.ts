/**
 * The update channel over real HTTPS on loopback (a test CA, trusted through NODE_EXTRA_CA_CERTS as a speaker
 * would trust a public CA): `spotlet update --check` reads the JSON index, installs the newest release for this
 * architecture that is newer than what runs and has not failed here, and refuses plain-HTTP links and bundles not
 * signed with the image's key; `spotlet update URL` downloads over HTTPS the same way.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, fork, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pickRelease, updateStatus, type UpdateConfig } from '../../src/update/index.js';
import { SlotStore } from '../../src/update/slots.js';
import { makeApp, makeBundle, makeSpeaker, testKeys } from './support.js';

const keys = testKeys();
const CLI = fileURLToPath(new URL('../../src/cli/spotlet.js', import.meta.url));
const HARNESS = fileURLToPath(new URL('./channel-harness.js', import.meta.url));
const other = process.arch === 'arm64' ? 'x64' : 'arm64';

test('pickRelease: the newest newer release for this architecture that has not failed here', () => {
  const index = {
    releases: [
      { version: '1.1.0', arch: process.arch, url: 'a.tar.gz' },
      { version: '1.5.0', arch: other, url: 'other-arch.tar.gz' },
      { version: '1.3.0', arch: process.arch, url: 'https://cdn.example/c.tar.gz' },
      { version: '1.4.0', arch: process.arch, url: 'bad.tar.gz' },
      { version: 'latest', arch: process.arch, url: 'x' },
      null,
    ],
  };
  const base = 'https://updates.example/spotlet/index.json';
  assert.deepEqual(pickRelease(index, base, '1.0.0', { '1.4.0': {} }), {
    version: '1.3.0',
    arch: process.arch,
    url: 'https://cdn.example/c.tar.gz',
  });
  assert.equal(pickRelease(index, base, '1.2.0', {})?.url, 'https://updates.example/spotlet/bad.tar.gz');
  assert.equal(pickRelease(index, base, '1.4.0', {}), undefined, 'up to date');
  assert.throws(
    () => pickRelease({ releases: [{ version: '2.0.0', arch: process.arch, url: 'http://x/y' }] }, base, '1.0.0', {}),
    {
      code: 'ERR_UPDATE_SOURCE',
    },
  );
  assert.throws(() => pickRelease({}, base, '1.0.0', {}), /no "releases" list/);
});

function testCa(dir: string): { ca: string; key: string; cert: string } {
  const p = (n: string): string => join(dir, n);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' });
  openssl(
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=test CA',
    '-keyout',
    p('ca.key'),
    '-out',
    p('ca.pem'),
  );
  openssl(
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-subj',
    '/CN=127.0.0.1',
    '-keyout',
    p('server.key'),
    '-out',
    p('server.csr'),
  );
  writeFileSync(p('san.ext'), 'subjectAltName=IP:127.0.0.1\n');
  openssl(
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
    '1',
    '-extfile',
    p('san.ext'),
    '-out',
    p('server.pem'),
  );
  return { ca: p('ca.pem'), key: readFileSync(p('server.key'), 'utf8'), cert: readFileSync(p('server.pem'), 'utf8') };
}

/** `spotlet update ...` as a separate process, as an admin runs it (async: this process serves its downloads). */
function cli(
  config: UpdateConfig,
  ca: string,
  ...args: string[]
): Promise<{ status: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        CLI,
        'update',
        ...args,
        '--set',
        `update.slots_dir=${config.slots_dir}`,
        '--set',
        `update.factory_dir=${config.factory_dir}`,
      ],
      { env: { ...process.env, NODE_EXTRA_CA_CERTS: ca }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, out: out.trim(), err });
    });
  });
}

test('the channel over HTTPS: installs the right release, then is up to date; refuses what it must', async () => {
  const { root, config } = makeSpeaker(keys);
  const tls = testCa(root);
  const bundles = new Map<string, string>();
  const add = async (version: string, k = keys): Promise<string> => {
    const path = await makeBundle(makeApp(root, version, 'healthy'), k, { outDir: join(root) });
    bundles.set(`/${basename(path)}`, path);
    return basename(path);
  };
  let index: unknown = {};
  const requests: string[] = [];
  const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/index.json') return void res.end(JSON.stringify(index));
    const file = bundles.get(req.url ?? '');
    if (!file) return void res.writeHead(404).end();
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `https://127.0.0.1:${(server.address() as { port: number }).port}`;
  try {
    const store = new SlotStore(config.slots_dir, config.factory_dir);
    const url = ['--set', `update.url=${base}/index.json`];
    index = {
      releases: [
        { version: '1.1.0', arch: process.arch, url: await add('1.1.0') },
        { version: '1.2.0', arch: process.arch, url: `${base}/${await add('1.2.0')}` },
        { version: '1.3.0', arch: other, url: 'nowhere.tar.gz' },
      ],
    };
    const first = await cli(config, tls.ca, '--check', ...url);
    assert.equal(first.status, 0, first.err);
    assert.deepEqual(JSON.parse(first.out), { installed: '1.2.0', previous: 'factory', restarted: false });
    assert.deepEqual(requests, ['/index.json', '/spotlet-1.2.0-x64.tar.gz'.replace('x64', process.arch)]);
    const again = await cli(config, tls.ca, '--check', ...url);
    assert.deepEqual(JSON.parse(again.out), { installed: null, reason: 'up to date' });

    // A plain-HTTP link in the index is never followed; a bundle signed with another key is refused.
    index = { releases: [{ version: '1.5.0', arch: process.arch, url: `http://127.0.0.1:1/x.tar.gz` }] };
    const http = await cli(config, tls.ca, '--check', ...url);
    assert.equal(http.status, 1);
    assert.match(http.err, /refused \(ERR_UPDATE_SOURCE\): http:\/\/127.0.0.1:1\/x.tar.gz: only https/);
    index = { releases: [{ version: '1.6.0', arch: process.arch, url: await add('1.6.0', testKeys()) }] };
    const forged = await cli(config, tls.ca, '--check', ...url);
    assert.equal(forged.status, 1);
    assert.match(forged.err, /refused \(ERR_UPDATE_SIGNATURE\)/);
    assert.deepEqual(store.installed(), ['1.2.0'], 'nothing changed');

    // A version that failed its trial here is passed over by the channel.
    const rec = store.readRecord();
    rec.bad['1.7.0'] = { reason: 'crashed' };
    await store.writeRecord(rec);
    index = { releases: [{ version: '1.7.0', arch: process.arch, url: await add('1.7.0') }] };
    assert.deepEqual(JSON.parse((await cli(config, tls.ca, '--check', ...url)).out), {
      installed: null,
      reason: 'up to date',
    });

    // `spotlet update URL` downloads over HTTPS too; the channel URL itself must be HTTPS (a config error).
    const direct = await cli(config, tls.ca, `${base}/${await add('1.8.0')}`);
    assert.equal(direct.status, 0, direct.err);
    assert.equal(updateStatus(config).running, '1.8.0');
    const badUrl = await cli(config, tls.ca, '--check', '--set', 'update.url=http://127.0.0.1/index.json');
    assert.equal(badUrl.status, 2);
    assert.match(badUrl.err, /update.url: invalid value .*allowed: an https:\/\/ URL, or empty/);
  } finally {
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a running speaker checks its channel by itself, again after a failed check, and restarts into a release only when idle', async () => {
  const { root, config } = makeSpeaker(keys);
  const tls = testCa(root);
  const bundle = await makeBundle(makeApp(root, '1.2.0', 'healthy'), keys, { outDir: root });
  const requests: string[] = [];
  const indexAsked: number[] = [];
  let index: unknown = { releases: [] };
  let failIndex = 2;
  const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/index.json') {
      indexAsked.push(Date.now());
      if (failIndex-- > 0) return void res.writeHead(503).end();
      return void res.end(JSON.stringify(index));
    }
    if (req.url === `/${basename(bundle)}`) return void res.end(readFileSync(bundle));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `https://127.0.0.1:${(server.address() as { port: number }).port}`;
  const child = fork(HARNESS, [], {
    env: {
      ...process.env,
      NODE_EXTRA_CA_CERTS: tls.ca,
      SPOTLET_TEST_UPDATE_CONFIG: JSON.stringify({ ...config, url: `${base}/index.json` }),
    },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d));
  const restarts: string[] = [];
  child.on('message', (m: { type: string; state: string }) => {
    if (m.type === 'restart') restarts.push(m.state);
  });
  const until = async (what: string, ok: () => boolean): Promise<void> => {
    for (const t0 = Date.now(); !ok(); await new Promise((r) => setTimeout(r, 50)))
      if (Date.now() - t0 > 20_000) assert.fail(`${what}; requests ${JSON.stringify(requests)}; log ${stderr}`);
  };
  try {
    // The first two checks fail (503): logged, and tried again soon (100 ms, then 200, jittered), not after the
    // 2 s between regular checks; then the channel answers.
    const failures = (): number => (stderr.match(/update channel check failed; trying again later/g) ?? []).length;
    await until('a check after the failed ones', () => indexAsked.length >= 3 && failures() >= 2);
    assert.equal(failures(), 2, stderr);
    const gaps = [indexAsked[1]! - indexAsked[0]!, indexAsked[2]! - indexAsked[1]!];
    assert.ok(
      gaps.every((g) => g < 1000),
      `retried within the backoff, not the interval: ${gaps} ms`,
    );
    await until('up to date', () => /update channel: up to date/.test(stderr));
    // A release appears: installed while the speaker plays, but the music is not cut for the restart.
    index = { releases: [{ version: '1.2.0', arch: process.arch, url: basename(bundle) }] };
    await until('the release installed', () => updateStatus(config).running === '1.2.0');
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepEqual(restarts, [], 'no restart while playing');
    const checks = requests.filter((r) => r === '/index.json').length;
    child.send({ state: 'paused' });
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(restarts, [], 'nor while paused');
    child.send({ state: 'ready' });
    await until('the restart once idle', () => restarts.length > 0);
    assert.deepEqual(restarts, ['ready']);
    assert.equal(requests.filter((r) => r === '/index.json').length, checks, 'no check after the install');
  } finally {
    if (child.connected) child.send({ stop: true });
    child.kill();
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
