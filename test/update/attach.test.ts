/**
 * The running speaker's side of an update: on trial (a launcher's child with an IPC channel) it reports every
 * speaker state to the launcher; the start right after a rollback logs why and shows the error state (the LED's
 * error pattern) with the reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const HARNESS = fileURLToPath(new URL('./attach-harness.js', import.meta.url));

function runHarness(env: NodeJS.ProcessEnv): Promise<{ messages: { type: string; state: string }[]; stderr: string }> {
  return new Promise((resolve) => {
    const child = fork(HARNESS, [], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const messages: { type: string; state: string }[] = [];
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d));
    child.on('message', (m) => messages.push(m as { type: string; state: string }));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve({ messages, stderr });
    });
  });
}

test('on trial, every speaker state goes to the launcher', async () => {
  const { messages } = await runHarness({ SPOTLET_LAUNCH_NOTICE: '' });
  assert.deepEqual(
    messages.map((m) => `${m.type}:${m.state}`),
    ['spotlet-state:booting', 'spotlet-state:connecting', 'spotlet-state:ready', 'done:ready'],
  );
});

test('after a rollback the speaker logs why and shows the error state with the reason', async () => {
  const notice = 'update 1.2.0 rolled back to 1.1.0: 3 starts without reaching a healthy state for 60 s';
  const { messages, stderr } = await runHarness({ SPOTLET_LAUNCH_NOTICE: notice });
  assert.equal(messages[1]?.state, 'error');
  const lines = stderr
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  assert.ok(lines.some((l) => l.level === 'error' && l.msg === 'update rolled back' && l.reason === notice));
  assert.ok(lines.some((l) => l.msg === 'speaker state' && l.state === 'error' && l.reason === notice));
});
