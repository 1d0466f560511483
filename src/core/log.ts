/**
 * Structured logging: one JSON object per line on stderr.
 * Secrets never reach the log: values of fields whose names look like secrets are replaced, and Buffers
 * are logged only by length.
 */
import { monotonicMs } from './clock.js';
import { errorCode, errorMessage } from './errors.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  child(part: string, fields?: LogFields): Logger;
}

/** Field names whose values are never written (credentials, tokens, keys, blobs). */
const SECRET_FIELD =
  /pass(word)?|secret|token|credential|auth_?data|blob|private|^key$|Key$|_key$|cookie|authorization/i;

/** Whether a field (a log field, a config key) holds a secret by its name. */
export function isSecretField(name: string): boolean {
  return SECRET_FIELD.test(name);
}

let threshold = LEVELS[(process.env.SPOTLET_LOG_LEVEL as LogLevel) ?? 'info'] ?? LEVELS.info;
let sink: (line: string) => void = (line) => process.stderr.write(`${line}\n`);

/** The last lines written, for the web page and the support bundle (already without secrets). */
const RECENT_MAX = 500;
const recent: string[] = [];

/** Up to `n` of the most recent log lines, oldest first. */
export function recentLogLines(n = RECENT_MAX): string[] {
  return recent.slice(-n);
}

export function setLogLevel(level: LogLevel): void {
  threshold = LEVELS[level];
}

/** Redirects log lines (tests capture them to assert that no secret is logged). */
export function setLogSink(fn: (line: string) => void): () => void {
  const previous = sink;
  sink = fn;
  return () => {
    sink = previous;
  };
}

function clean(value: unknown, depth: number): unknown {
  if (value instanceof Error) {
    return { code: errorCode(value), message: errorMessage(value) };
  }
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return `<${value.length} bytes>`;
  if (typeof value === 'bigint') return value.toString();
  if (value === null || typeof value !== 'object') return value;
  if (depth > 4) return '[deep]';
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => clean(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = isSecretField(k) ? '[redacted]' : clean(v, depth + 1);
  return out;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * The wall-clock time as ISO 8601 UTC, as Date's toISOString writes it, from the UTC getters: toISOString kept
 * ICU's time-zone data (0.6 MB) resident in a speaker that only logs.
 */
function isoTime(d = new Date()): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}Z`;
}

function write(level: LogLevel, part: string, base: LogFields, msg: string, fields?: LogFields): void {
  if (LEVELS[level] < threshold) return;
  const record = clean({ ...base, ...fields }, 0) as Record<string, unknown>;
  const line = JSON.stringify({ t: isoTime(), level, part, msg, ...record });
  recent.push(line);
  if (recent.length > RECENT_MAX) recent.splice(0, recent.length - RECENT_MAX);
  sink(line);
}

export function createLogger(part: string, base: LogFields = {}): Logger {
  return {
    debug: (msg, fields) => write('debug', part, base, msg, fields),
    info: (msg, fields) => write('info', part, base, msg, fields),
    warn: (msg, fields) => write('warn', part, base, msg, fields),
    error: (msg, fields) => write('error', part, base, msg, fields),
    child: (sub, fields) => createLogger(`${part}.${sub}`, { ...base, ...fields }),
  };
}

/**
 * Warnings at most `perWindow` lines per `windowMs` (refused requests, a failing hook), so a flood cannot fill
 * the journal; the lines left out are counted in the next window's first line.
 */
export class ThrottledLog {
  #window = { since: 0, logged: 0, suppressed: 0 };

  constructor(
    readonly log: Logger,
    /** Names the part in the line that counts the lines left out. */
    readonly what: string,
    readonly perWindow = 20,
    readonly windowMs = 10_000,
  ) {}

  warn(msg: string, fields: LogFields): void {
    const now = monotonicMs(); // a window of time: a wall clock NTP jumps must not hold it open

    const w = this.#window;
    if (now - w.since >= this.windowMs) {
      if (w.suppressed)
        this.log.warn(`${this.what} warnings not logged`, { count: w.suppressed, windowMs: now - w.since });
      this.#window = { since: now, logged: 0, suppressed: 0 };
    }
    if (this.#window.logged < this.perWindow) {
      this.#window.logged++;
      this.log.warn(msg, fields);
    } else this.#window.suppressed++;
  }
}
