/**
 * The image ships only the speaker: `scripts/image/stage-app.sh` copies `dist/src`, never `dist/tools` (the
 * emulator and the phone). So nothing compiled under dist/src may import a file outside dist/src, and the
 * speaker's command must start from a copy of dist/src alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { REPO_ROOT } from '../support/vectors.js';

const DIST = join(REPO_ROOT, 'dist');

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...jsFiles(p));
    else if (name.endsWith('.js')) out.push(p);
  }
  return out;
}

/** Relative import specifiers (static, re-export, dynamic, require) of the files under `dir` that leave it. */
function importsLeaving(dir: string): string[] {
  const found: string[] = [];
  const specifier = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])(\.{1,2}\/[^'"]*)\1/g;
  for (const file of jsFiles(dir)) {
    for (const m of readFileSync(file, 'utf8').matchAll(specifier)) {
      const target = resolve(dirname(file), m[2]!);
      if (relative(dir, target).startsWith('..')) found.push(`${relative(DIST, file)} → ${m[2]}`);
    }
  }
  return found;
}

test('no compiled speaker file (dist/src) imports anything outside dist/src, such as dist/tools', () => {
  const srcFiles = jsFiles(join(DIST, 'src'));
  assert.ok(srcFiles.length > 50, `dist/src holds the compiled speaker (${srcFiles.length} files)`);
  assert.deepEqual(importsLeaving(join(DIST, 'src')), []);
  // The same scan does see crossings: the tools import the speaker's codecs and clients from dist/src.
  assert.ok(
    importsLeaving(join(DIST, 'tools')).some((s) => s.includes('/src/')),
    'the scan finds the tools → src imports',
  );
});

test('the speaker command starts from dist/src alone, laid out as the image stages it', () => {
  const app = mkdtempSync(join(tmpdir(), 'spotlet-app-'));
  try {
    cpSync(join(DIST, 'src'), join(app, 'dist', 'src'), { recursive: true });
    cpSync(join(REPO_ROOT, 'board'), join(app, 'board'), { recursive: true });
    cpSync(join(REPO_ROOT, 'package.json'), join(app, 'package.json'));
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(app, 'node_modules'), 'dir');
    const r = spawnSync(process.execPath, [join(app, 'dist', 'src', 'cli', 'spotlet.js'), '--help-config'], {
      cwd: app,
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /\[spotify\]/);
    assert.match(r.stdout, /\[ap\]/);
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
});
