/**
 * Public face of the speaker: `startSpeaker` builds and runs it; its command port (the contract in src/port) is
 * how anything acts on it (the app's commands, the buttons, local callers) and reads it (status, events).
 */
export { startSpeaker, type Speaker, type StartOptions } from './root.js';
export { SpeakerRunner } from './runner.js';
export { DeviceLogin } from './device-login.js';
export { configHelp, configSections, type SpeakerConfig } from './config.js';
export { BUTTON_COMMANDS, routeButton, type ButtonContext } from './buttons.js';
export { deriveSpeakerState, type SpeakerStateInput } from './speaker-state.js';
export { nextPhase, SessionTransitionError, type SessionPhase, type SessionStep } from './user-session.js';
