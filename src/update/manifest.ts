/**
 * The bundle manifest: what a release is (version, architecture, the oldest image it runs on) and the sha256,
 * size and mode of every file. Its exact bytes are signed with Ed25519 (a detached
 * signature beside it), so a verified manifest vouches for every file it lists.
 */
import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { UpdateError } from './errors.js';
import { isVersion } from './version.js';
import { errorMessage } from '../core/errors.js';

export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';
/** What every slot runs: the `spotlet` command of that slot. */
export const SLOT_ENTRY = 'dist/src/cli/spotlet.js';
/** Limits for the unsigned bytes read before the signature is checked. */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
export const MAX_SIGNATURE_BYTES = 1024;
/** No single file of the app comes near this (the largest are native addons of a few MB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface ManifestFile {
  sha256: string;
  size: number;
  /** 0o644 or 0o755. */
  mode: number;
}

export interface Manifest {
  format: 1;
  name: 'spotlet';
  version: string;
  /** Node's `process.arch` of the addons in node_modules (arm64 for the Pi image). */
  arch: string;
  /** The oldest image (its factory version) whose system this release runs on. */
  minImageVersion: string;
  /**
   * Regular files only: a slot holds no symbolic links (a link could point out of the slot, or through another
   * link; node_modules/.bin, the only links npm makes, is not needed at run time).
   */
  files: Record<string, ManifestFile>;
}

/**
 * A relative path that stays inside the slot: no absolute path, no `..`, `.` or empty segment, no backslash
 * or control character. Returns the reason it is unsafe, or undefined.
 */
export function unsafePath(p: string): string | undefined {
  if (p === '' || p.length > 4096) return 'empty or too long';
  if (p.startsWith('/')) return 'absolute';
  if (/[\\\u0000-\u001f\u007f]/.test(p)) return 'backslash or control character';
  if (p.split('/').some((s) => s === '' || s === '.' || s === '..')) return 'a "..", "." or empty segment';
  return undefined;
}

/** Parses and checks a manifest's bytes (after its signature verified). */
export function parseManifest(bytes: Buffer): Manifest {
  let m: Record<string, unknown>;
  try {
    m = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    throw new UpdateError('ERR_UPDATE_FORMAT', `manifest is not JSON: ${errorMessage(err)}`);
  }
  const bad = (why: string): never => {
    throw new UpdateError('ERR_UPDATE_FORMAT', `manifest: ${why}`);
  };
  if (!m || typeof m !== 'object') bad('not an object');
  if (m.format !== 1) bad(`unknown format ${JSON.stringify(m.format)}`);
  if (m.name !== 'spotlet') bad('not a spotlet release');
  if (!isVersion(m.version)) bad(`bad version ${JSON.stringify(m.version)}`);
  if (!isVersion(m.minImageVersion)) bad(`bad minImageVersion ${JSON.stringify(m.minImageVersion)}`);
  if (typeof m.arch !== 'string' || !/^[a-z0-9]{1,16}$/.test(m.arch)) bad('bad arch');
  const files = m.files as Record<string, ManifestFile>;
  if (!files || typeof files !== 'object') bad('no file list');
  for (const [p, f] of Object.entries(files)) {
    const why = unsafePath(p);
    if (why) throw new UpdateError('ERR_UPDATE_UNSAFE_ENTRY', `manifest lists ${JSON.stringify(p)}: ${why}`);
    if (
      !f ||
      typeof f.sha256 !== 'string' ||
      !/^[0-9a-f]{64}$/.test(f.sha256) ||
      !Number.isSafeInteger(f.size) ||
      f.size < 0 ||
      f.size > MAX_FILE_BYTES ||
      (f.mode !== 0o644 && f.mode !== 0o755)
    )
      bad(`bad entry for ${p}`);
  }
  if (!(SLOT_ENTRY in files)) bad(`no ${SLOT_ENTRY}`);
  return m as unknown as Manifest;
}

/** The bytes that get signed and shipped (stable key order, so a rebuild of the same tree is identical). */
export function manifestBytes(m: Manifest): Buffer {
  const sorted = <T>(o: Record<string, T>): Record<string, T> =>
    Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, o[k]!]),
    );
  return Buffer.from(`${JSON.stringify({ ...m, files: sorted(m.files) }, null, 1)}\n`);
}

export function signManifest(bytes: Buffer, privateKey: KeyObject): Buffer {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the signing key must be an Ed25519 private key');
  return sign(null, bytes, privateKey);
}

/** Loads a PEM public key; refuses anything but Ed25519. */
export function loadPublicKey(pem: string | Buffer): KeyObject {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`update key is ${key.asymmetricKeyType}, not Ed25519`);
  return key;
}

export function verifyManifest(bytes: Buffer, signature: Buffer, publicKey: KeyObject): boolean {
  try {
    return verify(null, bytes, publicKey, signature);
  } catch {
    return false;
  }
}
