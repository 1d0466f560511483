/**
 * Installing bundles: a signed bundle becomes the current slot (on trial) file for file; every refusal (bad
 * signature, tampered, missing or extra file, wrong architecture, image too old, downgrade, a version that failed
 * before, no space, a second install at once, not a bundle, unsafe tar entries, plain HTTP) is a typed error,
 * is logged with its reason and changes nothing on disk.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { setLogSink, createLogger } from '../../src/core/log.js';
import { applyUpdate, updateStatus, type UpdateConfig, type UpdateErrorCode } from '../../src/update/index.js';
import { parseManifest, type Manifest } from '../../src/update/manifest.js';
import { SlotStore, systemMonotonicClock } from '../../src/update/slots.js';
import { tarEntry, TAR_END } from '../../src/update/tar.js';
import { makeApp, makeBundle, makeSpeaker, readEntries, testKeys, writeEntries } from './support.js';

const keys = testKeys();
const log = createLogger('update-test');

/** Everything under the slots folder: names, link targets, file hashes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const walk = (rel: string): void => {
    for (const n of readdirSync(join(dir, rel))) {
      const p = rel ? `${rel}/${n}` : n;
      const st = lstatSync(join(dir, p));
      if (st.isSymbolicLink()) out[p] = `-> ${readlinkSync(join(dir, p))}`;
      else if (st.isDirectory()) walk(p);
      else
        out[p] = createHash('sha256')
          .update(readFileSync(join(dir, p)))
          .digest('hex');
    }
  };
  walk('');
  return out;
}

/** Applies and expects a refusal with `code`, a logged reason and no change on disk. */
async function refused(
  config: UpdateConfig,
  source: string | Buffer,
  code: UpdateErrorCode,
  message: RegExp,
  o: { allowDowngrade?: boolean } = {},
): Promise<void> {
  const before = snapshot(config.slots_dir);
  const lines: string[] = [];
  const restore = setLogSink((l) => lines.push(l));
  try {
    await assert.rejects(applyUpdate(source, { config, log, ...o }), (err: Error & { code?: string }) => {
      assert.equal(err.code, code, err.message);
      assert.match(err.message, message);
      return true;
    });
  } finally {
    restore();
  }
  const logged = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'update refused');
  assert.equal(logged?.code, code, 'the refusal is logged with its code');
  assert.match(logged.reason, message);
  assert.deepEqual(snapshot(config.slots_dir), before, 'nothing changed');
}

/** Every file of the slot matches its manifest. */
function verifySlot(config: UpdateConfig, version: string): Manifest {
  const dir = join(config.slots_dir, version);
  const m = parseManifest(readFileSync(join(dir, 'manifest.json')));
  for (const [p, f] of Object.entries(m.files)) {
    const data = readFileSync(join(dir, p));
    assert.equal(createHash('sha256').update(data).digest('hex'), f.sha256, p);
    assert.equal(statSync(join(dir, p)).mode & 0o777 & ~0o022, f.mode & ~0o022, `${p} mode`);
  }
  return m;
}

test('a signed bundle installs file by file and becomes the current slot on trial; the factory slot is untouched', async () => {
  const { root, config } = makeSpeaker(keys);
  const factoryBefore = snapshot(config.factory_dir);
  const bundle = await makeBundle(makeApp(root, '1.1.0', 'healthy'), keys);
  const result = await applyUpdate(bundle, { config, log });
  assert.deepEqual(result, { version: '1.1.0', previous: null });
  assert.equal(readlinkSync(join(config.slots_dir, 'current')), '1.1.0');
  const m = verifySlot(config, '1.1.0');
  assert.ok(
    Object.keys(m.files).some((p) => p.length > 100),
    'long paths (pax headers) survive',
  );
  assert.equal(
    statSync(join(config.slots_dir, '1.1.0/node_modules/tool.sh')).mode & 0o111,
    0o111,
    'executable bit kept',
  );
  const st = updateStatus(config);
  assert.equal(st.running, '1.1.0');
  assert.equal(st.image, '1.0.0');
  assert.deepEqual(st.trial, { version: '1.1.0', previous: 'factory', attempts: 0 });
  assert.deepEqual(snapshot(config.factory_dir), factoryBefore);

  // A second release from a stream (an upload) replaces it; at most two updated slots stay.
  await applyUpdate(readFileSync(await makeBundle(makeApp(root, '1.2.0', 'healthy'), keys)), { config, log });
  assert.equal(updateStatus(config).trial?.previous, 'factory', 'a slot still on trial is no fallback');
  await applyUpdate(await makeBundle(makeApp(root, '1.3.0', 'healthy'), keys), { config, log });
  assert.equal(readlinkSync(join(config.slots_dir, 'current')), '1.3.0');
  assert.ok(new SlotStore(config.slots_dir, config.factory_dir).installed().length <= 3);
  rmSync(root, { recursive: true, force: true });
});

test('an install releases the optimising compiler that a waiting speaker holds back: unpacking is work for it', async () => {
  const { root, config } = makeSpeaker(keys);
  const bundle = await makeBundle(makeApp(root, '1.1.0', 'healthy', 400), keys);
  const harness = fileURLToPath(new URL('./apply-harness.js', import.meta.url));
  const optimiser = fileURLToPath(new URL('../../src/core/optimiser.js', import.meta.url));
  // Held back from the start as the speaker's CLI does; the harness reads the bundle and the config from
  // argv[2] and argv[3], as when it runs as a file. V8 traces what it optimises on stdout.
  const code = [
    `import { holdOptimiser } from ${JSON.stringify(optimiser)};`,
    'holdOptimiser();',
    'process.argv.splice(1, 0, "harness");',
    `await import(${JSON.stringify(harness)});`,
  ].join('\n');
  const r = spawnSync(
    process.execPath,
    ['--trace-opt', '--input-type=module', '-e', code, bundle, JSON.stringify(config)],
    { encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout.split('\n');
  assert.ok(out.includes('installed'), r.stdout.slice(-500));
  const optimised = out.slice(out.indexOf('start')).filter((l) => /^\[(marking|compiling method)/.test(l));
  assert.ok(optimised.length > 0, 'V8 optimised code while installing');
  rmSync(root, { recursive: true, force: true });
});

test('refused: bad signature, tampered files, missing and extra files, a manifest edited after signing', async () => {
  const { root, config } = makeSpeaker(keys);
  const app = makeApp(root, '1.1.0', 'healthy');
  const other = testKeys();
  await refused(
    config,
    await makeBundle(app, other),
    'ERR_UPDATE_SIGNATURE',
    /not signed with this image's update key/,
  );

  const good = await makeBundle(app, keys);
  const entries = await readEntries(good);
  const at = (name: string): number => entries.findIndex((e) => e.entry.path === name);
  const edit = (fn: (e: typeof entries) => void, name: string): string => {
    const copy = entries.map((e) => ({ entry: { ...e.entry }, body: Buffer.from(e.body) }));
    fn(copy);
    return writeEntries(join(root, name), copy);
  };
  const board = at('app/board/pi.json');
  await refused(
    config,
    edit((e) => {
      e[board]!.body = Buffer.from('{"id":"px"}\n');
    }, 'flipped.tar.gz'),
    'ERR_UPDATE_TAMPERED',
    /board\/pi.json does not match its sha256/,
  );
  await refused(
    config,
    edit((e) => {
      e[board]!.body = Buffer.concat([e[board]!.body, Buffer.from('more')]);
    }, 'longer.tar.gz'),
    'ERR_UPDATE_TAMPERED',
    /board\/pi.json is \d+ bytes; the manifest says/,
  );
  await refused(
    config,
    edit((e) => e.splice(board, 1), 'missing.tar.gz'),
    'ERR_UPDATE_TAMPERED',
    /missing from the bundle/,
  );
  await refused(
    config,
    edit((e) => {
      e.push({ entry: { ...e[board]!.entry, path: 'app/board/extra.json' }, body: Buffer.from('{}') });
    }, 'extra.tar.gz'),
    'ERR_UPDATE_TAMPERED',
    /extra.json is not in the signed manifest/,
  );
  await refused(
    config,
    edit((e) => {
      e[0]!.body = Buffer.from(e[0]!.body.toString().replace('"1.1.0"', '"1.1.1"'));
    }, 'manifest.tar.gz'),
    'ERR_UPDATE_SIGNATURE',
    /not signed/,
  );
  await refused(
    config,
    edit((e) => e.splice(1, 1), 'nosig.tar.gz'),
    'ERR_UPDATE_FORMAT',
    /manifest.sig must come second/,
  );
  rmSync(root, { recursive: true, force: true });
});

test('refused: wrong architecture, image too old, downgrade, the running version, a version that failed before', async () => {
  const { root, config } = makeSpeaker(keys, '1.0.0');
  const otherArch = process.arch === 'arm64' ? 'x64' : 'arm64';
  await refused(
    config,
    await makeBundle(makeApp(root, '1.1.0', 'healthy'), keys, { arch: otherArch }),
    'ERR_UPDATE_ARCH',
    new RegExp(`built for ${otherArch}; this speaker is ${process.arch}`),
  );
  await refused(
    config,
    await makeBundle(makeApp(root, '1.1.0', 'healthy'), keys, { minImageVersion: '1.0.1' }),
    'ERR_UPDATE_IMAGE_TOO_OLD',
    /needs image 1.0.1 or newer; this card has 1.0.0/,
  );
  await applyUpdate(await makeBundle(makeApp(root, '1.2.0', 'healthy'), keys), { config, log });
  const older = await makeBundle(makeApp(root, '1.1.0', 'healthy'), keys);
  await refused(config, older, 'ERR_UPDATE_DOWNGRADE', /older than the running 1.2.0/);
  await refused(
    config,
    await makeBundle(makeApp(root, '1.2.0', 'healthy'), keys),
    'ERR_UPDATE_DOWNGRADE',
    /what runs already/,
  );
  assert.equal(
    (await applyUpdate(older, { config, log, allowDowngrade: true })).version,
    '1.1.0',
    'asked for: allowed',
  );

  const store = new SlotStore(config.slots_dir, config.factory_dir);
  const rec = store.readRecord();
  rec.bad['1.3.0'] = { reason: 'crashed at start' };
  await store.writeRecord(rec);
  await refused(
    config,
    await makeBundle(makeApp(root, '1.3.0', 'healthy'), keys),
    'ERR_UPDATE_DOWNGRADE',
    /1.3.0 failed its trial on this speaker before \(crashed at start\)/,
  );
  rmSync(root, { recursive: true, force: true });
});

test('refused: not a bundle, truncated, plain HTTP, a missing file, an image without a key', async () => {
  const { root, config } = makeSpeaker(keys);
  const bundle = await makeBundle(makeApp(root, '1.1.0', 'healthy'), keys);
  await refused(config, Buffer.from('hello, not gzip'), 'ERR_UPDATE_FORMAT', /not a spotlet bundle/);
  await refused(config, gzipSync(Buffer.from('not a tar either')), 'ERR_UPDATE_FORMAT', /not a spotlet bundle/);
  const whole = readFileSync(bundle);
  await refused(config, whole.subarray(0, Math.floor(whole.length * 0.7)), 'ERR_UPDATE_FORMAT', /not a spotlet bundle/);
  await refused(config, 'http://127.0.0.1:9/spotlet.tar.gz', 'ERR_UPDATE_SOURCE', /only https/);
  await refused(config, join(root, 'nope.tar.gz'), 'ERR_UPDATE_SOURCE', /ENOENT/);
  const keyless = makeSpeaker(undefined);
  await refused(keyless.config, bundle, 'ERR_UPDATE_NO_KEY', /no update key/);
  rmSync(root, { recursive: true, force: true });
  rmSync(keyless.root, { recursive: true, force: true });
});

test('refused: path traversal, absolute paths, links, hard links, devices and oversized entries', async () => {
  const { root, config } = makeSpeaker(keys);
  const entries = await readEntries(await makeBundle(makeApp(root, '1.1.0', 'healthy'), keys));
  const signedHead = entries.slice(0, 2);
  const raw = (name: string, blocks: Buffer[]): Buffer => {
    const head = signedHead.flatMap(({ entry, body }) => tarEntry(entry, body));
    const out = gzipSync(Buffer.concat([...head, ...blocks, TAR_END]));
    writeFileSync(join(root, name), out);
    return out;
  };
  const file = (path: string, body = Buffer.from('x')) =>
    tarEntry({ path, type: 'file', size: body.length, mode: 0o644, linkTarget: '' }, body);
  const escapee = join(root, 'escaped');
  await refused(config, raw('dotdot', file('app/../../escaped')), 'ERR_UPDATE_UNSAFE_ENTRY', /"\.\."/);
  await refused(config, raw('abs', file(`${escapee}`)), 'ERR_UPDATE_UNSAFE_ENTRY', /absolute/);
  assert.ok(!existsSync(escapee), 'nothing was written outside the slot');
  await refused(
    config,
    raw('link', tarEntry({ path: 'app/evil', type: 'symlink', size: 0, mode: 0o777, linkTarget: '/etc' })),
    'ERR_UPDATE_UNSAFE_ENTRY',
    /links are not allowed/,
  );
  const typed = (flag: string): Buffer => {
    const h = tarEntry({ path: 'app/dev', type: 'dir', size: 0, mode: 0o644, linkTarget: '' })[0]!;
    h[156] = flag.charCodeAt(0);
    h.fill(0x20, 148, 156);
    let sum = 0;
    for (const x of h) sum += x;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
    return h;
  };
  await refused(config, raw('hard', [typed('1')]), 'ERR_UPDATE_UNSAFE_ENTRY', /hard links/);
  await refused(config, raw('char', [typed('3')]), 'ERR_UPDATE_UNSAFE_ENTRY', /device files/);
  await refused(config, raw('block', [typed('4')]), 'ERR_UPDATE_UNSAFE_ENTRY', /device files/);
  await refused(config, raw('fifo', [typed('6')]), 'ERR_UPDATE_UNSAFE_ENTRY', /FIFOs/);
  // A header claiming 100 MB: refused before any of its body is read (the body is not even there).
  const huge = tarEntry({
    path: 'app/huge.bin',
    type: 'file',
    size: 100 * 1024 * 1024,
    mode: 0o644,
    linkTarget: '',
  })[0]!;
  await refused(config, raw('huge', [huge]), 'ERR_UPDATE_UNSAFE_ENTRY', /huge.bin: 104857600 bytes, more than/);
  rmSync(root, { recursive: true, force: true });
});

test('refused: a second install while one runs (same process or another)', async () => {
  const { root, config } = makeSpeaker(keys);
  const a = await makeBundle(makeApp(root, '1.1.0', 'healthy', 300), keys);
  const b = await makeBundle(makeApp(root, '1.2.0', 'healthy'), keys);
  const first = applyUpdate(a, { config, log });
  const lines: string[] = [];
  const restore = setLogSink((l) => lines.push(l));
  await assert.rejects(applyUpdate(b, { config, log }), { code: 'ERR_UPDATE_BUSY' });
  restore();
  assert.equal((await first).version, '1.1.0', 'the first one completes');
  assert.ok(lines.some((l) => l.includes('ERR_UPDATE_BUSY')));
  // A lock held by a live process of this boot (here: this one, taken directly) refuses; a dead holder's is taken over.
  const store = new SlotStore(config.slots_dir, config.factory_dir);
  const release = await store.lock(systemMonotonicClock);
  await refused(config, b, 'ERR_UPDATE_BUSY', /another update is being applied/);
  await release();
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  writeFileSync(
    join(config.slots_dir, '.lock'),
    JSON.stringify({ pid: Number(dead.stdout), boot: systemMonotonicClock.bootId() }),
  );
  assert.equal(
    (await applyUpdate(b, { config, log })).version,
    '1.2.0',
    'a stale lock does not block updates for ever',
  );
  rmSync(root, { recursive: true, force: true });
});

test('refused: not enough space on the data partition (a 4 MB file system)', {
  skip: process.getuid?.() !== 0 ? 'needs root for a mount namespace' : false,
}, async () => {
  const { root, config } = makeSpeaker(keys);
  const bundle = await makeBundle(makeApp(root, '1.1.0', 'healthy'), keys);
  mkdirSync(config.slots_dir);
  // A private mount namespace: the small tmpfs exists only for the child that applies the bundle.
  const script = `
    const { applyUpdate } = await import(${JSON.stringify(new URL('../../src/update/index.js', import.meta.url).href)});
    const { createLogger } = await import(${JSON.stringify(new URL('../../src/core/log.js', import.meta.url).href)});
    try { await applyUpdate(${JSON.stringify(bundle)}, { config: ${JSON.stringify(config)}, log: createLogger('t') }); console.log('installed'); }
    catch (err) { console.log(err.code + ' ' + err.message); }
    const { readdirSync } = await import('node:fs');
    console.log(JSON.stringify(readdirSync(${JSON.stringify(config.slots_dir)})));`;
  const r = spawnSync(
    'unshare',
    [
      '--mount',
      '--propagation',
      'private',
      'sh',
      '-c',
      `mount -t tmpfs -o size=4m tmpfs "$0" && exec "$1" --input-type=module -e "$2"`,
      config.slots_dir,
      process.execPath,
      script,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  assert.equal(r.status, 0, r.stderr);
  const [verdict, listing] = r.stdout.trim().split('\n');
  assert.match(
    verdict!,
    /^ERR_UPDATE_SPACE not enough space on the data partition: 1.1.0 needs [\d.]+ MB, [\d.]+ MB can be had/,
  );
  assert.deepEqual(JSON.parse(listing!), [], 'nothing left behind');
  rmSync(root, { recursive: true, force: true });
});
