/**
 * Persistent state in the state directory: the device id, the stored (reusable) credentials and user
 * settings. Every write is atomic (temp file, fsync, rename, fsync of the directory), so pulling the plug
 * leaves either the old or the new file, never a torn one. A file that fails to parse is moved aside with a
 * logged reason and treated as absent.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, chmodSync, statSync, unlinkSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage, SpotletError } from './errors.js';
import type { Logger } from './log.js';

export interface StoredCredentials {
  username: string;
  /** AuthenticationType number (1 = stored Spotify credentials). */
  authType: number;
  /** Reusable credential bytes. */
  authData: Buffer;
}

export interface Settings {
  /** Last volume, 0..65535 (Spotify's scale). */
  volume?: number;
}

const DEVICE_FILE = 'device.json';
const CREDENTIALS_FILE = 'credentials.json';
const SETTINGS_FILE = 'settings.json';

/** Writes `data` to `path` atomically and durably, with the given file mode. */
export async function writeFileAtomic(path: string, data: string | Buffer, mode = 0o600): Promise<void> {
  const dir = join(path, '..');
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const fh = await open(tmp, 'wx', mode);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } catch (err) {
    await fh.close();
    await unlink(tmp).catch(() => {});
    throw err;
  }
  await fh.close();
  try {
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
  const dh = await open(dir, 'r');
  try {
    await dh.sync();
  } finally {
    await dh.close();
  }
}

export class StateStore {
  readonly dir: string;
  #log: Logger;
  #deviceId = '';
  #credentials: StoredCredentials | undefined;
  #settings: Settings = {};
  /** Serialises writes per file, so the last call always wins on disk. */
  #queues = new Map<string, Promise<void>>();

  constructor(dir: string, log: Logger) {
    this.dir = dir;
    this.#log = log;
  }

  /** Creates the directory if needed and loads everything; never throws on corrupt files. */
  async open(): Promise<void> {
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    } catch (err) {
      throw new SpotletError('ERR_STATE_DIR', `state directory ${this.dir} cannot be created: ${errorMessage(err)}`, {
        cause: err,
      });
    }
    // Temp files of writes cut short by a crash or power loss (the real files are intact).
    for (const f of readdirSync(this.dir)) {
      if (!/\.[0-9a-f]{12}\.tmp$/.test(f)) continue;
      try {
        unlinkSync(join(this.dir, f));
        this.#log.info('stale temp file removed', { file: f });
      } catch {
        /* already gone */
      }
    }
    const device = this.#readJson(DEVICE_FILE, (v) =>
      typeof v.deviceId === 'string' && /^[0-9a-f]{40}$/.test(v.deviceId) ? v : undefined,
    );
    if (device) this.#deviceId = device.deviceId as string;
    else {
      this.#deviceId = randomBytes(20).toString('hex');
      await this.#write(DEVICE_FILE, `${JSON.stringify({ deviceId: this.#deviceId })}\n`, 0o644);
      this.#log.info('device id created', { deviceId: this.#deviceId });
    }
    this.#credentials = this.#readJson(CREDENTIALS_FILE, (v) =>
      typeof v.username === 'string' &&
      v.username !== '' &&
      Number.isInteger(v.authType) &&
      typeof v.authData === 'string' &&
      v.authData !== ''
        ? { username: v.username, authType: v.authType as number, authData: Buffer.from(v.authData, 'base64') }
        : undefined,
    );
    if (this.#credentials) {
      // Tighten a file that was made readable by hand.
      try {
        if ((statSync(join(this.dir, CREDENTIALS_FILE)).mode & 0o077) !== 0)
          chmodSync(join(this.dir, CREDENTIALS_FILE), 0o600);
      } catch {
        /* best effort */
      }
    }
    this.#settings =
      this.#readJson(SETTINGS_FILE, (v) => {
        const s: Settings = {};
        if (Number.isInteger(v.volume) && (v.volume as number) >= 0 && (v.volume as number) <= 65535)
          s.volume = v.volume as number;
        return s;
      }) ?? {};
  }

  get deviceId(): string {
    return this.#deviceId;
  }

  get credentials(): StoredCredentials | undefined {
    return this.#credentials;
  }

  get settings(): Readonly<Settings> {
    return this.#settings;
  }

  async saveCredentials(c: StoredCredentials): Promise<void> {
    this.#credentials = c;
    const body = `${JSON.stringify({ username: c.username, authType: c.authType, authData: c.authData.toString('base64') })}\n`;
    await this.#write(CREDENTIALS_FILE, body, 0o600);
  }

  async clearCredentials(): Promise<void> {
    this.#credentials = undefined;
    await this.#enqueue(CREDENTIALS_FILE, () =>
      unlink(join(this.dir, CREDENTIALS_FILE)).catch((e) => {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }),
    );
  }

  async updateSettings(patch: Partial<Settings>): Promise<void> {
    this.#settings = { ...this.#settings, ...patch };
    await this.#write(SETTINGS_FILE, `${JSON.stringify(this.#settings)}\n`, 0o644);
  }

  /** Waits for every pending write (used at shutdown). */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.#queues.values()]);
  }

  #enqueue(file: string, op: () => Promise<void>): Promise<void> {
    const prev = this.#queues.get(file) ?? Promise.resolve();
    const next = prev.catch(() => {}).then(op);
    this.#queues.set(file, next);
    return next;
  }

  #write(file: string, body: string, mode: number): Promise<void> {
    return this.#enqueue(file, () => writeFileAtomic(join(this.dir, file), body, mode)).catch((err) => {
      this.#log.error('state write failed', { file, err });
      throw new SpotletError('ERR_STATE_WRITE', `could not write ${file}: ${errorMessage(err)}`, { cause: err });
    });
  }

  #readJson<T>(file: string, validate: (v: Record<string, unknown>) => T | undefined): T | undefined {
    const path = join(this.dir, file);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.#log.warn('state file unreadable', { file, err });
      return undefined;
    }
    let reason: string;
    try {
      const v: unknown = JSON.parse(text);
      const ok = v && typeof v === 'object' && !Array.isArray(v) ? validate(v as Record<string, unknown>) : undefined;
      if (ok !== undefined) return ok;
      reason = 'unexpected content';
    } catch (err) {
      reason = `not JSON: ${errorMessage(err)}`;
    }
    const aside = `${path}.corrupt-${Date.now()}`;
    try {
      renameSync(path, aside);
    } catch {
      /* the file may already be gone */
    }
    this.#log.warn('state file corrupt, moved aside', { file, reason, movedTo: aside });
    return undefined;
  }
}
