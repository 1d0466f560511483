/**
 * The user session: Connect runs for one user at a time (docs/protocol/06 §1: the dealer, the login5 token and the
 * cluster are the user's). An explicit state machine follows the AP session's user: the same user again (a
 * reconnect) keeps Connect playing; another user first stops the old Connect (inactive in the old cluster, its
 * dealer closed), then starts one for the new user, which fetches that user's tokens; a logout stops it. While
 * the part is halted (shutdown) a login starts nothing. Changes run one at a time, in the order asked, and
 * every phase change goes through `nextPhase`, which refuses a transition the machine does not have.
 */
import { EventEmitter } from 'node:events';
import { SpotletError } from '../core/errors.js';
import type { Logger } from '../core/log.js';

/** Where the session is; `S` is the service run for a user (Connect). */
export type SessionPhase<S> =
  | { name: 'no-user' }
  | { name: 'starting'; user: string }
  | { name: 'serving'; user: string; service: S }
  | { name: 'stopping'; user: string }
  | { name: 'halted' };

/** What moves the session from one phase to the next. */
export type SessionStep<S> =
  | { name: 'start'; user: string }
  | { name: 'started'; service: S }
  | { name: 'failed' }
  | { name: 'stop' }
  | { name: 'stopped' }
  | { name: 'halt' }
  | { name: 'resume' };

/** A step the session's phase does not allow (a bug, never a user's doing). */
export class SessionTransitionError extends SpotletError {
  constructor(from: string, step: string) {
    super('ERR_SESSION_TRANSITION', `the user session cannot ${step} while ${from}`);
  }
}

/**
 * The transitions: no-user → starting → serving (or back to no-user when starting failed), serving → stopping
 * → no-user, no-user ⇄ halted. Anything else throws SessionTransitionError.
 */
export function nextPhase<S>(phase: SessionPhase<S>, step: SessionStep<S>): SessionPhase<S> {
  switch (step.name) {
    case 'start':
      if (phase.name === 'no-user') return { name: 'starting', user: step.user };
      break;
    case 'started':
      if (phase.name === 'starting') return { name: 'serving', user: phase.user, service: step.service };
      break;
    case 'failed':
      if (phase.name === 'starting') return { name: 'no-user' };
      break;
    case 'stop':
      if (phase.name === 'serving') return { name: 'stopping', user: phase.user };
      break;
    case 'stopped':
      if (phase.name === 'stopping') return { name: 'no-user' };
      break;
    case 'halt':
      if (phase.name === 'no-user') return { name: 'halted' };
      break;
    case 'resume':
      if (phase.name === 'halted') return { name: 'no-user' };
      break;
  }
  throw new SessionTransitionError(phase.name, step.name);
}

export interface UserSessionOptions<S> {
  /** Builds and starts the service of `user`; a rejection leaves the session without a user. */
  start(user: string): Promise<S>;
  /** Ends a user's service (it leaves their cluster). */
  stop(service: S): Promise<void>;
  log: Logger;
}

export interface UserSessionEvents<S> {
  phase: [phase: SessionPhase<S>];
}

export class UserSession<S> extends EventEmitter<UserSessionEvents<S>> {
  #o: UserSessionOptions<S>;
  #phase: SessionPhase<S> = { name: 'no-user' };
  #changes: Promise<void> = Promise.resolve();

  constructor(o: UserSessionOptions<S>) {
    super();
    this.#o = o;
  }

  get phase(): SessionPhase<S> {
    return this.#phase;
  }

  /** The service of the user being served, if any. */
  get service(): S | undefined {
    return this.#phase.name === 'serving' ? this.#phase.service : undefined;
  }

  /** Serves `user` (undefined: nobody), after the changes asked for before. */
  follow(user: string | undefined): Promise<void> {
    return this.#queue(() => this.#follow(user));
  }

  /** Stops serving, and starts nothing until `resume` (the part stops). */
  halt(): Promise<void> {
    return this.#queue(async () => {
      if (this.#phase.name === 'halted') return;
      await this.#follow(undefined);
      this.#step({ name: 'halt' });
    });
  }

  /** Lifts a halt and serves `user` (the part starts: the AP session's user, if it is logged in). */
  resume(user: string | undefined): Promise<void> {
    return this.#queue(async () => {
      if (this.#phase.name === 'halted') this.#step({ name: 'resume' });
      await this.#follow(user);
    });
  }

  /** Resolves once the changes asked for so far are done. */
  settled(): Promise<void> {
    return this.#changes;
  }

  async #follow(user: string | undefined): Promise<void> {
    const phase = this.#phase;
    if (phase.name === 'halted') return; // a login that lands during shutdown starts nothing
    if (phase.name === 'serving') {
      if (phase.user === user) return;
      this.#o.log.info('connect stopped', { reason: user === undefined ? 'no user' : 'another user logged in' });
      this.#step({ name: 'stop' });
      try {
        await this.#o.stop(phase.service);
      } finally {
        this.#step({ name: 'stopped' });
      }
    }
    if (user === undefined) return;
    this.#step({ name: 'start', user });
    let service: S;
    try {
      service = await this.#o.start(user);
    } catch (err) {
      this.#step({ name: 'failed' });
      this.#o.log.error('connect failed to start', { err });
      return;
    }
    this.#step({ name: 'started', service });
  }

  #queue(change: () => Promise<void>): Promise<void> {
    this.#changes = this.#changes
      .then(change)
      .catch((err: unknown) => this.#o.log.error('user session change failed', { err }));
    return this.#changes;
  }

  #step(step: SessionStep<S>): void {
    this.#phase = nextPhase(this.#phase, step);
    this.emit('phase', this.#phase);
  }
}
