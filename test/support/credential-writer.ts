/**
 * Child process for the crash-safety test: saves credentials in a tight loop until it is killed.
 * Usage: node credential-writer.js <state dir>. Prints "ready" after the first completed write.
 */
import { randomBytes } from 'node:crypto';
import { createLogger } from '../../src/core/log.js';
import { StateStore } from '../../src/core/state.js';

const store = new StateStore(process.argv[2]!, createLogger('writer'));
await store.open();
for (let i = 0; i < 1_000_000; i++) {
  await store.saveCredentials({ username: `user-${i}`, authType: 1, authData: randomBytes(200) });
  if (i === 0) process.stdout.write('ready\n');
}
