/**
 * Public face of the AP session, as the speaker uses it: ApSession (with its options, state and info), the
 * supervisor part and the zeroconf credentials receiver, the `[ap]` config section, the endpoint directory (the
 * Connect service takes its spclient and dealer hosts from the session's) and the login's AuthenticationType
 * numbers. The wire codecs the session speaks are src/protocol's, shared with the emulator.
 */
export {
  ApSession,
  type ApEndpoints,
  type ApSessionOptions,
  type SessionInfo,
  type SessionState,
  type SessionTimers,
} from './session.js';
export { sessionCredentialsReceiver, sessionPart } from './part.js';
export { apSection } from './config.js';
export { EndpointDirectory, type Endpoint, type EndpointKind } from './apresolve.js';
export { AUTH_TYPE } from '../protocol/index.js';
export { UserNotAllowedError } from './errors.js';
