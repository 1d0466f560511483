/**
 * The speaker as the image ships it: dist/src copied to a temporary folder and bundled there by
 * scripts/bundle-js.mjs (node_modules and board/ linked beside it), and its arguments on loopback. Used by tests
 * of what only the bundle shows and by the benchmarks.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Bundles the speaker built in `repoRoot`'s dist/; returns the bundled entry and its folder (to remove). */
export function bundledSpeaker(repoRoot: string): { entry: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'spotlet-bundled-'));
  cpSync(join(repoRoot, 'dist', 'src'), join(root, 'dist', 'src'), { recursive: true });
  for (const linked of ['node_modules', 'board', 'package.json'])
    symlinkSync(join(repoRoot, linked), join(root, linked));
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'bundle-js.mjs'), join(root, 'dist', 'src')]);
  return { entry: join(root, 'dist', 'src', 'cli', 'spotlet.js'), root };
}

/**
 * The CLI's arguments for a speaker on loopback against the emulator's access point: zeroconf on `port`, the API
 * and the page on ports of their own, warnings and errors logged.
 */
export function loopbackSpeakerArgs(o: { port: number; stateDir: string; ap: string; apKey: string }): string[] {
  return [
    '--interface',
    'lo',
    '--zeroconf-port',
    String(o.port),
    '--api-port',
    '0',
    '--web-port',
    '0',
    '--state-dir',
    o.stateDir,
    '--log-level',
    'warn',
    '--ap',
    o.ap,
    '--ap-key',
    o.apKey,
  ];
}
