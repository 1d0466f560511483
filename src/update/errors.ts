/** Why an update was refused. Every refusal leaves the installed slots and the running speaker as they were. */
import { SpotletError } from '../core/errors.js';

export type UpdateErrorCode =
  /** The manifest's signature does not verify with the image's public key. */
  | 'ERR_UPDATE_SIGNATURE'
  /** A file differs from the signed manifest (hash, size, missing, or not listed). */
  | 'ERR_UPDATE_TAMPERED'
  /** A tar entry that could escape or damage the slot: path traversal, a link out of it, a device file. */
  | 'ERR_UPDATE_UNSAFE_ENTRY'
  /** Not a spotlet bundle (not gzip/tar, no manifest first, an invalid manifest). */
  | 'ERR_UPDATE_FORMAT'
  | 'ERR_UPDATE_ARCH'
  | 'ERR_UPDATE_IMAGE_TOO_OLD'
  | 'ERR_UPDATE_SPACE'
  /** Another update is being applied. */
  | 'ERR_UPDATE_BUSY'
  /** Older than (or the same as) what runs, and a downgrade was not asked for. */
  | 'ERR_UPDATE_DOWNGRADE'
  /** The bundle could not be read or downloaded (missing file, HTTP error, not HTTPS). */
  | 'ERR_UPDATE_SOURCE'
  /** This image carries no update key, so it accepts no bundle. */
  | 'ERR_UPDATE_NO_KEY';

export class UpdateError extends SpotletError {
  declare readonly code: UpdateErrorCode;
  constructor(code: UpdateErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(code, message, options);
  }
}
