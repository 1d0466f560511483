/** A whole speaker with its page, run as the spotlet command runs it (restarts in place), and an HTTP client. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { type Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpeakerRunner, type StartOptions } from '../../src/speaker/index.js';
import type { Emulator } from '../../tools/emulator/index.js';
import { loginToSpeaker } from '../../tools/phone/index.js';
import { until } from '../ap/helpers.js';
import { alsaCapture } from '../audio/support.js';

/**
 * The speaker named `name` on the emulator with `config` (general keys first), its audio captured, zeroconf on
 * loopback and the page on any free port; `argv` adds flags.
 */
export async function pageSpeaker(
  emu: Emulator,
  name: string,
  config = '',
  o: { argv?: string[]; start?: Omit<StartOptions, 'restart' | 'webListener'>; logLevel?: string } = {},
) {
  const cap = alsaCapture();
  const homeBefore = process.env.HOME;
  process.env.HOME = cap.env.HOME; // ALSA in the aplay child reads ~/.asoundrc: capture every sample
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-page-'));
  writeFileSync(join(dir, 'ap.pem'), emu.apPublicKeyPem);
  writeFileSync(
    join(dir, 'spotlet.conf'),
    `name = ${name}\n${config}\n${emu.configIni(join(dir, 'ap.pem'))}\n[zeroconf]\nport = 0\ninterfaces = lo\n[web]\nport = 0\n`,
  );
  const argv = [
    '--config',
    join(dir, 'spotlet.conf'),
    '--state-dir',
    join(dir, 'state'),
    '--log-level',
    o.logLevel ?? 'warn',
    ...(o.argv ?? []),
  ];
  const runner = await SpeakerRunner.start({ argv, env: {} }, o.start);
  const port = runner.speaker.page!.port;
  return {
    runner,
    dir,
    cap,
    port,
    base: `http://127.0.0.1:${port}`,
    get speaker() {
      return runner.speaker;
    },
    async stop() {
      await runner.stop();
      process.env.HOME = homeBefore;
    },
  };
}

/** A phone hands `account` to the speaker (zeroconf addUser, its stored credentials); resolves once logged in. */
export async function phoneLogin(
  sp: Awaited<ReturnType<typeof pageSpeaker>>,
  account: { username: string; storedCredential: Buffer },
): Promise<void> {
  await loginToSpeaker(`http://127.0.0.1:${sp.speaker.zeroconf.port}/`, {
    userName: account.username,
    authType: 1,
    authData: account.storedCredential,
  });
  await until(() => sp.speaker.port.status().user === account.username, 8000, 'logged in');
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: Record<string, unknown>;
}

/**
 * One request with full control of the headers (Host, Origin, Cookie, Content-Type); on a connection of its own
 * unless `agent` (e.g. one that keeps its connection alive) is given.
 */
export function call(
  port: number,
  method: string,
  path: string,
  o: { body?: string | object; headers?: Record<string, string>; cookie?: string; agent?: Agent } = {},
): Promise<Reply> {
  const body = o.body === undefined ? undefined : typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
  const headers: Record<string, string> = {
    ...(body !== undefined && typeof o.body === 'object'
      ? { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}` }
      : {}),
    ...(o.cookie ? { Cookie: o.cookie } : {}),
    ...o.headers,
  };
  return new Promise((resolve, reject) => {
    // By default a connection of its own per request: no request waits behind another on a shared one.
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: o.agent ?? false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: Record<string, unknown> = {};
        try {
          json = JSON.parse(text) as Record<string, unknown>;
        } catch {
          json = {};
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The owner cookie from a reply's Set-Cookie (name=value). */
export function ownerCookie(r: Reply): string {
  const set = r.headers['set-cookie'];
  const first = Array.isArray(set) ? set[0] : set;
  const m = /^(spotlet_owner=[^;]+)/.exec(first ?? '');
  if (!m) throw new Error(`no owner cookie in ${JSON.stringify(set)}`);
  return m[1]!;
}
