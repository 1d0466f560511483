import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlsaMixer,
  AlsaSink,
  mixerDeviceFor,
  SINK_NAMES,
  SINKS,
  sinkOpener,
  type SinkError,
} from '../../src/audio/index.js';
import { createLogger } from '../../src/core/log.js';
import { alsaCapture } from './support.js';

const log = createLogger('test');
const tone = Buffer.alloc(44100 * 4);
for (let i = 0; i < 44100; i++) {
  const s = Math.round(Math.sin((2 * Math.PI * 440 * i) / 44100) * 12000);
  tone.writeInt16LE(s, i * 4);
  tone.writeInt16LE(s, i * 4 + 2);
}

for (const name of SINK_NAMES) {
  test(`${name} backend (from the table) writes the exact samples`, async () => {
    const cap = alsaCapture();
    const file = join(cap.env.HOME!, 'snapfifo.raw');
    const sink = SINKS[name].open({ device: name === 'file' ? file : 'default', env: cap.env });
    await sink.write(tone);
    await sink.close();
    const got = name === 'file' ? readFileSync(file) : cap.read();
    assert.ok(got.length >= tone.length);
    assert.ok(got.subarray(0, tone.length).equals(tone));
  });
}

test('a backend that fails gives way to its fallback for the following opens (native, speaker → aplay)', async () => {
  for (const name of ['native', 'speaker'] as const) {
    const env = { ...process.env, HOME: mkdtempSync(join(tmpdir(), 'spotlet-nodac-')) };
    const open = sinkOpener(name, { device: 'hw:CARD=NoSuchDac', env }, log);
    const first = open();
    await once(first, 'error');
    const second = open();
    assert.ok(second instanceof AlsaSink, `${name} fell back to aplay`);
    await once(second, 'error');
  }
});

test('a DAC that cannot be opened is reported as an error event; the process lives on', async () => {
  for (const backend of ['aplay', 'speaker'] as const) {
    const sink = new AlsaSink({
      device: 'hw:CARD=NoSuchDac',
      backend,
      pace: false,
      env: { ...process.env, HOME: mkdtempSync(join(tmpdir(), 'spotlet-nodac-')) },
    });
    const [err] = (await once(sink, 'error')) as [SinkError];
    assert.equal(err.code, 'ERR_AUDIO_SINK');
    await assert.rejects(
      () => sink.write(tone),
      (e: { code?: string }) => e.code === 'ERR_AUDIO_SINK',
    );
  }
});

test('hardware volume drives amixer with the mixer control and card, coalescing fast steps', async () => {
  const bin = mkdtempSync(join(tmpdir(), 'spotlet-amixer-'));
  const logFile = join(bin, 'calls');
  writeFileSync(join(bin, 'amixer'), `#!/bin/sh\necho "$@" >> ${logFile}\nsleep 0.05\n`);
  chmodSync(join(bin, 'amixer'), 0o755);
  const oldPath = process.env.PATH;
  process.env.PATH = `${bin}:${oldPath}`;
  try {
    const mixer = new AlsaMixer('Digital', mixerDeviceFor('hw:CARD=sndrpihifiberry,DEV=0'), log);
    for (let v = 0; v <= 65535; v += 6553) mixer.setVolume(v);
    mixer.setVolume(32767);
    await new Promise((r) => setTimeout(r, 400));
  } finally {
    process.env.PATH = oldPath;
  }
  const calls = readFileSync(logFile, 'utf8').trim().split('\n');
  assert.ok(calls.length <= 3, `coalesced to ${calls.length} calls`);
  assert.equal(calls.at(-1), '-D hw:CARD=sndrpihifiberry -q -M sset Digital 50.0%');
  assert.equal(mixerDeviceFor('default'), undefined);
  assert.equal(mixerDeviceFor('hw:1,0'), 'hw:1');
});
