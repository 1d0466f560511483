// Compiles TypeScript to dist/, copies the generated protobuf modules, the web page's static files and the audio
// warm-up stream beside the compiled code and builds the native ALSA output program (src/audio/alsa-out.c, against
// libasound2-dev) beside the audio part.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// A fresh dist/: output of a moved or deleted source file must not linger (the image copies all of dist/src).
rmSync(join(root, 'dist'), { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', root], {
  stdio: 'inherit',
});
const gen = join(root, 'src', 'gen');
if (existsSync(gen)) {
  const out = join(root, 'dist', 'src', 'gen');
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(gen)) if (f.endsWith('.js')) cpSync(join(gen, f), join(out, f));
}
// The web page is plain HTML, CSS and JavaScript: served as written.
cpSync(join(root, 'src', 'page', 'static'), join(root, 'dist', 'src', 'page', 'static'), { recursive: true });

// The audio part's warm-up stream (warm-up.ts reads it beside itself).
cpSync(join(root, 'src', 'audio', 'warm-up.ogg'), join(root, 'dist', 'src', 'audio', 'warm-up.ogg'));

const alsaOut = join(root, 'dist', 'src', 'audio', 'spotlet-alsa-out');
execFileSync(
  process.env.CC || 'cc',
  ['-O2', '-Wall', '-o', alsaOut, join(root, 'src', 'audio', 'alsa-out.c'), '-lasound'],
  {
    stdio: 'inherit',
  },
);
