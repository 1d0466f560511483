/** Public face of Connect: the playback controller behind the app's commands and the local buttons. */
export {
  ConnectController,
  type ContextResolver,
  type ControllerEvents,
  type ControllerOptions,
  type PlayerStateSnapshot,
  type PlayRequest,
} from './controller.js';
export { TrackQueue, type QueueOptions, type QueueTrack, type TrackProvider, type TrackRef } from './queue.js';
export { handleCommand, transferRequest, type CommandResult, type TransferState } from './commands.js';
export {
  chooseFile,
  countryRestriction,
  SpotifyTrackSource,
  TrackUnavailableError,
  type AudioKeySource,
  type TrackMetadataSource,
  type UserMarket,
} from './track-source.js';
export { ConnectDevice, playerState, type ConnectDeviceOptions, type DeviceDescription } from './device.js';
export { ConnectService, type ConnectServiceOptions } from './service.js';
