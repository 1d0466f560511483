/**
 * Child process for the `speaker` backend: copies stdin (S16LE 44.1 kHz stereo) to the `speaker` addon.
 * Runs apart from the speaker daemon because the addon aborts its process when ALSA fails.
 * Usage: node speaker-child.js <alsa device>
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Speaker = require('speaker') as new (o: object) => NodeJS.WritableStream;
const out = new Speaker({
  channels: 2,
  bitDepth: 16,
  sampleRate: 44100,
  signed: true,
  device: process.argv[2] ?? 'default',
});
out.on('error', (err: Error) => {
  process.stderr.write(`speaker: ${err.message}\n`);
  process.exit(1);
});
process.stdin.pipe(out);
