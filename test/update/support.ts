/**
 * Fixtures for the update tests: a test key pair (never the release key), small app folders whose `spotlet`
 * entry records each run and behaves as asked (healthy, crash at import, exit at once, never healthy), a factory
 * slot carrying the test public key, and bundles made with the real bundle writer.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync, gunzipSync } from 'node:zlib';
import { buildManifest, writeBundle, type UpdateConfig } from '../../src/update/index.js';
import { manifestBytes } from '../../src/update/manifest.js';
import { TarReader, tarEntry, TAR_END, type TarEntry } from '../../src/update/tar.js';

export type Behaviour = 'healthy' | 'crash' | 'exit' | 'silent';

export interface KeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export const testKeys = (): KeyPair => generateKeyPairSync('ed25519');

/**
 * The entry of a fake app: appends "VERSION MODE NOTICE" to $RUN_LOG (MODE: trial when a launcher watches it over
 * IPC, else here), then behaves: healthy = reports waiting-for-user and runs $RUN_MS ms; crash = throws at
 * import; exit = exits 0 at once; silent = runs without ever reporting a state.
 */
function entrySource(behaviour: Behaviour): string {
  return `import { appendFileSync, readFileSync } from 'node:fs';
const version = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).version;
appendFileSync(process.env.RUN_LOG, [version, process.send ? 'trial' : 'here', process.env.SPOTLET_LAUNCH_NOTICE ?? ''].join(' ') + '\\n');
const behaviour = ${JSON.stringify(behaviour)};
if (behaviour === 'crash') throw new Error('broken at import');
if (behaviour === 'exit') process.exit(0);
if (behaviour === 'healthy') process.send?.({ type: 'spotlet-state', state: 'waiting-for-user' });
const t = setTimeout(() => process.exit(0), Number(process.env.RUN_MS ?? 300));
process.on('SIGTERM', () => process.exit(0));
void t;
`;
}

/** An app folder like a staged /opt/spotlet, with `extraFiles` more files (to make a bundle bigger). */
export function makeApp(root: string, version: string, behaviour: Behaviour, extraFiles = 0): string {
  const dir = join(root, `app-${version}-${behaviour}`);
  mkdirSync(join(dir, 'dist/src/cli'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'spotlet', version, type: 'module' }));
  writeFileSync(join(dir, 'dist/src/cli/spotlet.js'), entrySource(behaviour));
  const deep = join(
    dir,
    'node_modules',
    'a-package-with-a-rather-long-name',
    'lib',
    'and-a-deep-folder',
    'x'.repeat(40),
  );
  mkdirSync(deep, { recursive: true });
  writeFileSync(join(deep, 'index.js'), 'export const x = 1;\n');
  writeFileSync(join(dir, 'node_modules', 'tool.sh'), '#!/bin/sh\necho hi\n', { mode: 0o755 });
  mkdirSync(join(dir, 'board'), { recursive: true });
  writeFileSync(join(dir, 'board', 'pi.json'), '{"id":"pi"}\n');
  for (let i = 0; i < extraFiles; i++) {
    const d = join(dir, 'node_modules', `pkg${i % 20}`);
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, `file${i}.js`), `// ${i}\n${'x'.repeat(2000 + (i % 7) * 500)}\n`);
  }
  return dir;
}

/** A factory slot (the image's own app) with the test public key and its unsigned manifest. */
export function makeFactory(root: string, version: string, publicKey: KeyObject | undefined): string {
  const dir = makeApp(root, version, 'healthy');
  writeFileSync(
    join(dir, 'manifest.json'),
    manifestBytes(buildManifest(dir, { arch: 'arm64', minImageVersion: version })),
  );
  if (publicKey) writeFileSync(join(dir, 'update-key.pem'), publicKey.export({ type: 'spki', format: 'pem' }));
  return dir;
}

export async function makeBundle(
  appDir: string,
  keys: KeyPair,
  o: { arch?: string; minImageVersion?: string; outDir?: string } = {},
): Promise<string> {
  // Beside the app (in the test's own temporary folder, removed with it).
  const outDir = o.outDir ?? mkdtempSync(join(dirname(appDir), 'bundle-'));
  const { path } = await writeBundle(appDir, {
    arch: o.arch ?? process.arch,
    minImageVersion: o.minImageVersion ?? '1.0.0',
    privateKey: keys.privateKey,
    outDir,
  });
  return path;
}

/** A speaker's layout in a temp folder: factory slot 1.0.0 with the test key, an empty slots folder. */
export function makeSpeaker(
  keys: KeyPair | undefined,
  factoryVersion = '1.0.0',
): { root: string; config: UpdateConfig } {
  const root = mkdtempSync(join(tmpdir(), 'spotlet-update-'));
  const factory = makeFactory(root, factoryVersion, keys?.publicKey);
  return { root, config: { url: '', slots_dir: join(root, 'slots'), factory_dir: factory } };
}

/** The entries of a bundle, bodies included (for tampering with it). */
export async function readEntries(bundle: string): Promise<{ entry: TarEntry; body: Buffer }[]> {
  const reader = new TarReader(Readable.from([gunzipSync(readFileSync(bundle))]), { maxEntryBytes: 1 << 30 });
  const out: { entry: TarEntry; body: Buffer }[] = [];
  for (let e = await reader.next(); e; e = await reader.next()) out.push({ entry: e, body: await reader.readAll() });
  return out;
}

/** Writes entries back as a bundle (sizes taken from the bodies unless given). */
export function writeEntries(path: string, entries: { entry: TarEntry; body: Buffer }[]): string {
  const blocks = entries.flatMap(({ entry, body }) =>
    tarEntry({ ...entry, size: entry.type === 'file' ? body.length : 0 }, body),
  );
  writeFileSync(path, gzipSync(Buffer.concat([...blocks, TAR_END])));
  return path;
}
