#!/usr/bin/env node
/**
 * Applies the reviewed patches in scripts/patches/ to installed packages (`<name>+<version>.patch`, unified diff
 * with a/ b/ prefixes, paths relative to the package). Run after `npm ci --ignore-scripts` and before `npm rebuild`,
 * so a patched native addon is built from the patched sources. Idempotent: an already-applied patch is skipped.
 * A package that is absent (optional and not installed) or of another version is reported and left alone.
 *   node scripts/apply-patches.mjs [node_modules dir]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const patchDir = join(dirname(fileURLToPath(import.meta.url)), 'patches');
const modules = resolve(process.argv[2] ?? 'node_modules');
let failed = false;

for (const file of readdirSync(patchDir)
  .filter((f) => f.endsWith('.patch'))
  .sort()) {
  const m = /^(.+)\+(\d[^+]*)\.patch$/.exec(file.replace(/__/g, '/'));
  if (!m) {
    console.error(`apply-patches: ${file}: name must be <package>+<version>.patch`);
    failed = true;
    continue;
  }
  const [, name, version] = m;
  const pkgDir = join(modules, name);
  const manifest = join(pkgDir, 'package.json');
  if (!existsSync(manifest)) {
    console.log(`apply-patches: ${name} is not installed; ${file} skipped`);
    continue;
  }
  const installed = JSON.parse(readFileSync(manifest, 'utf8')).version;
  if (installed !== version) {
    console.error(`apply-patches: ${name} is ${installed}, the patch is for ${version}: review and renew ${file}`);
    failed = true;
    continue;
  }
  const patch = join(patchDir, file);
  const patchArgs = ['-p1', '-d', pkgDir, '-i', patch, '--forward', '--silent'];
  try {
    execFileSync('patch', [...patchArgs, '--dry-run', '--reverse'], { stdio: 'ignore' });
    console.log(`apply-patches: ${file} already applied`);
    continue;
  } catch {
    // Not applied yet.
  }
  try {
    execFileSync('patch', patchArgs, { stdio: 'inherit' });
    console.log(`apply-patches: ${file} applied`);
  } catch {
    console.error(`apply-patches: ${file} does not apply to ${pkgDir}`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
