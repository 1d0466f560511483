/**
 * Public face of Connect: the command vocabulary, the decoding of the app's dealer traffic into it, the playback
 * controller that carries commands out, and the device that keeps the cluster informed.
 */
export {
  ConnectController,
  EmptyContextError,
  type ContextResolver,
  type ControllerEvents,
  type ControllerOptions,
  type PlayerStateSnapshot,
  type PlayRequest,
  type SleepTimer,
  type SleepTimerRequest,
} from './controller.js';
export { TrackQueue, type QueueOptions, type QueueTrack, type TrackProvider, type TrackRef } from './queue.js';
export type {
  Command,
  CommandDispatch,
  CommandKind,
  CommandResult,
  CommandSource,
  CommandTrack,
  ConnectCommand,
} from './command.js';
export { decodePlayerCommand, transferRequest, type Decoded, type TransferState } from './decode.js';
export { executeCommand } from './execute.js';
export {
  chooseFile,
  countryRestriction,
  SpotifyTrackSource,
  TrackUnavailableError,
  type AudioKeySource,
  type TrackDetails,
  type TrackMetadataSource,
  type UserMarket,
} from './track-source.js';
export { ConnectDevice, playerState, type ConnectDeviceOptions, type DeviceDescription } from './device.js';
export { type ConnectEndpoints, ConnectService, type ConnectServiceOptions } from './service.js';
