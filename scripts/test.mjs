// Runs every compiled test file (dist/test/**/*.test.js) with Node's own test runner.
// Usage: node scripts/test.mjs [substring ...]   (only files whose path contains one of the substrings)
//
// The field tests (dist/test/field: the speaker and the emulated cloud as processes in network namespaces, links
// taken down for seconds, the short soak) spend their minutes waiting out outages, not computing, so they run in a
// runner of their own beside the others. Within each runner one file runs at a time: the audio tests compare
// timing-sensitive captures and must not compete with each other for the CPU.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const testRoot = join(root, 'dist', 'test');
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.js')) files.push(p);
  }
})(testRoot);
const filters = process.argv.slice(2);
const chosen = files.sort().filter((f) => !filters.length || filters.some((s) => relative(root, f).includes(s)));
if (!chosen.length) {
  console.error('no test files matched');
  process.exit(1);
}
const isField = (f) => relative(testRoot, f).startsWith('field/');
const groups = [chosen.filter((f) => !isField(f)), chosen.filter(isField)].filter((g) => g.length);

/** Runs one group: the first reports as it goes, a second's report is held (`held`) and printed after it. */
function run(group, held) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...group], {
      cwd: root,
      stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    child.stdout?.on('data', (d) => held.push(d));
    child.stderr?.on('data', (d) => held.push(d));
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const held = [];
const codes = await Promise.all(groups.map((g, i) => run(g, i === 0 ? undefined : held)));
process.stdout.write(Buffer.concat(held));
process.exit(codes.some((c) => c !== 0) ? 1 : 0);
