/**
 * Child process for the crash-safety test: writes the speaker's state (credentials, volume and, every few rounds,
 * a new device id) in a tight loop until it is killed. Round N writes credentials `user-N` whose 200 bytes are all
 * N % 256 and volume N, so a torn or mixed file shows. Usage: node state-writer.js <state dir>; prints "ready"
 * after its first round.
 */
import { unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '../../src/core/log.js';
import { StateStore } from '../../src/core/state.js';

const dir = process.argv[2]!;
let store = new StateStore(dir, createLogger('writer'));
await store.open();
for (let i = Number(process.argv[3] ?? 0); i < 10_000_000; i++) {
  await Promise.all([
    store.saveCredentials({ username: `user-${i}`, authType: 1, authData: Buffer.alloc(200, i % 256) }),
    store.updateSettings({ volume: i % 65536 }),
  ]);
  if (i % 7 === 3) {
    // A speaker whose device id is gone makes and writes a new one when it opens its state.
    unlinkSync(join(dir, 'device.json'));
    store = new StateStore(dir, createLogger('writer'));
    await store.open();
  }
  if (i === Number(process.argv[3] ?? 0)) process.stdout.write('ready\n');
}
