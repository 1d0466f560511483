/**
 * Public face of the AP wire protocol, shared by the speaker's session (src/ap) and the emulator's access point
 * (tools/emulator): packet command numbers, Shannon framing, the plaintext handshake packets, the handshake,
 * login, Mercury and audio-key messages, each with its encoder and its parser; their protobuf messages load with
 * `loadApMessages()`, which each side awaits before it speaks the protocol. Behaviour stays with each side:
 * the client checks the server's signature and decides what to send; the emulator signs and decides answers.
 */
export { AUTH_TYPE, CMD } from './packets.js';
export {
  ApConnectionError,
  ApHandshakeError,
  LOGIN_ERROR,
  LOGIN_ERROR_NAMES,
  MercuryError,
} from './errors.js';
export { loadApMessages } from './messages.js';
export { ShannonCodec, type ApPacket } from './shannon.js';
export { SocketReader } from './socket-reader.js';
export {
  apResponsePacket,
  clientHelloPacket,
  clientResponsePacket,
  deriveKeys,
  loginFailedPlaintextPacket,
  parseApResponse,
  parseClientHello,
  parseClientResponse,
  parsePlaintextLoginFailure,
  platformForArch,
  type BuildInfo,
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
  type Credentials,
  type Welcome,
} from './login.js';
export {
  MercuryAssembler,
  decodeSubscription,
  encodeMercuryHeader,
  splitMercuryMessage,
  type MercuryHeader,
} from './mercury.js';
export {
  AUDIO_KEY_REFUSED,
  aesKeyErrorPayload,
  aesKeyPayload,
  audioKeyRequestPayload,
  parseAudioKeyRequest,
} from './audio-key.js';
