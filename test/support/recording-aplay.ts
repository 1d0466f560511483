/**
 * An `aplay` stand-in for a speaker run in its own process: put `binDir` first in its PATH and every output the
 * speaker opens records the samples it is given and when each chunk arrived (on this machine's real clock, even
 * when the speaker runs under faketime). `heardAt` models the DAC behind it (field-tools.md, "When a sample is
 * heard"): it starts at the first sample, plays 44 100 frames/s, waits while nothing is written, and an output
 * the speaker closed (a new one opened after a seek or skip) plays no more.
 */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FRAMES_PER_MS = 44.1;
const BYTES_PER_FRAME = 4;

// argv: the output folder, and when the output was opened (ms, real clock; see below).
const RECORDER = `import { openSync, writeSync } from 'node:fs';
const base = process.argv[2] + '/' + process.pid;
const pcm = openSync(base + '.pcm', 'a');
const log = openSync(base + '.log', 'a');
writeSync(log, process.argv[3] + ' 0\\n');
process.stdin.on('data', (chunk) => {
  writeSync(log, Date.now() + ' ' + chunk.length + '\\n');
  writeSync(pcm, chunk);
});
process.stdin.on('end', () => process.exit(0));
`;

export interface RecordingAplay {
  /** The folder to put first in the speaker's PATH. */
  binDir: string;
  /** What the modelled DAC plays at `atMs` (this machine's Date.now()): the output's samples and the frame. */
  heardAt(atMs: number): { pcm: Buffer; frame: number } | undefined;
}

export function recordingAplay(): RecordingAplay {
  const binDir = mkdtempSync(join(tmpdir(), 'spotlet-aplay-'));
  const outDir = mkdtempSync(join(tmpdir(), 'spotlet-aplay-out-'));
  writeFileSync(join(binDir, 'recorder.mjs'), RECORDER);
  // The recorder runs on the real clock: the speaker's faketime preload is not passed on. A real aplay starts at
  // once; Node takes tens of ms, while the speaker's first samples wait in the pipe. So the moment the output
  // was opened (when the speaker writes its first block) is noted before Node starts, and counts as that
  // block's arrival.
  const real = 'env -u LD_PRELOAD -u FAKETIME_TIMESTAMP_FILE -u FAKETIME_NO_CACHE -u FAKETIME_DONT_FAKE_MONOTONIC';
  writeFileSync(
    join(binDir, 'aplay'),
    `#!/bin/sh\nopened=$(${real} date +%s%3N)\nexec ${real} ${JSON.stringify(process.execPath)} ${JSON.stringify(join(binDir, 'recorder.mjs'))} ${JSON.stringify(outDir)} "$opened"\n`,
  );
  chmodSync(join(binDir, 'aplay'), 0o755);
  return {
    binDir,
    heardAt(atMs) {
      const outputs = readdirSync(outDir)
        .filter((f) => f.endsWith('.log'))
        .map((f) => {
          const chunks = readFileSync(join(outDir, f), 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((l) => l.split(' ').map(Number) as [number, number]);
          return { base: join(outDir, f.slice(0, -4)), chunks };
        })
        .filter((o) => o.chunks.length && o.chunks[0]![0] <= atMs)
        .sort((a, b) => a.chunks[0]![0] - b.chunks[0]![0]);
      const out = outputs.at(-1);
      if (!out) return undefined;
      // The DAC plays each chunk once it has arrived and the one before has played out; the first is the one
      // written as the output was opened (the log's first line).
      const [[opened], ...chunks] = out.chunks;
      if (chunks[0]) chunks[0] = [opened!, chunks[0][1]];
      let playedUntil = Number.NEGATIVE_INFINITY;
      let frames = 0;
      for (const [arrived, bytes] of chunks) {
        const n = bytes / BYTES_PER_FRAME;
        const start = Math.max(playedUntil, arrived);
        if (atMs < start) return undefined; // nothing to play at that moment: an underrun
        if (atMs < start + n / FRAMES_PER_MS)
          return {
            pcm: readFileSync(`${out.base}.pcm`),
            frame: frames + Math.floor((atMs - start) * FRAMES_PER_MS),
          };
        playedUntil = start + n / FRAMES_PER_MS;
        frames += n;
      }
      return undefined;
    },
  };
}
