/**
 * Installing a release bundle: verify the manifest's signature before anything is written, check that the
 * release fits this speaker (architecture, image version, no downgrade unless asked, space), unpack into a
 * temporary folder checking every file against the manifest, make it durable, rename it into place, record the
 * trial, and switch `current` to it. Any refusal is logged with its reason and leaves the slots as they were.
 */
import { createHash, randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { createReadStream, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, open, rename, statfs, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { errorCode, errorMessage } from '../core/errors.js';
import { httpFetch } from '../core/http.js';
import type { Logger } from '../core/log.js';
import { releaseOptimiser } from '../core/optimiser.js';
import type { UpdateConfig } from './config.js';
import { UpdateError } from './errors.js';
import {
  loadPublicKey,
  type Manifest,
  MANIFEST_FILE,
  MAX_FILE_BYTES,
  MAX_MANIFEST_BYTES,
  MAX_SIGNATURE_BYTES,
  parseManifest,
  SIGNATURE_FILE,
  unsafePath,
  verifyManifest,
} from './manifest.js';
import { BUNDLE_APP_DIR } from './bundle.js';
import { fsyncDir, INCOMING_PREFIX, SlotStore, systemMonotonicClock } from './slots.js';
import { TarReader } from './tar.js';
import { compareVersions } from './version.js';

/** A bundle: a file path, an https:// URL, the bytes, or a stream of them (e.g. a web page's upload). */
export type UpdateSource = string | Buffer | AsyncIterable<Buffer>;

export interface ApplyOptions {
  config: UpdateConfig;
  log: Logger;
  /** Install even when the bundle is older than (or a version that failed before on) this speaker. */
  allowDowngrade?: boolean;
}

export interface ApplyResult {
  version: string;
  /** What ran before (null = the factory slot); a failed trial goes back to it. */
  previous: string | null;
}

/** The public key the image carries, in its factory slot. */
export const UPDATE_KEY_FILE = 'update-key.pem';
/** Space kept free on the data partition beyond the slot itself (the speaker's state must still be writable). */
const SPACE_RESERVE = 8 * 1024 * 1024;
const BUNDLE_DOWNLOAD_MAX = 256 * 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 15 * 60_000;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

function describe(source: UpdateSource): string {
  if (typeof source === 'string') return source;
  return Buffer.isBuffer(source) ? `${source.length} bytes` : 'a stream';
}

/** Only HTTPS: the signature protects the bytes, TLS also keeps what a speaker installs private and unspoofed. */
export function checkHttpsUrl(url: string): void {
  if (!/^https:\/\/[^\s/]+/i.test(url))
    throw new UpdateError('ERR_UPDATE_SOURCE', `${url}: only https:// URLs are accepted`);
}

async function openSource(source: UpdateSource): Promise<AsyncIterable<Buffer>> {
  if (Buffer.isBuffer(source)) return Readable.from([source]);
  if (typeof source !== 'string') return source;
  if (URL_SCHEME.test(source)) {
    let res: Awaited<ReturnType<typeof httpFetch>>;
    try {
      res = await httpFetch(source, { timeoutMs: DOWNLOAD_TIMEOUT_MS, maxBytes: BUNDLE_DOWNLOAD_MAX });
    } catch (err) {
      throw new UpdateError('ERR_UPDATE_SOURCE', `download failed: ${errorMessage(err)}`, { cause: err });
    }
    if (res.status !== 200) throw new UpdateError('ERR_UPDATE_SOURCE', `${source}: HTTP ${res.status}`);
    return Readable.from([res.body]);
  }
  const stream = createReadStream(source);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (err) => reject(new UpdateError('ERR_UPDATE_SOURCE', `${source}: ${err.message}`)));
  });
  return stream;
}

/** The unpacked bytes, with a broken gzip stream or a failing source reported as the update's own error. */
async function* guarded(bytes: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  try {
    yield* bytes;
  } catch (err) {
    if (err instanceof UpdateError) throw err;
    if (errorCode(err).startsWith('Z_'))
      throw new UpdateError('ERR_UPDATE_FORMAT', `not a spotlet bundle: ${errorMessage(err)}`, { cause: err });
    throw new UpdateError('ERR_UPDATE_SOURCE', `reading the bundle failed: ${errorMessage(err)}`, { cause: err });
  }
}

/** Disk use of a folder (allocated blocks). */
function diskUse(path: string): number {
  const st = lstatSync(path);
  let total = st.blocks * 512;
  if (st.isDirectory()) for (const n of readdirSync(path)) total += diskUse(join(path, n));
  return total;
}

/** What the slot will take: each file rounded up to 4 KiB blocks, plus an inode's worth per entry. */
function spaceNeeded(m: Manifest): number {
  let total = SPACE_RESERVE;
  for (const f of Object.values(m.files)) total += Math.ceil(f.size / 4096) * 4096 + 4096;
  return total;
}

/**
 * Installs a bundle and makes it the slot the next start runs (on trial). The one function behind
 * `spotlet update`, the update channel and an upload.
 */
export async function applyUpdate(source: UpdateSource, o: ApplyOptions): Promise<ApplyResult> {
  const log = o.log;
  const store = new SlotStore(o.config.slots_dir, o.config.factory_dir);
  log.info('update started', { source: describe(source) });
  releaseOptimiser(); // verifying and unpacking a release is work for optimised code; the speaker restarts after it
  try {
    if (typeof source === 'string' && URL_SCHEME.test(source)) checkHttpsUrl(source);
    await store.ensureDir();
    const release = await store.lock(systemMonotonicClock);
    try {
      const result = await install(store, source, o);
      log.info('update installed; it runs from the next start, on trial', {
        version: result.version,
        previous: result.previous ?? 'factory',
      });
      return result;
    } finally {
      await release();
    }
  } catch (err) {
    log.error('update refused', { code: errorCode(err), reason: errorMessage(err) });
    throw err;
  }
}

async function install(store: SlotStore, source: UpdateSource, o: ApplyOptions): Promise<ApplyResult> {
  // Installs cut short (a crash or power cut) left only a temporary folder behind.
  for (const n of store.incoming()) await store.remove(n);

  let keyPem: Buffer;
  try {
    keyPem = readFileSync(join(store.factoryDir, UPDATE_KEY_FILE));
  } catch {
    throw new UpdateError(
      'ERR_UPDATE_NO_KEY',
      `this image has no update key (${join(store.factoryDir, UPDATE_KEY_FILE)})`,
    );
  }
  const key = loadPublicKey(keyPem);

  const input = await openSource(source);
  // zlib is loaded here, not at the speaker's start, which never needs it.
  const gunzip = (await import('node:zlib')).createGunzip();
  const piping = pipeline(input, gunzip).catch(() => {
    /* surfaces through the reader below */
  });
  let incoming: string | undefined;
  try {
    const reader = new TarReader(guarded(gunzip), { maxEntryBytes: Math.max(MAX_FILE_BYTES, MAX_MANIFEST_BYTES) });
    const manifestBytes = await readSmallEntry(reader, MANIFEST_FILE, MAX_MANIFEST_BYTES);
    const signature = await readSmallEntry(reader, SIGNATURE_FILE, MAX_SIGNATURE_BYTES);
    if (!verifyManifest(manifestBytes, signature, key))
      throw new UpdateError('ERR_UPDATE_SIGNATURE', "the bundle is not signed with this image's update key");
    const manifest = parseManifest(manifestBytes);
    const record = store.readRecord();
    const current = store.current();
    const running = store.versionOf(current);
    checkFits(manifest, store, running, record.bad, o);

    // Slots no start can need any more: neither the running one nor, while it is on trial, the one it falls back to.
    const previous = record.trial?.version === current ? record.trial.previous : current;
    const keep = new Set([current, previous]);
    const garbage = store.installed().filter((v) => !keep.has(v));
    const need = spaceNeeded(manifest);
    const free = async (): Promise<number> => {
      const s = await statfs(store.slotsDir);
      return s.bavail * s.bsize;
    };
    if ((await free()) < need) {
      const reclaimable = garbage.reduce((n, v) => n + diskUse(store.dirOf(v)), 0);
      if ((await free()) + reclaimable < need)
        throw new UpdateError(
          'ERR_UPDATE_SPACE',
          `not enough space on the data partition: ${manifest.version} needs ${mb(need)} MB, ${mb((await free()) + reclaimable)} MB can be had`,
        );
      for (const v of garbage) await store.remove(v);
    }

    incoming = join(store.slotsDir, `${INCOMING_PREFIX}${manifest.version}-${randomBytes(4).toString('hex')}`);
    await unpack(reader, manifest, incoming, store);
    await writeFile(join(incoming, MANIFEST_FILE), manifestBytes, { mode: 0o644 });
    await writeFile(join(incoming, SIGNATURE_FILE), signature, { mode: 0o644 });
    await store.own(join(incoming, MANIFEST_FILE));
    await store.own(join(incoming, SIGNATURE_FILE));
    // One syncfs for thousands of files (an fsync each would take minutes on an SD card).
    await promisify(execFile)('sync', ['-f', incoming]);

    const target = store.dirOf(manifest.version);
    if (store.installed().includes(manifest.version)) await store.remove(manifest.version);
    await rename(incoming, target);
    incoming = undefined;
    await fsyncDir(store.slotsDir);
    // The trial first, then the switch: a cut in between leaves a trial record the link does not name (ignored).
    const next = store.readRecord();
    next.trial = { version: manifest.version, previous, attempts: 0 };
    await store.writeRecord(next);
    await store.switchTo(manifest.version);
    // The slot that was current may be the one running this code (its modules load lazily): the next start
    // prunes it if it is neither the new slot nor its fallback.
    for (const v of store.installed()) if (![manifest.version, previous, current].includes(v)) await store.remove(v);
    return { version: manifest.version, previous };
  } finally {
    gunzip.destroy();
    await piping;
    if (incoming) await store.remove(incoming.slice(store.slotsDir.length + 1));
  }
}

const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);

async function readSmallEntry(reader: TarReader, name: string, max: number): Promise<Buffer> {
  const e = await reader.next();
  if (!e || e.path !== name || e.type !== 'file')
    throw new UpdateError(
      'ERR_UPDATE_FORMAT',
      `not a spotlet bundle: ${name} must come ${name === MANIFEST_FILE ? 'first' : 'second'}`,
    );
  if (e.size > max) throw new UpdateError('ERR_UPDATE_FORMAT', `not a spotlet bundle: ${name} is ${e.size} bytes`);
  return reader.readAll();
}

function checkFits(
  m: Manifest,
  store: SlotStore,
  running: string,
  bad: Record<string, { reason: string }>,
  o: ApplyOptions,
): void {
  if (m.arch !== process.arch)
    throw new UpdateError('ERR_UPDATE_ARCH', `the bundle is built for ${m.arch}; this speaker is ${process.arch}`);
  const image = store.versionOf(null);
  if (compareVersions(image, m.minImageVersion) < 0)
    throw new UpdateError(
      'ERR_UPDATE_IMAGE_TOO_OLD',
      `${m.version} needs image ${m.minImageVersion} or newer; this card has ${image}: flash a new image`,
    );
  const cmp = compareVersions(m.version, running);
  if (cmp === 0) throw new UpdateError('ERR_UPDATE_DOWNGRADE', `${m.version} is what runs already`);
  if (cmp < 0 && !o.allowDowngrade)
    throw new UpdateError(
      'ERR_UPDATE_DOWNGRADE',
      `${m.version} is older than the running ${running} (a downgrade must be asked for)`,
    );
  if (bad[m.version] && !o.allowDowngrade)
    throw new UpdateError(
      'ERR_UPDATE_DOWNGRADE',
      `${m.version} failed its trial on this speaker before (${bad[m.version]!.reason}); install it again only if asked for`,
    );
}

/** Writes every entry under app/ into `dir`, each checked against the manifest while it is written. */
async function unpack(reader: TarReader, m: Manifest, dir: string, store: SlotStore): Promise<void> {
  await mkdir(dir, { mode: 0o755 });
  await store.own(dir);
  const seen = new Set<string>();
  const made = new Set<string>([dir]);
  const mkdirs = async (d: string): Promise<void> => {
    if (made.has(d)) return;
    await mkdirs(dirname(d));
    await mkdir(d, { mode: 0o755 }).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err;
    });
    await store.own(d);
    made.add(d);
  };
  for (;;) {
    const e = await reader.next();
    if (!e) break;
    const why = unsafePath(e.path.replace(/\/$/, ''));
    if (why) throw new UpdateError('ERR_UPDATE_UNSAFE_ENTRY', `entry ${JSON.stringify(e.path)}: ${why}`);
    if (e.type === 'symlink')
      throw new UpdateError('ERR_UPDATE_UNSAFE_ENTRY', `entry ${e.path}: links are not allowed (to ${e.linkTarget})`);
    const prefix = `${BUNDLE_APP_DIR}/`;
    if (e.type === 'dir') continue;
    if (!e.path.startsWith(prefix))
      throw new UpdateError('ERR_UPDATE_TAMPERED', `entry ${e.path} is outside ${prefix} (not in the manifest)`);
    const rel = e.path.slice(prefix.length);
    const f = m.files[rel];
    if (!f) throw new UpdateError('ERR_UPDATE_TAMPERED', `${rel} is not in the signed manifest`);
    if (seen.has(rel)) throw new UpdateError('ERR_UPDATE_TAMPERED', `${rel} appears twice`);
    if (e.size !== f.size)
      throw new UpdateError('ERR_UPDATE_TAMPERED', `${rel} is ${e.size} bytes; the manifest says ${f.size}`);
    seen.add(rel);
    const dest = join(dir, rel);
    await mkdirs(dirname(dest));
    const hash = createHash('sha256');
    const fh = await open(dest, 'wx', f.mode);
    try {
      for await (const chunk of reader.body()) {
        hash.update(chunk);
        await fh.write(chunk);
      }
      await fh.chmod(f.mode);
    } finally {
      await fh.close();
    }
    await store.own(dest);
    if (hash.digest('hex') !== f.sha256)
      throw new UpdateError('ERR_UPDATE_TAMPERED', `${rel} does not match its sha256 in the signed manifest`);
  }
  const missing = Object.keys(m.files).filter((p) => !seen.has(p));
  if (missing.length)
    throw new UpdateError(
      'ERR_UPDATE_TAMPERED',
      `${missing.length} file(s) of the manifest are missing from the bundle, e.g. ${missing[0]}`,
    );
}
