/**
 * Typed errors. Every error spotlet raises carries a stable string `code` (like Node's own `ERR_*`)
 * and, where the protocol defines one, the protocol's own numeric code (`protocolCode`).
 */
export class SpotletError extends Error {
  readonly code: string;
  readonly protocolCode: number | undefined;
  /** Trying again cannot help (a configuration mistake): the supervisor does not restart the part. */
  readonly permanent: boolean;
  constructor(
    code: string,
    message: string,
    options: { protocolCode?: number; cause?: unknown; permanent?: boolean } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.protocolCode = options.protocolCode;
    this.permanent = options.permanent ?? false;
  }
}

export class ConfigError extends SpotletError {
  constructor(
    message: string,
    readonly key?: string,
  ) {
    super('ERR_CONFIG', message, { permanent: true });
  }
}

/** Error code of any thrown value, for logging (`ERR_UNKNOWN` for non-spotlet errors without a code). */
export function errorCode(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof (err as { code: unknown }).code === 'string') {
    return (err as { code: string }).code;
  }
  return 'ERR_UNKNOWN';
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
