/**
 * A stream after another (a seek, a skip, the next track) decodes on the decoder the last one gave back, not on a
 * new wasm instance: V8 answers each new instance's 16 MB of memory with a full garbage collection, ~12 ms of CPU
 * at every seek and skip, which a small board's CPU quota turns into a later first sound. The streams run in a
 * process of their own that counts the wasm instances made while each stream plays; the audio of each reused
 * decoder must be libvorbis' own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareS16, oggdecReference, sampleCatalog } from './support.js';

const AUDIO = new URL('../../src/audio/index.js', import.meta.url).href;

/** argv: the Ogg file, the folder for the decoded audio. Marks where a stream starts and where its audio does. */
const STREAMS = `
const { readFileSync, writeFileSync } = await import('node:fs');
const instantiate = WebAssembly.instantiate;
WebAssembly.instantiate = (...args) => {
  console.log('instantiated');
  return instantiate(...args);
};
const { GainStage, VorbisStream } = await import(${JSON.stringify(AUDIO)});
const [ogg, out] = [readFileSync(process.argv[1]), process.argv[2]];
/** Decodes the file (or its first \`upTo\` bytes, then abandons the stream) at unity gain into S16. */
async function decode(upTo) {
  const stream = new VorbisStream();
  const gain = new GainStage();
  const pcm = [];
  const end = upTo ?? ogg.length;
  for (let o = 0; o < end; o += 4096) {
    const b = await stream.push(ogg.subarray(o, Math.min(end, o + 4096)));
    if (b) pcm.push(gain.toS16(b.left, b.right, b.frames));
    if (b && pcm.length === 1) console.log('-- first audio');
  }
  if (upTo === undefined) {
    const b = await stream.end();
    if (b) pcm.push(gain.toS16(b.left, b.right, b.frames));
  }
  stream.free();
  return Buffer.concat(pcm);
}
writeFileSync(out + '/first', await decode());
console.log('-- after a stream that ended');
writeFileSync(out + '/after-end', await decode());
await decode(ogg.length >> 1);
await new Promise((r) => setTimeout(r, 1500));
console.log('-- after an abandoned stream');
writeFileSync(out + '/after-abandoned', await decode());
`;

test('a stream after another reuses its decoder (no new wasm instance), and its audio is libvorbis-exact', () => {
  const path = sampleCatalog().tracks[0]!.files[0]!.path;
  const out = mkdtempSync(join(tmpdir(), 'spotlet-decoder-'));
  const trace = execFileSync(process.execPath, ['--input-type=module', '-e', STREAMS, path, out], {
    encoding: 'utf8',
  });
  assert.match(trace.split('-- after')[0]!, /instantiated/, 'the first stream made its decoder');
  const reference = oggdecReference(path);
  for (const name of ['first', 'after-end', 'after-abandoned']) {
    const c = compareS16(readFileSync(join(out, name)), reference);
    assert.ok(c.maxDiff <= 1, `${name}: ±1 LSB of oggdec (max difference ${c.maxDiff})`);
  }
  for (const mark of ['after a stream that ended', 'after an abandoned stream']) {
    // Up to the stream's first audio: the library makes a new instance when a stream ends, after its audio.
    const during = trace.split(`-- ${mark}\n`)[1]?.split('-- first audio\n')[0];
    assert.ok(during !== undefined, `${mark}: the stream ran`);
    assert.doesNotMatch(during, /instantiated/, `${mark}: a new decoder was made`);
  }
});
