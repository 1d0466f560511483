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

/** Node's codes for a connection that could not be made or broke off: the network, not the far end's answer. */
const NETWORK_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
]);
/** Our codes for no answer (a timeout, a lost or refused connection) from Spotify's servers. */
const NO_ANSWER_CODES = new Set([
  'ERR_AP_CONNECT',
  'ERR_AP_TIMEOUT',
  'ERR_AP_DISCONNECTED',
  'ERR_AUDIO_KEY_TIMEOUT',
  'ERR_MERCURY_TIMEOUT',
]);

/**
 * A network fault: no connection, a timeout, a broken-off body, or a server too busy to answer (429, 5xx). Trying
 * again later can succeed, so what was being played is kept. Anything else is Spotify's answer (a refused key, a
 * restriction, no file, 404 metadata) and final.
 */
export function isNetworkFault(err: unknown): boolean {
  const code = errorCode(err);
  if (NETWORK_ERRNOS.has(code) || NO_ANSWER_CODES.has(code)) return true;
  const status = (err as SpotletError).protocolCode ?? 0;
  // The HTTP status; none (or 0) means no answer at all.
  if (code === 'ERR_HTTP' || code === 'ERR_CDN') return status === 0 || status === 429 || status >= 500;
  // login5/client-token: the HTTP status when they answered 429/5xx (small numbers are login5's own refusals).
  if (code === 'ERR_LOGIN5') return status === 429 || status >= 500;
  return false;
}
