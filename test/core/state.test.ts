import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, setLogSink } from '../../src/core/log.js';
import { StateStore } from '../../src/core/state.js';

const log = createLogger('test');

test('device id is generated once and stays stable', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-state-'));
  const a = new StateStore(dir, log);
  await a.open();
  assert.match(a.deviceId, /^[0-9a-f]{40}$/);
  const b = new StateStore(dir, log);
  await b.open();
  assert.equal(b.deviceId, a.deviceId);
});

test('credentials persist with mode 0600 and can be cleared', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-state-'));
  const a = new StateStore(dir, log);
  await a.open();
  await a.saveCredentials({ username: 'alice', authType: 1, authData: Buffer.from('reusable') });
  assert.equal(statSync(join(dir, 'credentials.json')).mode & 0o777, 0o600);
  const b = new StateStore(dir, log);
  await b.open();
  assert.equal(b.credentials?.username, 'alice');
  assert.equal(b.credentials?.authData.toString(), 'reusable');
  await b.clearCredentials();
  const c = new StateStore(dir, log);
  await c.open();
  assert.equal(c.credentials, undefined);
});

test('a corrupt file is moved aside with a logged reason; the rest survives', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-state-'));
  const a = new StateStore(dir, log);
  await a.open();
  await a.updateSettings({ volume: 30000 });
  writeFileSync(join(dir, 'credentials.json'), '{"username":"al');
  const lines: string[] = [];
  const restore = setLogSink((l) => lines.push(l));
  const b = new StateStore(dir, log);
  try {
    await b.open();
  } finally {
    restore();
  }
  assert.equal(b.credentials, undefined);
  assert.equal(b.deviceId, a.deviceId);
  assert.equal(b.settings.volume, 30000);
  assert.ok(readdirSync(dir).some((f) => f.startsWith('credentials.json.corrupt-')));
  assert.ok(lines.some((l) => JSON.parse(l).msg === 'state file corrupt, moved aside'));
  assert.ok(!readdirSync(dir).some((f) => f.endsWith('.tmp')));
});

test('concurrent writes land in call order and never leave temp files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-state-'));
  const a = new StateStore(dir, log);
  await a.open();
  await Promise.all(Array.from({ length: 20 }, (_, i) => a.updateSettings({ volume: i * 100 })));
  assert.equal(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')).volume, 1900);
  assert.ok(!readdirSync(dir).some((f) => f.endsWith('.tmp')));
});

test('secrets never reach the log', () => {
  const lines: string[] = [];
  const restore = setLogSink((l) => lines.push(l));
  try {
    log.info('login', {
      username: 'alice',
      password: 'hunter2',
      authData: Buffer.from('x'),
      nested: { accessToken: 'tok' },
    });
  } finally {
    restore();
  }
  assert.doesNotMatch(lines[0]!, /hunter2|"tok"/);
  assert.match(lines[0]!, /alice/);
});
