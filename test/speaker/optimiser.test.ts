/**
 * V8's optimising compiler is held back while the speaker waits for its user (its code would stay in RSS for
 * good, ~4 MB of a small board's memory), and is released once a user logs in, so the audio path runs at full
 * speed. The speaker runs as the image ships it (bundled), with V8 tracing what it optimises on stdout (the log
 * goes to stderr). Run from dist/ unbundled, loading its ~90 modules gets a few of Node's own loader functions
 * optimised before the CLI's first line runs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUTH_TYPE } from '../../src/ap/index.js';
import { Catalog, makeSampleCatalog, startEmulator } from '../../tools/emulator/index.js';
import { getInfo, loginToSpeaker } from '../../tools/phone/index.js';
import { bundledSpeaker, loopbackSpeakerArgs } from '../support/bundled-speaker.js';
import { waitFor } from '../support/field.js';
import { REPO_ROOT } from '../support/vectors.js';
import { freePort } from '../support/free-port.js';

/** A line V8's --trace-opt prints when it takes up a function for optimisation. */
const OPTIMISING = /^\[(marking|compiling method|completed optimizing)/m;

/** Resolves once a getInfo request on `agent`'s connections is answered (the flood's unit of work). */
function getInfoOn(port: number, agent: Agent): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/?action=getInfo', agent }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end();
  });
}

test('a waiting speaker optimises nothing under a getInfo flood; once a user logs in it optimises again', async (t) => {
  const emulator = await startEmulator({
    catalog: Catalog.load(makeSampleCatalog(join(tmpdir(), 'spotlet-ap-test-catalog'), { tracks: 2, seconds: 1 })),
  });
  const bundled = bundledSpeaker(REPO_ROOT);
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-optimiser-'));
  const apKey = join(dir, 'ap-key.pem');
  writeFileSync(apKey, emulator.apPublicKeyPem);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      '--trace-opt',
      bundled.entry,
      ...loopbackSpeakerArgs({ port, stateDir: join(dir, 'state'), ap: emulator.endpoints.ap!, apKey }),
    ],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  let trace = '';
  child.stdout!.on('data', (d: Buffer) => {
    trace += d.toString();
  });
  t.after(async () => {
    child.kill('SIGKILL');
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(bundled.root, { recursive: true, force: true });
  });

  const url = `http://127.0.0.1:${port}/`;
  await waitFor(() => getInfo(url).catch(() => undefined), 10_000, 'getInfo');
  // 16 keep-alive connections for 2 s: thousands of requests, far more than V8 needs to optimise their path.
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const until = Date.now() + 2000;
  let answered = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (Date.now() < until) {
        await getInfoOn(port, agent);
        answered++;
      }
    }),
  );
  agent.destroy();
  assert.ok(answered > 1000, `${answered} getInfo requests answered`);
  assert.doesNotMatch(trace, OPTIMISING, 'nothing optimised while the speaker waits for its user');

  const account = emulator.accounts.list.find((a) => a.premium)!;
  const login = await loginToSpeaker(url, {
    userName: account.username,
    authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS,
    authData: account.storedCredential,
  });
  assert.equal(login.addUser.body.status, 101, JSON.stringify(login.addUser.body));
  // The logged-in speaker warms up its audio path (a decode of a short file): hot code is optimised again.
  await waitFor(() => OPTIMISING.test(trace), 20_000, 'V8 optimising after the login');
});
