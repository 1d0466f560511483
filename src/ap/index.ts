/**
 * Public face of the AP session, as the speaker uses it: ApSession (with its options, state and info), the
 * supervisor part and the zeroconf credentials receiver, the `[ap]` config section, apresolve (the Connect
 * service asks it for spclient and dealer) and the login's AuthenticationType numbers. The wire codecs the
 * session speaks are src/protocol's, shared with the emulator.
 */
export {
  ApSession,
  type ApSessionOptions,
  type SessionInfo,
  type SessionState,
  type SessionTimers,
} from './session.js';
export { sessionCredentialsReceiver, sessionPart } from './part.js';
export { apSection } from './config.js';
export { resolveEndpoints } from './apresolve.js';
export { AUTH_TYPE } from '../protocol/index.js';
export { UserNotAllowedError } from './errors.js';
