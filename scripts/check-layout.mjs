// The layout rules of docs/architecture.md, checked on src/ (run by `npm run lint`):
// - a part is imported through its face (`../<part>/index.js`) when it has one; `core` is a toolbox of modules;
// - no import cycles, between files or between parts (type-only imports included: a cycle of types is a tangle
//   all the same).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'src');
/** Modules imported past a face on purpose, with the reason. */
const PAST_THE_FACE = {
  // The [audio] section without the pipeline behind it: a speaker waiting for its user does not load the pipeline.
  'src/audio/config.ts': 'loaded at start without the audio pipeline',
};

const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'gen') walk(p);
    } else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) files.push(p);
  }
})(src);

const partOf = (file) => relative(src, file).split('/')[0];
const problems = [];
const graph = new Map();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const deps = [];
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms),
    ...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g),
  ].map((m) => m[1]);
  for (const spec of specifiers) {
    const target = normalize(join(dirname(file), spec.replace(/\.js$/, '.ts')));
    if (!target.startsWith(src) || target.includes('/gen/')) continue;
    deps.push(target);
    const from = partOf(file);
    const to = partOf(target);
    const rel = relative(root, target);
    if (from !== to && to !== 'core' && !target.endsWith('/index.ts') && !(rel in PAST_THE_FACE)) {
      if (existsSync(join(src, to, 'index.ts'))) {
        problems.push(`${relative(root, file)}: imports ${rel} past the face of src/${to} (use its index.ts)`);
      }
    }
  }
  graph.set(file, deps);
}

// Cycles between files (depth-first search, each cycle reported once by its set of files).
const seen = new Set();
const onStack = [];
const reported = new Set();
function visit(file) {
  seen.add(file);
  onStack.push(file);
  for (const dep of graph.get(file) ?? []) {
    const at = onStack.indexOf(dep);
    if (at >= 0) {
      const cycle = [...onStack.slice(at), dep].map((f) => relative(root, f));
      const key = [...new Set(cycle)].sort().join(' ');
      if (!reported.has(key)) {
        reported.add(key);
        problems.push(`import cycle: ${cycle.join(' → ')}`);
      }
    } else if (!seen.has(dep) && graph.has(dep)) visit(dep);
  }
  onStack.pop();
}
for (const file of graph.keys()) if (!seen.has(file)) visit(file);

// Cycles between parts: an arrow that runs back up.
const parts = new Map();
for (const [file, deps] of graph) {
  for (const dep of deps) {
    const a = partOf(file);
    const b = partOf(dep);
    if (a !== b) parts.set(a, new Set([...(parts.get(a) ?? []), b]));
  }
}
const reaches = (from, to, path = new Set()) => {
  if (path.has(from)) return false;
  path.add(from);
  return [...(parts.get(from) ?? [])].some((next) => next === to || reaches(next, to, path));
};
for (const [a, bs] of parts) {
  for (const b of bs) if (a < b && reaches(b, a)) problems.push(`parts import each other: src/${a} ⇄ src/${b}`);
}

if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log(`layout: ${files.length} modules in ${new Set(files.map(partOf)).size} parts, faces kept, no cycles`);
