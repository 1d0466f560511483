/** Public face of the event hook: a program run on player events with librespot's `--onevent` contract. */
export { eventsSection, type EventsConfig } from './config.js';
export { EventHook, type EventHookOptions } from './hook.js';
export { PlayerEventEnv, type HookEnv } from './player-event-env.js';
