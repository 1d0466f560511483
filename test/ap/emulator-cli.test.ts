/** `spotlet-emulator` as a user runs it, and a speaker booting against it with stored credentials. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { AUTH_TYPE } from '../../src/ap/index.js';
import { startSpeaker } from '../../src/speaker/index.js';
import { REPO_ROOT } from '../support/vectors.js';
import { emulator, session, testCatalog, until } from './helpers.js';

test('spotlet-emulator: first stdout line is the JSON description; --write-config gives a working speaker config; SIGTERM stops it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-emu-cli-'));
  const conf = join(dir, 'spotlet.conf');
  const child = spawn(
    process.execPath,
    [join(REPO_ROOT, 'dist/tools/cli/spotlet-emulator.js'), '--catalog', testCatalog().dir, '--write-config', conf],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, SPOTLET_LOG_LEVEL: 'error' },
    },
  );
  try {
    const first = await new Promise<string>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('no output within 15 s')), 15_000);
      createInterface({ input: child.stdout! }).once('line', (l) => {
        clearTimeout(t);
        resolve(l);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
    });
    const d = JSON.parse(first);
    assert.match(d.ap, /^127\.0\.0\.1:\d+$/);
    assert.match(d.apresolve, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.match(d.apPublicKeyPem, /^-----BEGIN PUBLIC KEY-----/);
    assert.ok(
      d.accounts.length >= 1 &&
        d.accounts.every(
          (a: { username: string; password: string; storedCredential: string }) =>
            a.username && a.password && Buffer.from(a.storedCredential, 'base64').length > 0,
        ),
    );
    assert.ok(
      d.tracks.length >= 2 &&
        d.tracks.every(
          (t: { gid: string; fileId: string; key: string }) =>
            /^[0-9a-f]{32}$/.test(t.gid) && /^[0-9a-f]{40}$/.test(t.fileId) && /^[0-9a-f]{32}$/.test(t.key),
        ),
    );
    assert.ok(d.mercury.every((u: string) => u.startsWith('hm://')));
    assert.match(readFileSync(conf, 'utf8'), /\[spotify\]/);

    // A speaker whose state holds the printed stored credential boots straight to "ready" with that config.
    const stateDir = join(dir, 'state');
    const acct = d.accounts[0];
    mkdirSync(stateDir);
    writeFileSync(
      join(stateDir, 'credentials.json'),
      JSON.stringify({
        username: acct.username,
        authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS,
        authData: acct.storedCredential,
      }),
    );
    const speaker = await startSpeaker({
      argv: ['--config', conf, '--state-dir', stateDir, '--api-port', '0'],
      env: { SPOTLET_LOG_LEVEL: 'error' },
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`speaker state ${speaker.supervisor.state}`)), 5_000);
        const check = (): void => {
          if (speaker.supervisor.state !== 'ready') return;
          clearTimeout(t);
          resolve();
        };
        speaker.supervisor.on('state', check);
        check();
      });
      assert.equal(speaker.session.info?.username, acct.username);
      const t = d.tracks.find((x: { refused: boolean }) => !x.refused);
      const key = await speaker.session.audioKeys.request(Buffer.from(t.gid, 'hex'), Buffer.from(t.fileId, 'hex'));
      assert.equal(key.toString('hex'), t.key);
    } finally {
      await speaker.stop();
    }
  } finally {
    child.kill('SIGTERM');
  }
  const code = await new Promise<number | null>((r) =>
    child.exitCode !== null ? r(child.exitCode) : child.once('exit', (c) => r(c)),
  );
  assert.equal(code, 0);
});

test('speaker: no credentials → waiting-for-user; a zeroconf login through the receiver → ready, credentials stored', async () => {
  const emu = await emulator();
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-speaker-'));
  const keyFile = join(dir, 'ap.pem');
  writeFileSync(keyFile, emu.apPublicKeyPem);
  const speaker = await startSpeaker({
    argv: ['--state-dir', join(dir, 'state'), '--ap', emu.endpoints.ap!, '--ap-key', keyFile, '--api-port', '0'],
    env: { SPOTLET_LOG_LEVEL: 'error' },
  });
  try {
    assert.equal(speaker.supervisor.state, 'waiting-for-user');
    const a = emu.accounts.list[0]!;
    const states: string[] = [];
    speaker.supervisor.on('state', (s) => states.push(s));
    assert.deepEqual(
      await speaker.credentialsReceiver.login({ username: a.username, authType: 1, authData: a.storedCredential }),
      { username: a.username },
    );
    assert.deepEqual(states, ['connecting', 'ready']);
    assert.equal(speaker.state.credentials?.username, a.username);
    // The saved credentials are reusable: a fresh session logs in with them.
    const again = session(emu);
    assert.equal((await again.login(speaker.state.credentials!)).username, a.username);
    await again.close();
    // zeroconf resetUsers: the session ends, the credentials are forgotten, the speaker waits for a phone.
    await speaker.credentialsReceiver.logout!();
    assert.equal(speaker.session.state, 'closed');
    assert.equal(speaker.state.credentials, undefined);
    assert.equal(speaker.supervisor.state, 'waiting-for-user');
    await until(() => emu.ap.connections === 0, 2_000, 'the AP connection to close');
  } finally {
    await speaker.stop();
    await emu.stop();
  }
});

test('speaker: stored credentials Spotify no longer accepts are forgotten; the speaker shows the error', async () => {
  const emu = await emulator();
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-speaker-'));
  const stateDir = join(dir, 'state');
  mkdirSync(stateDir);
  writeFileSync(join(dir, 'ap.pem'), emu.apPublicKeyPem);
  writeFileSync(
    join(stateDir, 'credentials.json'),
    JSON.stringify({ username: 'spotlet-test-user', authType: 1, authData: Buffer.from('revoked').toString('base64') }),
  );
  const speaker = await startSpeaker({
    argv: ['--state-dir', stateDir, '--ap', emu.endpoints.ap!, '--ap-key', join(dir, 'ap.pem'), '--api-port', '0'],
    env: { SPOTLET_LOG_LEVEL: 'error' },
  });
  try {
    const end = Date.now() + 5_000;
    while (speaker.supervisor.state !== 'error' && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    assert.equal(speaker.supervisor.state, 'error');
    assert.equal(speaker.state.credentials, undefined);
    assert.throws(() => readFileSync(join(stateDir, 'credentials.json')), /ENOENT/);
    assert.equal(emu.ap.logins, 0);
  } finally {
    await speaker.stop();
    await emu.stop();
  }
});
