/** Public face of the web APIs: client-token, login5 access tokens, hashcash, the OAuth device authorization. */
export { solveHashcash, trailingZeroBits } from './hashcash.js';
export { httpFetch, HttpError, retryAfterMs, USER_AGENT, type HttpResponse } from '../core/http.js';
export { AccessTokens, ClientToken, Login5Error, type StoredCredential, type WebEndpoints } from './tokens.js';
export {
  contextRestrictionsOf,
  SpClient,
  type AudioFileRef,
  type ContextPage,
  type CountryRestriction,
  type ContextTrack,
  type ImageSize,
  type ItemDetails,
  type ResolvedContext,
  type ItemMetadata,
  type SpClientOptions,
} from './spclient.js';
export {
  DealerClient,
  decodePayload,
  type DealerEvents,
  type DealerMessage,
  type DealerOptions,
  type DealerRequest,
} from './dealer.js';
export {
  DEVICE_AUTH_SCOPES,
  DEVICE_CODE_GRANT,
  DeviceAuthError,
  DeviceAuthorization,
  SYSTEM_CLOCK,
  type DeviceAuthClock,
  type DeviceAuthErrorCode,
  type DeviceAuthOptions,
  type DeviceCode,
  type DeviceToken,
  type PollOutcome,
} from './device-auth.js';
