/**
 * Making a release bundle, `spotlet-<version>-<arch>.tar.gz`: manifest.json, then manifest.sig (the detached
 * Ed25519 signature of the manifest's bytes), then the app's files under `app/`. The manifest comes first so a
 * speaker verifies it before it writes a single byte of the app.
 */
import { createHash, type KeyObject } from 'node:crypto';
import { createWriteStream, lstatSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  type Manifest,
  MANIFEST_FILE,
  manifestBytes,
  parseManifest,
  SIGNATURE_FILE,
  signManifest,
  unsafePath,
} from './manifest.js';
import { TAR_END, tarEntry } from './tar.js';
import { isVersion } from './version.js';

/** Folder of the app files inside a bundle. */
export const BUNDLE_APP_DIR = 'app';

export function bundleFileName(version: string, arch: string): string {
  return `spotlet-${version}-${arch}.tar.gz`;
}

/**
 * The manifest of an app folder (a staged /opt/spotlet): every regular file, the version from its package.json.
 * Left out: the folder's own manifest.json/manifest.sig (a slot's bookkeeping) and node_modules/.bin (npm's
 * command links, not used at run time); any other symbolic link is refused (a slot holds none).
 */
export function buildManifest(appDir: string, o: { arch: string; minImageVersion: string }): Manifest {
  const version = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')).version;
  if (!isVersion(version)) throw new Error(`${appDir}/package.json: version ${JSON.stringify(version)} is not x.y.z`);
  if (!isVersion(o.minImageVersion)) throw new Error(`minimum image version ${o.minImageVersion} is not x.y.z`);
  const files: Manifest['files'] = {};
  const walk = (rel: string): void => {
    for (const name of readdirSync(join(appDir, rel)).sort()) {
      const p = rel ? `${rel}/${name}` : name;
      if (!rel && (name === MANIFEST_FILE || name === SIGNATURE_FILE)) continue;
      if (name === '.bin' && rel.endsWith('node_modules')) continue;
      const why = unsafePath(p);
      if (why) throw new Error(`${p}: cannot be shipped (${why})`);
      const st = lstatSync(join(appDir, p));
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) {
        const data = readFileSync(join(appDir, p));
        files[p] = {
          sha256: createHash('sha256').update(data).digest('hex'),
          size: data.length,
          mode: st.mode & 0o111 ? 0o755 : 0o644,
        };
      } else throw new Error(`${p}: not a regular file or folder (a slot holds no links or devices)`);
    }
  };
  walk('');
  const m: Manifest = { format: 1, name: 'spotlet', version, arch: o.arch, minImageVersion: o.minImageVersion, files };
  parseManifest(manifestBytes(m));
  return m;
}

/** Writes the signed bundle of `appDir` into `outDir`; returns its path. */
export async function writeBundle(
  appDir: string,
  o: { arch: string; minImageVersion: string; privateKey: KeyObject; outDir: string },
): Promise<{ path: string; manifest: Manifest }> {
  const manifest = buildManifest(appDir, o);
  const bytes = manifestBytes(manifest);
  const signature = signManifest(bytes, o.privateKey);
  function* blocks(): Generator<Buffer> {
    yield* tarEntry({ path: MANIFEST_FILE, type: 'file', size: bytes.length, mode: 0o644, linkTarget: '' }, bytes);
    yield* tarEntry(
      { path: SIGNATURE_FILE, type: 'file', size: signature.length, mode: 0o644, linkTarget: '' },
      signature,
    );
    for (const [p, f] of Object.entries(manifest.files)) {
      const data = readFileSync(join(appDir, p));
      yield* tarEntry(
        { path: `${BUNDLE_APP_DIR}/${p}`, type: 'file', size: data.length, mode: f.mode, linkTarget: '' },
        data,
      );
    }
    yield TAR_END;
  }
  const path = join(o.outDir, bundleFileName(manifest.version, manifest.arch));
  const tmp = `${path}.partial`;
  // zlib is loaded here, not at the speaker's start (which loads this module with the update part).
  const { createGzip } = await import('node:zlib');
  await pipeline(Readable.from(blocks()), createGzip({ level: 9 }), createWriteStream(tmp));
  renameSync(tmp, path);
  return { path, manifest };
}
