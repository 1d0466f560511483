/**
 * The user session as a state machine: the transitions it has, the ones it refuses, and changes asked for at
 * once running one after another (never two users' Connect at the same time, the last user asked for wins).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger } from '../../src/core/log.js';
import { nextPhase, SessionTransitionError, type SessionPhase, type SessionStep } from '../../src/speaker/index.js';
import { UserSession } from '../../src/speaker/user-session.js';

type Phase = SessionPhase<string>;
type Step = SessionStep<string>;

const PHASES: Phase[] = [
  { name: 'no-user' },
  { name: 'starting', user: 'alice' },
  { name: 'serving', user: 'alice', service: 'connect of alice' },
  { name: 'stopping', user: 'alice' },
  { name: 'halted' },
];
const STEPS: Step[] = [
  { name: 'start', user: 'bob' },
  { name: 'started', service: 'connect of alice' },
  { name: 'failed' },
  { name: 'stop' },
  { name: 'stopped' },
  { name: 'halt' },
  { name: 'resume' },
];

test('user session: login → starting → serving, logout → stopping → no user; a failed start leaves no user', () => {
  let p: Phase = { name: 'no-user' };
  p = nextPhase(p, { name: 'start', user: 'alice' });
  assert.deepEqual(p, { name: 'starting', user: 'alice' });
  p = nextPhase(p, { name: 'started', service: 'connect of alice' });
  assert.deepEqual(p, { name: 'serving', user: 'alice', service: 'connect of alice' });
  p = nextPhase(p, { name: 'stop' });
  assert.deepEqual(p, { name: 'stopping', user: 'alice' });
  p = nextPhase(p, { name: 'stopped' });
  assert.deepEqual(p, { name: 'no-user' });
  assert.deepEqual(nextPhase({ name: 'starting', user: 'bob' }, { name: 'failed' }), { name: 'no-user' });
  assert.deepEqual(nextPhase(nextPhase(p, { name: 'halt' }), { name: 'resume' }), { name: 'no-user' });
});

test('user session: every transition it does not have is refused (ERR_SESSION_TRANSITION), e.g. a second user while one is served', () => {
  const legal = new Set([
    'no-user start',
    'no-user halt',
    'starting started',
    'starting failed',
    'serving stop',
    'stopping stopped',
    'halted resume',
  ]);
  let refused = 0;
  for (const phase of PHASES)
    for (const step of STEPS) {
      const what = `${phase.name} ${step.name}`;
      if (legal.has(what)) assert.doesNotThrow(() => nextPhase(phase, step), what);
      else {
        assert.throws(
          () => nextPhase(phase, step),
          (err: unknown) => err instanceof SessionTransitionError && err.code === 'ERR_SESSION_TRANSITION',
          what,
        );
        refused++;
      }
    }
  assert.equal(refused, PHASES.length * STEPS.length - legal.size);
});

test('user session: changes asked at once run in order, one user served at a time; halted, a login starts nothing', async () => {
  const delay = () => new Promise((r) => setTimeout(r, 15));
  const running = new Set<string>();
  const order: string[] = [];
  let most = 0;
  const sessions = new UserSession<string>({
    log: createLogger('test'),
    async start(user) {
      await delay();
      if (user === 'mallory') throw new Error('login5 refused');
      running.add(user);
      most = Math.max(most, running.size);
      order.push(`start ${user}`);
      return user;
    },
    async stop(service) {
      await delay();
      running.delete(service);
      order.push(`stop ${service}`);
    },
  });
  void sessions.follow('alice');
  void sessions.follow('bob');
  void sessions.follow('bob'); // the same user again (a reconnect): nothing
  void sessions.follow(undefined);
  await sessions.follow('alice');
  assert.deepEqual(order, ['start alice', 'stop alice', 'start bob', 'stop bob', 'start alice']);
  assert.equal(most, 1, 'never two users served at once');
  assert.deepEqual(sessions.phase, { name: 'serving', user: 'alice', service: 'alice' });

  await sessions.halt();
  await sessions.follow('bob');
  assert.deepEqual(sessions.phase, { name: 'halted' }, 'a login while halted starts nothing');
  assert.equal(order.at(-1), 'stop alice');
  await sessions.resume('bob');
  assert.equal(sessions.service, 'bob');

  await sessions.follow('mallory');
  assert.deepEqual(sessions.phase, { name: 'no-user' }, 'a start that failed leaves no user');
  await sessions.follow('alice');
  assert.equal(sessions.service, 'alice', 'and the next login starts again');
});
