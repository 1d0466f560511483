/** The AP session's own typed errors; `protocolCode` carries the protocol's own number where there is one. */
import { SpotletError } from '../core/errors.js';
import { LOGIN_ERROR, LOGIN_ERROR_NAMES } from '../protocol/index.js';

/** The AP refused the login (APLoginFailed, encrypted or plaintext). */
export class ApLoginError extends SpotletError {
  readonly description: string;
  constructor(errorCode: number, description = '') {
    const name = LOGIN_ERROR_NAMES[errorCode] ?? `code ${errorCode}`;
    super('ERR_AP_LOGIN_FAILED', `Spotify refused the login: ${name}${description ? ` (${description})` : ''}`, {
      protocolCode: errorCode,
    });
    this.description = description;
  }
}

/** Logged in, but the account is not Premium (ProductInfo type ≠ premium); Spotify Connect needs Premium. */
export class PremiumRequiredError extends SpotletError {
  constructor(accountType: string) {
    super('ERR_AP_PREMIUM_REQUIRED', `this Spotify account is "${accountType}", a speaker needs Spotify Premium`, {
      protocolCode: LOGIN_ERROR.PremiumAccountRequired,
    });
  }
}

/**
 * The account logged in, but this speaker does not let it (not in `allowed_users`): the login counts as refused
 * and a previous user's session is restored.
 */
export class UserNotAllowedError extends SpotletError {
  constructor(readonly username: string) {
    super('ERR_USER_NOT_ALLOWED', `the account ${JSON.stringify(username)} is not allowed on this speaker`);
  }
}

/** AesKeyError from the AP (code 1 = refused: the player should skip the track). */
export class AudioKeyError extends SpotletError {
  constructor(code: 'ERR_AUDIO_KEY_REFUSED' | 'ERR_AUDIO_KEY_TIMEOUT', message: string, protocolCode?: number) {
    super(code, message, protocolCode === undefined ? {} : { protocolCode });
  }
}
