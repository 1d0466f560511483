/**
 * The zeroconf JSON statuses of Spotify's eSDK guide (docs/protocol/01 §3.3) and the error that carries them.
 * Every answer of the HTTP server is one of these bodies, never an empty body or a dropped connection.
 */
import { SpotletError } from '../core/errors.js';

export interface StatusInfo {
  readonly status: number;
  readonly httpStatus: number;
  readonly statusString: string;
}

export const ZEROCONF_STATUS = {
  ok: { status: 101, httpStatus: 200, statusString: 'OK' },
  badRequest: { status: 102, httpStatus: 400, statusString: 'ERROR-BAD-REQUEST' },
  /** librespot's text for a MAC mismatch (status 102, vectors/zeroconf.json `bad_mac`). */
  badMac: { status: 102, httpStatus: 400, statusString: 'ERROR-MAC' },
  unknown: { status: 103, httpStatus: 500, statusString: 'ERROR-UNKNOWN' },
  notImplemented: { status: 104, httpStatus: 501, statusString: 'ERROR-NOT-IMPLEMENTED' },
  loginFailed: { status: 202, httpStatus: 200, statusString: 'ERROR-LOGIN-FAILED' },
  invalidPublicKey: { status: 203, httpStatus: 400, statusString: 'ERROR-INVALID-PUBLICKEY' },
  missingAction: { status: 301, httpStatus: 400, statusString: 'ERROR-MISSING-ACTION' },
  invalidAction: { status: 302, httpStatus: 400, statusString: 'ERROR-INVALID-ACTION' },
  invalidArguments: { status: 303, httpStatus: 400, statusString: 'ERROR-INVALID-ARGUMENTS' },
  spotifyError: { status: 402, httpStatus: 200, statusString: 'ERROR-SPOTIFY-ERROR' },
} as const satisfies Record<string, StatusInfo>;

/** A request the zeroconf server refuses; `protocolCode` is the JSON `status` answered. */
export class ZeroconfError extends SpotletError {
  readonly info: StatusInfo;
  constructor(code: string, info: StatusInfo, message: string, options: { cause?: unknown } = {}) {
    super(code, message, { protocolCode: info.status, ...options });
    this.info = info;
  }
}
