/**
 * The slots on disk. The factory slot is the app the image was built with (read-only root, e.g. /opt/spotlet);
 * updates live in `<slots>/<version>/` on the data partition. `<slots>/current` is a symbolic link naming the slot
 * that runs (absent: the factory slot), changed only by an atomic rename; `<slots>/slots.json` is the trial
 * bookkeeping. Every write is atomic and durable, so a power cut leaves either the old or the new state.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { chown, lchown, mkdir, open, readFile, rename, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../core/state.js';
import { UpdateError } from './errors.js';
import { MANIFEST_FILE, SLOT_ENTRY } from './manifest.js';
import { emptyRecord, type MonotonicClock, type SlotRecord } from './trial.js';
import { isVersion } from './version.js';

export const CURRENT_LINK = 'current';
const RECORD_FILE = 'slots.json';
const LOCK_FILE = '.lock';
/** Folders of installs in progress (or cut short); never a slot. */
export const INCOMING_PREFIX = '.incoming-';

/** CLOCK_MONOTONIC (what process.hrtime reads) is one clock for every process of a boot. */
export const systemMonotonicClock: MonotonicClock = {
  bootId: () => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim(),
  nowMs: () => Number(process.hrtime.bigint() / 1_000_000n),
};

export async function fsyncDir(dir: string): Promise<void> {
  const dh = await open(dir, 'r');
  try {
    await dh.sync();
  } finally {
    await dh.close();
  }
}

function readRecordFile(path: string): SlotRecord {
  try {
    const r = JSON.parse(readFileSync(path, 'utf8')) as SlotRecord;
    if (r?.format !== 1 || typeof r.bad !== 'object' || r.bad === null) return emptyRecord();
    const t = r.trial;
    if (t && !(isVersion(t.version) && (t.previous === null || isVersion(t.previous)) && Number.isInteger(t.attempts)))
      delete r.trial;
    return r;
  } catch {
    return emptyRecord();
  }
}

export class SlotStore {
  constructor(
    readonly slotsDir: string,
    readonly factoryDir: string,
  ) {}

  /** The folder of a slot (null = the factory slot). */
  dirOf(slot: string | null): string {
    return slot === null ? this.factoryDir : join(this.slotsDir, slot);
  }

  /** The slot the `current` link names; null = the factory slot (no link, or one that names no version). */
  current(): string | null {
    try {
      const target = readlinkSync(join(this.slotsDir, CURRENT_LINK));
      return isVersion(target) ? target : null;
    } catch {
      return null;
    }
  }

  /** Complete enough to start: an install renames its folder into place only once every file verified. */
  bootable(slot: string | null): boolean {
    const dir = this.dirOf(slot);
    return existsSync(join(dir, SLOT_ENTRY)) && (slot === null || existsSync(join(dir, MANIFEST_FILE)));
  }

  /** The version a slot runs (the factory slot's is the image's version). */
  versionOf(slot: string | null): string {
    if (slot !== null) return slot;
    const dir = this.factoryDir;
    for (const file of [MANIFEST_FILE, 'package.json']) {
      try {
        const v = JSON.parse(readFileSync(join(dir, file), 'utf8')).version;
        if (isVersion(v)) return v;
      } catch {
        /* try the next */
      }
    }
    throw new UpdateError('ERR_UPDATE_FORMAT', `factory slot ${dir} has no version (manifest.json or package.json)`);
  }

  /** Installed update slots (version folders), newest first is not implied. */
  installed(): string[] {
    try {
      return readdirSync(this.slotsDir).filter((n) => isVersion(n) && lstatSync(join(this.slotsDir, n)).isDirectory());
    } catch {
      return [];
    }
  }

  /** Leftovers of installs cut short. */
  incoming(): string[] {
    try {
      return readdirSync(this.slotsDir).filter((n) => n.startsWith(INCOMING_PREFIX));
    } catch {
      return [];
    }
  }

  readRecord(): SlotRecord {
    return readRecordFile(join(this.slotsDir, RECORD_FILE));
  }

  async writeRecord(record: SlotRecord): Promise<void> {
    const path = join(this.slotsDir, RECORD_FILE);
    await writeFileAtomic(path, `${JSON.stringify(record, null, 1)}\n`, 0o644);
    await this.own(path);
  }

  /** Makes `slot` current with one rename of a fresh link (or one unlink for the factory slot). */
  async switchTo(slot: string | null): Promise<void> {
    const link = join(this.slotsDir, CURRENT_LINK);
    if (slot === null)
      await unlink(link).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
    else {
      const tmp = `${link}.${randomBytes(6).toString('hex')}.tmp`;
      await symlink(slot, tmp);
      await this.own(tmp, true);
      await rename(tmp, link);
    }
    await fsyncDir(this.slotsDir);
  }

  async ensureDir(): Promise<void> {
    await mkdir(this.slotsDir, { recursive: true, mode: 0o700 });
  }

  async remove(name: string): Promise<void> {
    await rm(join(this.slotsDir, name), { recursive: true, force: true });
  }

  /**
   * Files made by root (`spotlet update` over SSH) go to the owner of the slots folder (the speaker's user), so
   * the speaker can later prune them and rewrite the record.
   */
  async own(path: string, link = false): Promise<void> {
    if (process.getuid?.() !== 0) return;
    const { uid, gid } = statSync(this.slotsDir);
    if (uid === 0 && gid === 0) return;
    await (link ? lchown : chown)(path, uid, gid);
  }

  /**
   * Takes the install lock (one install at a time, across processes). A lock left by a process that is gone, or
   * by an earlier boot, is taken over. Returns the release function.
   */
  async lock(clock: MonotonicClock): Promise<() => Promise<void>> {
    const path = join(this.slotsDir, LOCK_FILE);
    const mine = JSON.stringify({ pid: process.pid, boot: clock.bootId() });
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await writeFile(path, mine, { flag: 'wx', mode: 0o644 });
        await this.own(path);
        return async () => {
          if ((await readFile(path, 'utf8').catch(() => '')) === mine) await unlink(path).catch(() => {});
        };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      let holder: { pid?: number; boot?: string } = {};
      try {
        holder = JSON.parse(await readFile(path, 'utf8'));
      } catch {
        /* torn or empty: a crash between create and write */
      }
      if (holder.boot === clock.bootId() && typeof holder.pid === 'number' && alive(holder.pid))
        throw new UpdateError('ERR_UPDATE_BUSY', `another update is being applied (process ${holder.pid})`);
      await unlink(path).catch(() => {});
    }
    throw new UpdateError('ERR_UPDATE_BUSY', 'another update took the lock');
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
