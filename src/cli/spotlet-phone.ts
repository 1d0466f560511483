#!/usr/bin/env node
/**
 * `spotlet-phone`: emulates a phone's Spotify app on the LAN. One subcommand per thing a phone does;
 * new commands go into `commands` below.
 */
import { discoverSpeakers, getInfo, loginToSpeaker } from '../phone/index.js';

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
  const found = (await discoverSpeakers({ timeoutMs: timeoutOf(f), interfaces: f.get('interface') ?? [] })).find((s) => s.name === speaker);
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
      if (f.has('json')) process.stdout.write(JSON.stringify(speakers) + '\n');
      else for (const s of speakers) process.stdout.write(`${s.name}\t${s.url}\t${s.host}\n`);
      return 0;
    },
  },
  info: {
    usage: 'info --speaker URL|NAME   (prints the speaker\'s getInfo JSON)',
    async run(args) {
      const reply = await getInfo(await speakerUrl(parseFlags(args, [])));
      process.stdout.write(JSON.stringify(reply.body) + '\n');
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
      const result = await loginToSpeaker(url, { userName: user, authType: stored !== undefined ? 1 : 0, authData, deviceName: one(f, 'device-name') ?? 'spotlet-phone' });
      const { status, statusString } = result.addUser.body;
      process.stdout.write(JSON.stringify({ speaker: url, httpStatus: result.addUser.httpStatus, status, statusString, activeUser: result.activeUser }) + '\n');
      return status === 101 ? 0 : 1;
    },
  },
};

function usage(): string {
  return 'usage: spotlet-phone <command> [options]\n' + Object.values(commands).map((c) => `  spotlet-phone ${c.usage}\n`).join('');
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
  process.stderr.write(`spotlet-phone ${name}: ${(err as Error).message}\n`);
  process.exitCode = err instanceof UsageError ? 2 : 1;
}
