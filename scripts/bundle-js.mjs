#!/usr/bin/env node
/**
 * The speaker's JavaScript in one module for the image (esbuild; not a release bundle, which scripts/bundle.mjs
 * makes): dist/src/cli/spotlet.js with everything it imports, npm packages included,
 * into one ES module written over that entry, so a start opens and resolves one file instead of ~90 on the SD
 * card. Modules the speaker imports only when needed (Connect, the decoder) go to chunks of their own beside it,
 * still loaded when needed. The packages with native addons stay in node_modules (their .node files are loaded
 * from there), and so do the other entries (spotlet-firstboot, the speaker module's child): assets are found
 * relative to dist/src/<part>/, which the bundle in dist/src/cli/ shares. Development keeps running dist/
 * unbundled.
 *   node scripts/bundle-js.mjs DIST_SRC_DIR   (the staged copy of dist/src)
 */
import { build } from 'esbuild';
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const src = resolve(process.argv[2] ?? 'dist/src');
const entry = join(src, 'cli', 'spotlet.js');
const out = join(src, 'cli', 'bundle');
await build({
  entryPoints: { spotlet: entry },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node18',
  outdir: out,
  chunkNames: 'spotlet-[hash]',
  external: ['speaker', 'onoff', 'epoll', '@stoprocent/noble', 'bufferutil', 'utf-8-validate'],
  // CommonJS packages (protobufjs, multicast-dns, ws) call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
  },
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
});
for (const f of readdirSync(out)) renameSync(join(out, f), join(src, 'cli', f));
rmSync(out, { recursive: true });
rmSync(join(src, 'cli', 'spotlet.js.map'), { force: true }); // the unbundled entry's
