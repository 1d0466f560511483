// `npm run demo`: the emulated Spotify cloud, a speaker and a phone on this machine. The phone logs the
// speaker in over zeroconf, plays the sample album, skips, changes the volume and pauses, printing what the
// app would show. Audio goes to the default ALSA device, or with `--wav FILE` into a WAV file.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// The speaker's command is in dist/src; the emulator's and the phone's are tools, outside the speaker's code.
const speakerCli = join(root, 'dist', 'src', 'cli', 'spotlet.js');
const tool = (name) => join(root, 'dist', 'tools', 'cli', `${name}.js`);
const dir = mkdtempSync(join(tmpdir(), 'spotlet-demo-'));
const wavAt = process.argv.indexOf('--wav');
const wav = wavAt > 0 ? process.argv[wavAt + 1] : undefined;
const children = [];
const stopAll = () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
};
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const say = (s) => process.stdout.write(`\n▶ ${s}\n`);

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

say('starting the emulated Spotify cloud (spotlet-emulator)');
const emu = spawn(process.execPath, [tool('spotlet-emulator'), '--write-config', join(dir, 'spotlet.conf')], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
children.push(emu);
const line = await new Promise((resolve, reject) => {
  let buf = '';
  emu.stdout.on('data', (d) => {
    buf += d;
    if (buf.includes('\n')) resolve(buf.split('\n')[0]);
  });
  emu.on('exit', () => reject(new Error('the emulator stopped')));
});
writeFileSync(join(dir, 'emulator.json'), `${line}\n`);
const desc = JSON.parse(line);
const account = desc.accounts[0];
const album = JSON.parse(
  readFileSync(
    join(process.env.XDG_CACHE_HOME || join(process.env.HOME, '.cache'), 'spotlet', 'emulator-catalog', 'catalog.json'),
    'utf8',
  ),
).albums[0];

const env = { ...process.env };
if (wav) {
  // Real ALSA, real-time paced, with the default PCM captured to a file (ALSA's file plugin).
  mkdirSync(join(dir, 'home'));
  writeFileSync(
    join(dir, 'home', '.asoundrc'),
    `pcm.!default {\n type file\n slave.pcm "null"\n file "${join(dir, 'out.raw')}"\n format "raw"\n}\n`,
  );
  env.HOME = join(dir, 'home');
  delete env.PULSE_SERVER;
}
const port = await freePort();
say(`starting the speaker "Demo Speaker" (zeroconf on 127.0.0.1:${port})`);
const speaker = spawn(
  process.execPath,
  [
    speakerCli,
    '--config',
    join(dir, 'spotlet.conf'),
    '--state-dir',
    join(dir, 'state'),
    '--name',
    'Demo Speaker',
    '--zeroconf-port',
    String(port),
    '--interface',
    'lo',
  ],
  {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  },
);
children.push(speaker);
speaker.stderr.on('data', (d) => {
  for (const l of String(d).split('\n')) {
    try {
      const j = JSON.parse(l);
      if (j.msg === 'speaker state') process.stdout.write(`  [speaker] state → ${j.state}\n`);
      else if (j.level === 'error' || j.level === 'warn')
        process.stdout.write(`  [speaker] ${j.level}: ${j.msg}${j.reason ? ` (${j.reason})` : ''}\n`);
    } catch {
      /* not a log line */
    }
  }
});
await sleep(800);

const phone = (...args) => {
  process.stdout.write(`  $ spotlet-phone ${args.join(' ')}\n`);
  const out = execFileSync(
    process.execPath,
    [tool('spotlet-phone'), ...args, ...(args[0] === 'login' ? [] : ['--emulator', join(dir, 'emulator.json')])],
    { encoding: 'utf8' },
  );
  if (out.trim()) process.stdout.write(out.replace(/^/gm, '    '));
};
say('the phone logs the user in on the speaker (zeroconf addUser)');
phone(
  'login',
  '--speaker',
  `http://127.0.0.1:${port}/`,
  '--user',
  account.username,
  '--stored-credential',
  account.storedCredential,
);
await sleep(1000);
say('the app lists the Connect devices');
phone('devices');
say(`play the album "${album.name}"`);
phone('play', album.uri);
await sleep(2500);
phone('status');
say('skip to the next track, set the volume to 80 %');
phone('next');
phone('volume', '80');
await sleep(2000);
phone('status');
say('pause, then resume');
phone('pause');
phone('status');
await sleep(1000);
phone('resume');
await sleep(1500);
phone('status');
say('done: stopping the speaker and the emulator');
speaker.kill('SIGTERM');
await new Promise((r) => speaker.on('exit', r));
emu.kill('SIGTERM');
if (wav) {
  mkdirSync(join(wav, '..'), { recursive: true });
  execFileSync('sox', [
    '-q',
    '-t',
    'raw',
    '-r',
    '44100',
    '-e',
    'signed',
    '-b',
    '16',
    '-c',
    '2',
    join(dir, 'out.raw'),
    wav,
  ]);
  say(`audio written to ${wav}`);
}
