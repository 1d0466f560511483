/** The phone emulator: what a Spotify app on the LAN does to find a speaker and hand it a user. */
export { discoverSpeakers, type DiscoveredSpeaker, type BrowseOptions } from './browse.js';
export { getInfo, loginToSpeaker, type LoginInput, type LoginResult, type ZeroconfReply } from './zeroconf-client.js';
export { ControllerKey, buildAddUserBlob, encryptInnerBlob, type BlobInput } from './credentials-blob.js';
export { RemoteControl, type RemoteDevice, type RemoteEndpoints, type RemoteStatus } from './remote.js';
export { enterPairingCode, type PairingInput } from './pair.js';
