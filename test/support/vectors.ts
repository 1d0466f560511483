/**
 * Known-answer vectors live in the protocol dossier beside the repository: <repo>/../shared/protocol/vectors.
 * SPOTLET_VECTORS overrides the folder.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Repository root (this file is compiled to <root>/dist/test/support/vectors.js). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const VECTORS_DIR = process.env.SPOTLET_VECTORS ?? join(REPO_ROOT, '..', 'shared', 'protocol', 'vectors');

// biome-ignore lint/suspicious/noExplicitAny: vector files are untyped JSON, each test reads the fields it knows
export function loadVectors(name: string): any {
  return JSON.parse(readFileSync(join(VECTORS_DIR, name), 'utf8'));
}
