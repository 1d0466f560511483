/**
 * Public face of the AP session. The speaker uses ApSession (+ sessionPart, sessionCredentialsReceiver);
 * the player uses session.audioKeys; the emulator reuses the protocol codecs (handshake, Shannon, login,
 * Mercury and audio-key payloads) from the server side.
 */
export {
  ApSession,
  DEFAULT_TIMERS,
  type ApSessionOptions,
  type SessionInfo,
  type SessionState,
  type SessionTimers,
  type ApSessionEvents,
} from './session.js';
export { sessionCredentialsReceiver, sessionPart, type CredentialsReceiver } from './part.js';
export { apSection } from './config.js';
export {
  AudioKeyClient,
  AUDIO_KEY_REFUSED,
  aesKeyErrorPayload,
  aesKeyPayload,
  audioKeyRequestPayload,
  parseAudioKeyRequest,
} from './audio-key.js';
export {
  MercuryAssembler,
  MercuryClient,
  decodeMercuryFrame,
  decodeMercuryHeader,
  encodeMercuryFrame,
  encodeMercuryHeader,
  encodeSubscription,
  splitMercuryMessage,
  MERCURY_FLAG_FINAL,
  MERCURY_FLAG_PARTIAL,
  type MercuryEventListener,
  type MercuryFrame,
  type MercuryHeader,
  type MercuryRequest,
  type MercuryResponse,
} from './mercury.js';
export {
  resolveEndpoints,
  parseHostPort,
  FALLBACK_ENDPOINTS,
  type Endpoint,
  type ResolvedEndpoints,
} from './apresolve.js';
export {
  ApConnectionError,
  ApHandshakeError,
  ApLoginError,
  AudioKeyError,
  MercuryError,
  PremiumRequiredError,
  LOGIN_ERROR,
  LOGIN_ERROR_NAMES,
} from './errors.js';
export { AUTH_TYPE, CMD } from './packets.js';
export { ShannonCipher, ShannonCodec, ShannonMacError, MAX_PAYLOAD, type ApPacket } from './shannon.js';
export {
  apResponsePacket,
  clientHelloPacket,
  clientResponsePacket,
  deriveKeys,
  loadApPublicKey,
  loginFailedPlaintextPacket,
  parseApResponse,
  parseClientHello,
  parseClientResponse,
  parsePlaintextLoginFailure,
  rsaPublicKeyFromModulus,
  signGs,
  verifyGsSignature,
  type BuildInfo,
  type SessionKeys,
} from './handshake.js';
export {
  apLoginFailedPayload,
  apWelcomePayload,
  loginPayload,
  parseApLoginFailed,
  parseApWelcome,
  parseLoginPayload,
  parseProductInfo,
  productInfoXml,
  type ClientIdentity,
  type Credentials,
  type Welcome,
} from './login.js';
export { SocketReader } from './socket-reader.js';
