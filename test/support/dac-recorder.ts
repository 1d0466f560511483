/**
 * A model DAC behind ALSA's file plugin (`file "|node dac-recorder.js CAPTURE START"`): from the first byte
 * on it takes what the player writes at 44 100 frames/s, a little at a time as a DAC does (so the player's
 * writes block as they would on a real device), keeps every byte in CAPTURE and writes the wall-clock time of
 * the first byte (ms since the epoch, fractional) to START. Byte b of the capture is heard at
 * START + b / 176.4 ms.
 */
import { openSync, readSync, writeFileSync, writeSync } from 'node:fs';

const [capture, startFile] = process.argv.slice(2);
if (!capture || !startFile) {
  process.stderr.write('usage: dac-recorder CAPTURE START\n');
  process.exit(2);
}
const BYTES_PER_MS = 176.4;
const TICK_MS = 5;
const out = openSync(capture, 'w');
const buf = Buffer.alloc(8192);
const now = (): number => performance.timeOrigin + performance.now();

/** Reads up to `n` bytes of stdin (waiting for them); false at the end of the input. */
function take(n: number): number {
  const got = readSync(0, buf, 0, Math.min(buf.length, n), null);
  if (got > 0) writeSync(out, buf, 0, got);
  return got;
}

const firstBytes = take(4);
if (!firstBytes) process.exit(0);
const start = now();
writeFileSync(startFile, String(start));
let consumed = firstBytes;
const tick = (): void => {
  // Everything the DAC has played by now, in whole frames.
  let due = Math.floor(((now() - start) * BYTES_PER_MS) / 4) * 4 - consumed;
  while (due > 0) {
    const got = take(due);
    if (!got) process.exit(0);
    consumed += got;
    due -= got;
  }
  setTimeout(tick, TICK_MS);
};
tick();
