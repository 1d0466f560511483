// Generates static protobufjs modules: every folder proto/<group>/ becomes src/gen/<group>.js + .d.ts.
// The output is committed, so neither the Pi nor CI needs the protobufjs CLI at run time.
import { execFileSync } from 'node:child_process';
import { readdirSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
const outDir = join(root, 'src', 'gen');
mkdirSync(outDir, { recursive: true });

const only = process.argv.slice(2);
for (const group of readdirSync(join(root, 'proto'))) {
  const dir = join(root, 'proto', group);
  if (!statSync(dir).isDirectory() || (only.length && !only.includes(group))) continue;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.proto'))
    .map((f) => join(dir, f));
  const js = join(outDir, `${group}.js`);
  execFileSync(
    bin('pbjs'),
    ['-t', 'static-module', '-w', 'es6', '-r', `spotlet_${group}`, '-p', dir, '-o', js, ...files],
    { stdio: 'inherit' },
  );
  execFileSync(bin('pbts'), ['-o', join(outDir, `${group}.d.ts`), js], { stdio: 'inherit' });
  console.log(`proto: ${group} (${files.length} files) -> src/gen/${group}.js`);
}
