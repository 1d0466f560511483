#!/usr/bin/env node
/**
 * `npm run soak -- --minutes N [--interval S] [--out FILE]`: the soak (test/soak/run.ts) as a command; prints the
 * table (Markdown) and, with --out, writes the whole result as JSON. Needs root (network namespaces).
 */
import { writeFileSync } from 'node:fs';
import { NetnsPair } from '../support/netns.js';
import { runSoak, soakTable, type FaultKind } from './run.js';

const argv = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const minutes = Number(opt('--minutes') ?? 10);
const intervalS = Number(opt('--interval') ?? 30);
if (!(minutes > 0) || !(intervalS >= 10)) {
  process.stderr.write('usage: npm run soak -- --minutes N [--interval S (>= 10)] [--out FILE]\n');
  process.exit(2);
}
if (!NetnsPair.available()) {
  process.stderr.write('the soak needs root and ip netns\n');
  process.exit(2);
}
const out = opt('--out');
const result = await runSoak({
  minutes,
  intervalS,
  ...(opt('--faults') ? { kinds: opt('--faults')!.split(',') as FaultKind[] } : {}),
  log: (s) => process.stdout.write(`${s}\n`),
  ...(out ? { speakerLog: `${out}.speaker.jsonl` } : {}),
});
const table = soakTable(result);
process.stdout.write(`\n${table}\n`);
if (out) writeFileSync(out, JSON.stringify({ ...result, table }, null, 2));
const failed =
  result.crashes > 0 ||
  result.faults.some((f) => f.recoveredAt === undefined || f.recoveredAt - f.endAt > 5000) ||
  // RSS: growth once every fault has been recovered from once (the first round compiles and allocates what
  // each recovery needs); the start → end figure is printed beside it.
  result.end.rssKb - (result.warm ?? result.start).rssKb > 5 * 1024 ||
  result.end.fds - result.start.fds > 5;
process.exit(failed ? 1 : 0);
