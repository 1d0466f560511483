// Release bundles (see README "Updates"). Needs `npm run build` first (it uses dist/src/update).
//   node scripts/bundle.mjs keygen DIR                 a new Ed25519 key pair: DIR/spotlet-release.pem (private,
//                                                        0600, keep it off the repository) and spotlet-release.pub.pem
//   node scripts/bundle.mjs manifest APP [--arch A]    writes APP/manifest.json (the factory slot's, unsigned)
//   node scripts/bundle.mjs bundle APP --key PRIVATE.pem [--out DIR] [--arch A] [--min-image V]
//                                                      writes DIR/spotlet-<version>-<arch>.tar.gz, signed
// APP is a staged app folder (scripts/image/stage-app.sh makes image/out/app). --arch defaults to arm64 (the
// image's), --min-image to package.json's spotlet.minImageVersion.
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
/** The bundle writer is the app's own code (dist): loaded only by the commands that need it. */
const update = () => import(join(root, 'dist/src/update/index.js'));

const [command, target, ...rest] = process.argv.slice(2);
const opt = (name, def) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 && rest[i + 1] ? rest[i + 1] : def;
};
const fail = (msg) => {
  console.error(`bundle: ${msg}`);
  process.exit(2);
};
if (!target) fail('usage: bundle.mjs keygen DIR | manifest APP | bundle APP --key PRIVATE.pem [--out DIR]');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const arch = opt('arch', 'arm64');
const minImageVersion = opt('min-image', pkg.spotlet?.minImageVersion);

if (command === 'keygen') {
  mkdirSync(target, { recursive: true });
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  writeFileSync(join(target, 'spotlet-release.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }), {
    mode: 0o600,
    flag: 'wx',
  });
  writeFileSync(join(target, 'spotlet-release.pub.pem'), publicKey.export({ type: 'spki', format: 'pem' }));
  console.log(join(target, 'spotlet-release.pub.pem'));
} else if (command === 'manifest') {
  const { buildManifest } = await update();
  const { manifestBytes } = await import(join(root, 'dist/src/update/manifest.js'));
  writeFileSync(
    join(target, 'manifest.json'),
    manifestBytes(buildManifest(resolve(target), { arch, minImageVersion })),
  );
} else if (command === 'bundle') {
  const keyPath = opt('key', process.env.SPOTLET_SIGNING_KEY);
  if (!keyPath) fail('no signing key: --key PRIVATE.pem or SPOTLET_SIGNING_KEY (never kept in the repository)');
  const out = resolve(opt('out', join(root, 'image', 'out')));
  mkdirSync(out, { recursive: true });
  const privateKey = createPrivateKey(readFileSync(keyPath));
  const { writeBundle } = await update();
  const { path, manifest } = await writeBundle(resolve(target), { arch, minImageVersion, privateKey, outDir: out });
  console.log(JSON.stringify({ bundle: path, version: manifest.version, files: Object.keys(manifest.files).length }));
} else fail(`unknown command ${command}`);
