/** Known-answer vectors: JSON fixtures in the repository (test/fixtures/vectors, described in its README). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Repository root (this file is compiled to <root>/dist/test/support/vectors.js). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const VECTORS_DIR = join(REPO_ROOT, 'test', 'fixtures', 'vectors');

// biome-ignore lint/suspicious/noExplicitAny: vector files are untyped JSON, each test reads the fields it knows
export function loadVectors(name: string): any {
  return JSON.parse(readFileSync(join(VECTORS_DIR, name), 'utf8'));
}
