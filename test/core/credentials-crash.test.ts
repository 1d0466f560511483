import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, setLogSink } from '../../src/core/log.js';
import { StateStore } from '../../src/core/state.js';
import { REPO_ROOT } from '../support/vectors.js';

const WRITER = join(REPO_ROOT, 'dist', 'test', 'support', 'credential-writer.js');

test('kill -9 during credential writes never leaves a corrupt or empty credentials file', {
  timeout: 60_000,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-crash-'));
  const lines: string[] = [];
  const restore = setLogSink((l) => lines.push(l));
  try {
    let lastSeen = -1;
    for (let round = 0; round < 50; round++) {
      const child = spawn(process.execPath, [WRITER, dir], { stdio: ['ignore', 'pipe', 'ignore'] });
      await new Promise<void>((resolve, reject) => {
        child.stdout!.once('data', () => resolve());
        child.once('exit', (code) => reject(new Error(`writer exited early (${code})`)));
      });
      await new Promise((r) => setTimeout(r, Math.random() * 25));
      child.kill('SIGKILL');
      await once(child, 'exit');

      const store = new StateStore(dir, createLogger('check'));
      await store.open();
      const c = store.credentials;
      assert.ok(c, `round ${round}: credentials lost`);
      assert.match(c.username, /^user-\d+$/);
      assert.equal(c.authType, 1);
      assert.equal(c.authData.length, 200, `round ${round}: torn credentials`);
      lastSeen = Number(c.username.slice(5));
    }
    assert.ok(lastSeen >= 0);
    assert.ok(!lines.some((l) => l.includes('corrupt')), 'no file was ever found corrupt');
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
      'temp files of killed writers are cleaned up at open',
    );
  } finally {
    restore();
    rmSync(dir, { recursive: true, force: true });
  }
});
