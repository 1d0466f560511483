/**
 * Public face of the speaker: `startSpeaker` builds and runs it; its command port is how anything acts on it
 * (the app's commands, the buttons, local callers) and reads it (status, events).
 */
export { startSpeaker, type Speaker, type StartOptions } from './root.js';
export { SpeakerRunner } from './runner.js';
export { DeviceLogin, type DeviceLoginStatus } from './device-login.js';
export { configHelp, configSections, type SpeakerConfig } from './config.js';
export type { SpeakerDevice, SpeakerEvent, SpeakerPort, SpeakerStatus, TrackStatus } from './command-port.js';
export { BUTTON_COMMANDS, routeButton, type ButtonContext } from './buttons.js';
export { deriveSpeakerState, type SpeakerStateInput } from './speaker-state.js';
export { nextPhase, SessionTransitionError, type SessionPhase, type SessionStep } from './user-session.js';
export type {
  Command,
  CommandKind,
  CommandResult,
  CommandSource,
  CommandTrack,
  QueueOptions,
  TrackProvider,
  TrackRef,
} from '../connect/index.js';
