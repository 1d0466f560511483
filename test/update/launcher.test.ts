/**
 * The launcher as the unit runs it, start after start (each start a real process, as systemd makes them), with
 * the trial limits shortened: a healthy update is committed; one that crashes at import or exits at once is rolled
 * back after its allowed starts, says so in the log and to the app it falls back to, and is marked bad; one that
 * never reports a healthy state is rolled back after the window; at most two updated slots are kept. Then the
 * power cut: an install killed with SIGKILL at random moments always leaves a slot the launcher starts, old or new,
 * complete to the last byte, and the next install goes through.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../../src/core/log.js';
import { applyUpdate, updateStatus, type UpdateConfig } from '../../src/update/index.js';
import { parseManifest } from '../../src/update/manifest.js';
import { SlotStore } from '../../src/update/slots.js';
import { makeApp, makeBundle, makeSpeaker, testKeys } from './support.js';

const keys = testKeys();
const log = createLogger('update-test');
const HARNESS = fileURLToPath(new URL('./launch-harness.js', import.meta.url));
const APPLY = fileURLToPath(new URL('./apply-harness.js', import.meta.url));
const LIMITS = { maxStarts: 3, healthyWithinMs: 4_000, commitAfterMs: 400 };

/** One start of the unit; resolves with its exit code and what it logged. */
function start(config: UpdateConfig, runLog: string, runMs = 1_500): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [HARNESS, JSON.stringify({ slotsDir: config.slots_dir, factoryDir: config.factory_dir, limits: LIMITS })],
      { env: { ...process.env, RUN_LOG: runLog, RUN_MS: String(runMs) }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(kill);
      resolve({ code, log: stderr });
    });
  });
}

const runs = (runLog: string): string[] =>
  existsSync(runLog) ? readFileSync(runLog, 'utf8').split('\n').filter(Boolean) : [];

test('healthy updates are committed; broken ones roll back by themselves and are marked bad', async () => {
  const { root, config } = makeSpeaker(keys);
  const runLog = join(root, 'runs.log');
  assert.equal((await start(config, runLog)).code, 0);
  assert.deepEqual(runs(runLog), ['1.0.0 here '], 'no update yet: the factory slot runs in the launcher itself');

  await applyUpdate(await makeBundle(makeApp(root, '1.1.0', 'healthy'), keys), { config, log });
  const trial = await start(config, runLog);
  assert.equal(trial.code, 0, trial.log);
  assert.equal(runs(runLog).at(-1), '1.1.0 trial ', 'a new slot runs on trial, watched');
  assert.match(trial.log, /"msg":"update committed","version":"1.1.0"/);
  assert.equal(updateStatus(config).trial, null);
  await start(config, runLog);
  assert.equal(runs(runLog).at(-1), '1.1.0 here ', 'once committed it runs plainly');

  // Crashes at import: three failed starts, then the fourth runs 1.1.0 again and says why.
  await applyUpdate(await makeBundle(makeApp(root, '1.2.0', 'crash'), keys), { config, log });
  const codes: (number | null)[] = [];
  for (let i = 0; i < 4; i++) codes.push((await start(config, runLog)).code);
  assert.deepEqual(codes.slice(0, 3), [1, 1, 1], 'a failed start exits non-zero so the unit starts again');
  assert.equal(codes[3], 0);
  const tail = runs(runLog).slice(-4);
  assert.deepEqual(tail.slice(0, 3), ['1.2.0 trial ', '1.2.0 trial ', '1.2.0 trial ']);
  assert.match(
    tail[3]!,
    /^1\.1\.0 here update 1\.2\.0 rolled back to 1\.1\.0: 3 starts without reaching a healthy state/,
  );
  const st = updateStatus(config);
  assert.equal(st.running, '1.1.0');
  assert.match(st.bad['1.2.0']!.reason, /3 starts/);
  assert.deepEqual(st.rollback && [st.rollback.from, st.rollback.to], ['1.2.0', '1.1.0']);

  // Exits 0 at once (the unit's Restart=always brings it back): the same.
  await applyUpdate(await makeBundle(makeApp(root, '1.3.0', 'exit'), keys), { config, log });
  for (let i = 0; i < 4; i++) await start(config, runLog);
  assert.match(runs(runLog).at(-1)!, /^1\.1\.0 here update 1\.3\.0 rolled back/);

  // Runs but never reaches a healthy state: killed at the end of the window, rolled back at the next start.
  await applyUpdate(await makeBundle(makeApp(root, '1.4.0', 'silent'), keys), { config, log });
  const silent = await start(config, runLog, 60_000);
  assert.equal(silent.code, 1);
  assert.match(silent.log, /"msg":"update failed its trial","version":"1.4.0","reason":"no healthy state within 4 s"/);
  const back = await start(config, runLog);
  assert.match(back.log, /"msg":"update rolled back","from":"1.4.0","to":"1.1.0"/);
  assert.match(runs(runLog).at(-1)!, /^1\.1\.0 here update 1\.4\.0 rolled back to 1\.1\.0: no healthy state/);
  assert.deepEqual(Object.keys(updateStatus(config).bad).sort(), ['1.2.0', '1.3.0', '1.4.0']);

  // At most two updated slots are kept (pruned while the next start is under way).
  const store = new SlotStore(config.slots_dir, config.factory_dir);
  await start(config, runLog, 1_500);
  assert.deepEqual(store.installed(), ['1.1.0'], 'committed 1.1.0 needs no fallback; the failed slots are gone');
  assert.ok(existsSync(config.factory_dir), 'the factory slot is never removed');
  rmSync(root, { recursive: true, force: true });
});

/** The slot a start would run, and whether all its files match its manifest. */
function bootableAndComplete(config: UpdateConfig): string {
  const store = new SlotStore(config.slots_dir, config.factory_dir);
  const current = store.current();
  if (current === null) return 'factory';
  const dir = store.dirOf(current);
  const m = parseManifest(readFileSync(join(dir, 'manifest.json')));
  for (const [p, f] of Object.entries(m.files))
    assert.equal(
      createHash('sha256')
        .update(readFileSync(join(dir, p)))
        .digest('hex'),
      f.sha256,
      `${current}/${p}`,
    );
  return current;
}

test('power cut: an install killed at random moments always leaves a complete slot that starts', async () => {
  const { root, config } = makeSpeaker(keys);
  const runLog = join(root, 'runs.log');
  const versions = Array.from({ length: 14 }, (_, i) => `1.${i + 1}.0`);
  const bundles = await Promise.all(versions.map((v) => makeBundle(makeApp(root, v, 'healthy', 300), keys)));
  /** Runs the install of bundle i in a child; kills it `killAfter(ms of a whole install)` ms into the install. */
  const install = (i: number, killAfter?: number): Promise<{ code: number | null; ms: number }> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [APPLY, bundles[i]!, JSON.stringify(config)], {
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      let began = 0;
      let killer: NodeJS.Timeout | undefined;
      child.stdout.on('data', (d: Buffer) => {
        if (began || !d.toString().includes('start')) return;
        began = Date.now();
        if (killAfter !== undefined) killer = setTimeout(() => child.kill('SIGKILL'), killAfter);
      });
      child.on('exit', (code) => {
        clearTimeout(killer);
        resolve({ code, ms: Date.now() - began });
      });
    });
  // How long one install takes here (after the child's start-up), to spread the kills over it.
  const full = await install(0);
  assert.equal(full.code, 0);
  rmSync(config.slots_dir, { recursive: true, force: true });

  const seen = new Set<string>();
  for (let i = 1; i < versions.length; i++) {
    const killAt = Math.round(((i - 1 + Math.random()) / (versions.length - 1)) * full.ms * 1.1);
    const { code } = await install(i, killAt);
    const slot = bootableAndComplete(config);
    seen.add(code === 0 ? 'finished' : slot === versions[i] ? 'switched' : 'old slot');
    const r = await start(config, runLog, 1_000);
    const ran = runs(runLog).at(-1)!.split(' ')[0]!;
    assert.equal(ran, slot === 'factory' ? '1.0.0' : slot, `killed at ${killAt} ms: the launcher ran the slot on disk`);
    assert.equal(r.code, 0, r.log);
  }
  // After all that, an install still goes through (stale lock and half-made folders cleaned up).
  const last = await makeBundle(makeApp(root, '2.0.0', 'healthy'), keys);
  assert.equal((await applyUpdate(last, { config, log })).version, '2.0.0');
  assert.deepEqual(new SlotStore(config.slots_dir, config.factory_dir).incoming(), [], 'no half-made slot left');
  console.log(`# power cut: one install ${full.ms} ms; outcomes seen: ${[...seen].sort().join(', ')}`);
  rmSync(root, { recursive: true, force: true });
});
