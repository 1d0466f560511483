/**
 * Crash safety (#13): `kill -9` at random moments, 1000 times, while credentials, the volume and device ids are
 * being written. Every restart must load a complete old or new state, never a corrupt one, and never lose the
 * credentials. Four writers on four state directories run at once to bound the time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, setLogSink } from '../../src/core/log.js';
import { StateStore } from '../../src/core/state.js';
import { REPO_ROOT } from '../support/vectors.js';

const WRITER = join(REPO_ROOT, 'dist', 'test', 'support', 'state-writer.js');
const KILLS = 1000;
const WRITERS = 4;

test(`kill -9 at random moments, ${KILLS} times, while the state is written: every restart loads a whole state`, {
  timeout: 400_000,
}, async () => {
  const lines: string[] = [];
  const restore = setLogSink((l) => lines.push(l));
  const dirs = Array.from({ length: WRITERS }, () => mkdtempSync(join(tmpdir(), 'spotlet-crash-')));
  try {
    const kills = await Promise.all(dirs.map((dir) => killLoop(dir, KILLS / WRITERS)));
    assert.equal(
      kills.reduce((a, b) => a + b, 0),
      KILLS,
    );
    assert.deepEqual(
      lines.filter((l) => l.includes('corrupt')),
      [],
      'no state file was ever found corrupt',
    );
  } finally {
    restore();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
});

/** Starts a writer, kills it at a random moment, checks the state; `rounds` times. Returns the kills done. */
async function killLoop(dir: string, rounds: number): Promise<number> {
  let last = -1;
  for (let round = 0; round < rounds; round++) {
    const child = spawn(process.execPath, [WRITER, dir, String(last + 1)], { stdio: ['ignore', 'pipe', 'ignore'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout!.once('data', () => resolve());
      child.once('exit', (code) => reject(new Error(`writer exited early (${code})`)));
    });
    await new Promise((r) => setTimeout(r, Math.random() * 30));
    child.kill('SIGKILL');
    await once(child, 'exit');

    // What the speaker would find at its next start.
    const deviceBefore = existsSync(join(dir, 'device.json')) ? readFileSync(join(dir, 'device.json'), 'utf8') : '';
    const store = new StateStore(dir, createLogger('check'));
    await store.open();
    const c = store.credentials;
    assert.ok(c, `round ${round}: credentials lost`);
    const n = Number(/^user-(\d+)$/.exec(c.username)?.[1] ?? Number.NaN);
    assert.ok(n >= last, `round ${round}: credentials of round ${n} after round ${last} (older than before)`);
    assert.equal(c.authType, 1);
    assert.ok(
      c.authData.length === 200 && c.authData.every((b) => b === n % 256),
      `round ${round}: the credentials of round ${n} are whole`,
    );
    const volume = store.settings.volume;
    assert.ok(volume !== undefined && Number.isInteger(volume), `round ${round}: the volume is there`);
    assert.match(store.deviceId, /^[0-9a-f]{40}$/);
    if (deviceBefore) assert.equal(JSON.parse(deviceBefore).deviceId, store.deviceId, 'a written device id is kept');
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
      'temp files of the killed writer are cleaned up at open',
    );
    last = n;
  }
  return rounds;
}
