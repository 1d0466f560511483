import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger, setLogSink } from '../../src/core/log.js';
import { ConfigError } from '../../src/core/errors.js';
import { Supervisor, type Part } from '../../src/supervisor/index.js';

const quiet = <T>(fn: () => Promise<T>): Promise<T> => {
  const restore = setLogSink(() => {});
  return fn().finally(restore);
};

/** A part that counts starts/stops and can be made to fail while running. */
function countingPart(name: string, stopMs = 0): Part & { starts: number; stops: number; failNow(): void } {
  let fail: ((err: unknown) => void) | undefined;
  const part = {
    name,
    starts: 0,
    stops: 0,
    async start(f: (err: unknown) => void) {
      part.starts++;
      fail = f;
    },
    async stop() {
      part.stops++;
      if (stopMs) await new Promise((r) => setTimeout(r, stopMs));
    },
    failNow() {
      fail?.(new Error(`${name} broke`));
    },
  };
  return part;
}

test('a failed part is restarted with growing backoff while the others keep running', () =>
  quiet(async () => {
    const sup = new Supervisor({ log: createLogger('test'), backoffMinMs: 40, backoffMaxMs: 1000 });
    const steady = countingPart('steady');
    const flaky = countingPart('flaky');
    const delays: number[] = [];
    sup.on('restart', (name, _attempt, delay) => name === 'flaky' && delays.push(delay));
    sup.add(steady);
    sup.add(flaky);
    await sup.start();
    for (let i = 0; i < 3; i++) {
      flaky.failNow();
      assert.equal(sup.isRunning('flaky'), false);
      assert.equal(sup.isRunning('steady'), true);
      await new Promise((r) => setTimeout(r, delays.at(-1)! + 30));
      assert.equal(sup.isRunning('flaky'), true, `restarted after failure ${i + 1}`);
    }
    assert.deepEqual(delays, [40, 80, 160]);
    assert.equal(flaky.starts, 4);
    assert.equal(flaky.stops, 3, 'the failed run is stopped before the restart');
    assert.deepEqual([steady.starts, steady.stops], [1, 0], 'the other part was never touched');
    await sup.shutdown();
    assert.equal(steady.stops, 1);
  }));

test('a part whose start throws is retried in the background; boot goes on', () =>
  quiet(async () => {
    const sup = new Supervisor({ log: createLogger('test'), backoffMinMs: 30 });
    let attempts = 0;
    const after = countingPart('after');
    sup.add({
      name: 'broken-at-boot',
      async start() {
        if (++attempts < 3) throw new Error('not yet');
      },
      async stop() {},
    });
    sup.add(after);
    await sup.start();
    assert.equal(sup.isRunning('after'), true);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(attempts, 3);
    assert.equal(sup.isRunning('broken-at-boot'), true);
    await sup.shutdown();
  }));

test('a part refused by its configuration is not restarted: the speaker shows the error and the others run', () =>
  quiet(async () => {
    const sup = new Supervisor({ log: createLogger('test'), backoffMinMs: 20 });
    let attempts = 0;
    const other = countingPart('other');
    sup.add({
      name: 'board',
      async start() {
        attempts++;
        throw new ConfigError('button next and button previous are both on GPIO 17');
      },
      async stop() {},
    });
    sup.add(other);
    await sup.start();
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(attempts, 1, 'no retries of a configuration mistake');
    assert.equal(sup.state, 'error');
    assert.equal(sup.isRunning('other'), true);
    await sup.shutdown();
  }));

test('shutdown stops parts in reverse order, within the deadline, even past a part that hangs', () =>
  quiet(async () => {
    const sup = new Supervisor({ log: createLogger('test'), shutdownDeadlineMs: 300 });
    const order: string[] = [];
    for (const name of ['first', 'second']) {
      sup.add({ name, start: async () => {}, stop: async () => void order.push(name) });
    }
    sup.add({ name: 'hangs', start: async () => {}, stop: () => new Promise(() => {}) });
    await sup.start();
    const t0 = Date.now();
    await sup.shutdown();
    const ms = Date.now() - t0;
    assert.ok(ms < 400, `shutdown took ${ms} ms`);
    assert.deepEqual(order, ['second', 'first'], 'a hanging part does not keep the others from stopping');
  }));
