#!/usr/bin/env node
/**
 * `spotlet-phone`: emulates a phone's Spotify app on the LAN. One subcommand per thing a phone does;
 * new commands go into `commands` below.
 */
import { readFileSync } from 'node:fs';
import { createLogger, setLogLevel } from '../../src/core/log.js';
import {
  discoverSpeakers,
  enterPairingCode,
  getInfo,
  loginToSpeaker,
  RemoteControl,
  type RemoteStatus,
} from '../phone/index.js';
import { errorMessage } from '../../src/core/errors.js';

type Flags = Map<string, string[]>;

/** `--key value`, `--key=value` and bare `--switch` (value ''); repeated flags collect all values. */
function parseFlags(args: readonly string[], switches: readonly string[]): Flags {
  const flags: Flags = new Map();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) throw new UsageError(`unexpected argument ${JSON.stringify(a)}`);
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    let value: string;
    if (eq >= 0) value = a.slice(eq + 1);
    else if (switches.includes(name)) value = '';
    else {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`--${name} needs a value`);
      value = next;
    }
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return flags;
}

class UsageError extends Error {}

const one = (f: Flags, name: string): string | undefined => f.get(name)?.at(-1);

/** `--speaker` is a URL, or a name looked up by mDNS as a phone does. */
async function speakerUrl(f: Flags): Promise<string> {
  const speaker = one(f, 'speaker');
  if (!speaker) throw new UsageError('--speaker URL|NAME is required');
  if (/^https?:\/\//.test(speaker)) return speaker;
  const found = (await discoverSpeakers({ timeoutMs: timeoutOf(f), interfaces: f.get('interface') ?? [] })).find(
    (s) => s.name === speaker,
  );
  if (!found) throw new Error(`no speaker named ${JSON.stringify(speaker)} found on the network`);
  return found.url;
}
const timeoutOf = (f: Flags): number => {
  const t = Number(one(f, 'timeout') ?? 2500);
  if (!Number.isInteger(t) || t < 100 || t > 60_000) throw new UsageError('--timeout must be 100..60000 ms');
  return t;
};

interface Command {
  usage: string;
  run(args: readonly string[]): Promise<number>;
}

const commands: Record<string, Command> = {
  discover: {
    usage: 'discover [--json] [--timeout MS] [--interface IFACE]...',
    async run(args) {
      const f = parseFlags(args, ['json']);
      const speakers = await discoverSpeakers({ timeoutMs: timeoutOf(f), interfaces: f.get('interface') ?? [] });
      if (f.has('json')) process.stdout.write(`${JSON.stringify(speakers)}\n`);
      else for (const s of speakers) process.stdout.write(`${s.name}\t${s.url}\t${s.host}\n`);
      return 0;
    },
  },
  info: {
    usage: "info --speaker URL|NAME   (prints the speaker's getInfo JSON)",
    async run(args) {
      const reply = await getInfo(await speakerUrl(parseFlags(args, [])));
      process.stdout.write(`${JSON.stringify(reply.body)}\n`);
      return reply.body.status === 101 ? 0 : 1;
    },
  },
  login: {
    usage: 'login --speaker URL|NAME --user NAME (--password PW | --stored-credential BASE64) [--device-name NAME]',
    async run(args) {
      const f = parseFlags(args, []);
      const user = one(f, 'user');
      const password = one(f, 'password');
      const stored = one(f, 'stored-credential');
      if (!user || (password === undefined) === (stored === undefined)) {
        throw new UsageError('login needs --speaker, --user and exactly one of --password / --stored-credential');
      }
      const url = await speakerUrl(f);
      const authData = stored !== undefined ? Buffer.from(stored, 'base64') : Buffer.from(password!, 'utf8');
      if (authData.length === 0) throw new UsageError('the credential is empty');
      const result = await loginToSpeaker(url, {
        userName: user,
        authType: stored !== undefined ? 1 : 0,
        authData,
        deviceName: one(f, 'device-name') ?? 'spotlet-phone',
      });
      const { status, statusString } = result.addUser.body;
      process.stdout.write(
        `${JSON.stringify({
          speaker: url,
          httpStatus: result.addUser.httpStatus,
          status,
          statusString,
          activeUser: result.activeUser,
        })}\n`,
      );
      return status === 101 ? 0 : 1;
    },
  },
};

/** spotlet-emulator's JSON line (endpoints, accounts) from `--emulator FILE`. */
function emulatorLine(f: Flags): {
  endpoints?: Record<string, string>;
  accounts?: { username: string; password: string; storedCredential: string }[];
} {
  const file = one(f, 'emulator');
  if (!file) throw new UsageError('--emulator FILE (the JSON line spotlet-emulator prints) is required');
  try {
    return JSON.parse(readFileSync(file, 'utf8').split('\n')[0]!);
  } catch (err) {
    throw new UsageError(`${file}: not the emulator's JSON line (${errorMessage(err)})`);
  }
}

commands.pair = {
  usage: "pair CODE --emulator FILE [--user NAME] [--deny]   (enters a speaker's login code, as at spotify.com/pair)",
  async run(args) {
    const [code, ...rest] = args;
    if (!code || code.startsWith('--')) throw new UsageError('pair needs the CODE the speaker shows');
    const f = parseFlags(rest, ['deny']);
    const emu = emulatorLine(f);
    const account = emu.accounts?.find((a) => a.username === (one(f, 'user') ?? a.username));
    if (!emu.endpoints?.accounts || !account) throw new UsageError('the emulator line lacks the accounts service');
    const { username } = await enterPairingCode({
      pairUrl: `${emu.endpoints.accounts}/pair`,
      userCode: code,
      username: account.username,
      password: account.password,
      deny: f.has('deny'),
    });
    process.stdout.write(`${JSON.stringify({ code, username, approved: !f.has('deny') })}\n`);
    return 0;
  },
};

/**
 * Remote-control commands: `--emulator FILE` is spotlet-emulator's JSON line (endpoints and accounts);
 * `--device NAME|ID` picks the speaker (default: the active one, else the only one).
 */
async function withRemote(
  args: readonly string[],
  positional: number,
  fn: (r: RemoteControl, device: string, pos: string[], status: RemoteStatus) => Promise<void>,
): Promise<number> {
  const pos = args.slice(0, positional).filter((a) => !a.startsWith('--'));
  if (pos.length !== positional) throw new UsageError(`expected ${positional} argument(s)`);
  const f = parseFlags(args.slice(positional), []);
  const emu = emulatorLine(f);
  const e = emu.endpoints ?? {};
  const account = emu.accounts?.find((a) => a.username === (one(f, 'user') ?? a.username));
  if (!e.login5 || !e.clienttoken || !e.spclient_url || !e.dealer_url || !account)
    throw new UsageError('the emulator line lacks endpoints or accounts');
  setLogLevel('error');
  const remote = new RemoteControl(
    { login5: e.login5, clienttoken: e.clienttoken, spclient_url: e.spclient_url, dealer_url: e.dealer_url },
    account.username,
    Buffer.from(account.storedCredential, 'base64'),
    createLogger('phone'),
  );
  try {
    const status = await remote.status();
    const want = one(f, 'device');
    const device = want
      ? status.devices.find((d) => d.id === want || d.name === want)
      : (status.devices.find((d) => d.active) ?? (status.devices.length === 1 ? status.devices[0] : undefined));
    if (!device && want !== undefined) throw new Error(`no device ${JSON.stringify(want)}`);
    await fn(remote, device?.id ?? '', pos, status);
    return 0;
  } finally {
    remote.close();
  }
}

function printStatus(s: RemoteStatus): void {
  const dev = s.devices.find((d) => d.id === s.activeDeviceId);
  const fmt = (ms: number): string =>
    `${Math.floor(ms / 60000)}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}`;
  process.stdout.write(
    `${JSON.stringify({
      device: dev?.name ?? null,
      state: !dev ? 'idle' : s.paused ? 'paused' : s.playing ? 'playing' : 'stopped',
      track: s.track || null,
      context: s.contextUri || null,
      position: `${fmt(s.positionMs)} / ${fmt(s.durationMs)}`,
      shuffle: s.shuffle,
      repeat: s.repeatTrack ? 'track' : s.repeatContext ? 'context' : 'off',
      volume: dev ? `${Math.round((dev.volume / 65535) * 100)}%` : null,
    })}\n`,
  );
}

const need = (device: string): string => {
  if (!device) throw new Error('no speaker to control: use --device NAME|ID (see `devices`)');
  return device;
};

const remoteCommands: Record<
  string,
  {
    usage: string;
    args: number;
    run: (r: RemoteControl, device: string, pos: string[], s: RemoteStatus) => Promise<void>;
  }
> = {
  devices: {
    usage: 'devices',
    args: 0,
    run: async (_r, _d, _p, s) =>
      void process.stdout.write(
        s.devices
          .map((d) => `${d.active ? '*' : ' '} ${d.name}\t${d.id}\tvolume ${Math.round((d.volume / 65535) * 100)}%\n`)
          .join(''),
      ),
  },
  status: { usage: 'status', args: 0, run: async (_r, _d, _p, s) => printStatus(s) },
  transfer: { usage: 'transfer --device NAME|ID', args: 0, run: (r, d) => r.transfer(need(d)) },
  play: {
    usage: 'play URI',
    args: 1,
    run: (r, d, [uri]) =>
      r.command(
        need(d),
        uri!.startsWith('spotify:track:') || uri!.startsWith('spotify:episode:')
          ? { endpoint: 'play', context: { pages: [{ tracks: [{ uri }] }] } }
          : { endpoint: 'play', context: { uri } },
      ),
  },
  pause: { usage: 'pause', args: 0, run: (r, d) => r.command(need(d), { endpoint: 'pause' }) },
  resume: { usage: 'resume', args: 0, run: (r, d) => r.command(need(d), { endpoint: 'resume' }) },
  seek: {
    usage: 'seek MS',
    args: 1,
    run: (r, d, [ms]) => r.command(need(d), { endpoint: 'seek_to', value: Number(ms) }),
  },
  next: { usage: 'next', args: 0, run: (r, d) => r.command(need(d), { endpoint: 'skip_next' }) },
  prev: { usage: 'prev', args: 0, run: (r, d) => r.command(need(d), { endpoint: 'skip_prev' }) },
  shuffle: {
    usage: 'shuffle on|off',
    args: 1,
    run: (r, d, [v]) => r.command(need(d), { endpoint: 'set_shuffling_context', value: v === 'on' }),
  },
  repeat: {
    usage: 'repeat off|context|track',
    args: 1,
    run: async (r, d, [v]) => {
      await r.command(need(d), { endpoint: 'set_repeating_context', value: v === 'context' || v === 'track' });
      await r.command(need(d), { endpoint: 'set_repeating_track', value: v === 'track' });
    },
  },
  autoplay: { usage: 'autoplay on|off', args: 1, run: (r, _d, [v]) => r.setAutoplay(v === 'on') },
  queue: {
    usage: 'queue URI',
    args: 1,
    run: (r, d, [uri]) => r.command(need(d), { endpoint: 'add_to_queue', track: { uri } }),
  },
  volume: {
    usage: 'volume PERCENT',
    args: 1,
    run: (r, d, [pct]) => r.volume(need(d), Math.round((Math.min(100, Math.max(0, Number(pct))) / 100) * 65535)),
  },
};
for (const [name, rc] of Object.entries(remoteCommands)) {
  commands[name] = {
    usage: `${rc.usage} --emulator FILE [--device NAME|ID] [--user NAME]`,
    run: (args) => withRemote(args, rc.args, rc.run),
  };
}

function usage(): string {
  return (
    'usage: spotlet-phone <command> [options]\n' +
    Object.values(commands)
      .map((c) => `  spotlet-phone ${c.usage}\n`)
      .join('')
  );
}

const [name, ...rest] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  process.stderr.write(usage());
  process.exit(name === '--help' || name === '-h' ? 0 : 2);
}
try {
  process.exitCode = await command.run(rest);
} catch (err) {
  process.stderr.write(`spotlet-phone ${name}: ${errorMessage(err)}\n`);
  process.exitCode = err instanceof UsageError ? 2 : 1;
}
