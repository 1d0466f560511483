/**
 * Errors of the AP wire protocol, raised by its codecs and framing on either end, and APLoginFailed's codes;
 * `protocolCode` carries the protocol's own number where there is one.
 */
import { SpotletError } from '../core/errors.js';

/** APLoginFailed.ErrorCode names (docs/protocol/03 §3). */
export const LOGIN_ERROR_NAMES: Record<number, string> = {
  0: 'ProtocolError',
  2: 'TryAnotherAP',
  5: 'BadConnectionId',
  9: 'TravelRestriction',
  11: 'PremiumAccountRequired',
  12: 'BadCredentials',
  13: 'CouldNotValidateCredentials',
  14: 'AccountExists',
  15: 'ExtraVerificationRequired',
  16: 'InvalidAppKey',
  17: 'ApplicationBanned',
};

export const LOGIN_ERROR = {
  ProtocolError: 0,
  TryAnotherAP: 2,
  PremiumAccountRequired: 11,
  BadCredentials: 12,
  CouldNotValidateCredentials: 13,
} as const;

/** The handshake failed: bad server signature, malformed message, upgrade required… */
export class ApHandshakeError extends SpotletError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('ERR_AP_HANDSHAKE', message, options);
  }
}

/** The connection is gone or could not be made (timeouts included). */
export class ApConnectionError extends SpotletError {
  constructor(
    code: 'ERR_AP_CONNECT' | 'ERR_AP_TIMEOUT' | 'ERR_AP_DISCONNECTED' | 'ERR_AP_PROTOCOL',
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super(code, message, options);
  }
}

/** A Mercury request failed with an HTTP-like status ≥ 400, or timed out. */
export class MercuryError extends SpotletError {
  constructor(
    code: 'ERR_MERCURY_STATUS' | 'ERR_MERCURY_TIMEOUT' | 'ERR_MERCURY_PROTOCOL',
    message: string,
    protocolCode?: number,
  ) {
    super(code, message, protocolCode === undefined ? {} : { protocolCode });
  }
}
