/**
 * The support bundle: one plain-text report an owner downloads from the page and attaches to a bug report, as
 * raspotify's crash report does: versions, the system, board and hat detection, the ALSA devices (`aplay -l`,
 * `aplay -L`), the configuration with secrets redacted and where each value came from, the speaker's state
 * without secrets, and the recent log lines. Every secret the speaker knows is scrubbed from the whole text
 * once more before it leaves, whatever section it might have reached.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { arch, freemem, release, totalmem, uptime } from 'node:os';
import type { ConfigSource, Section } from '../core/config.js';
import { isSecretField } from '../core/log.js';

export interface BundleInput {
  version: string;
  sections: readonly Section[];
  config: Record<string, Record<string, unknown>>;
  sources: Record<string, ConfigSource>;
  /** Config problems found at start. */
  problems: string[];
  /** Board and hat detection (what was read and what it picked). */
  hardware: Record<string, unknown>;
  /** The speaker's state, already without secrets (status, session, device login, stored user…). */
  state: Record<string, unknown>;
  logs: string[];
  /** Every secret value the speaker holds (passwords, credentials, tokens): never in the report. */
  secrets: string[];
}

const COMMANDS = [
  { title: 'aplay -l (playback hardware)', file: 'aplay', args: ['-l'] },
  { title: 'aplay -L (PCM devices)', file: 'aplay', args: ['-L'] },
];

/** A command's output, bounded in time and size; a missing command says so instead of failing the report. */
function run(file: string, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: 5000, maxBuffer: 256 * 1024 }, (err, stdout, stderr) => {
      const out = `${stdout}${stderr ? `\n(stderr)\n${stderr}` : ''}`.trim();
      if (err && !out) resolve(`(not available: ${err.message.split('\n')[0]})`);
      else resolve(out || '(no output)');
    });
  });
}

function readOr(path: string, fallback: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/\0/g, '').trim() || fallback;
  } catch {
    return fallback;
  }
}

/** The configuration as `key = value   (source)` lines, secret keys redacted. */
function configLines(input: BundleInput): string[] {
  const lines: string[] = [];
  for (const s of input.sections) {
    lines.push(s.name ? `[${s.name}]` : '(general)');
    for (const name of Object.keys(s.fields)) {
      const key = s.name ? `${s.name}.${name}` : name;
      const v = input.config[s.name]?.[name];
      const text = Array.isArray(v) ? v.join(', ') : String(v);
      const shown = isSecretField(name) && text !== '' ? '[redacted]' : JSON.stringify(text);
      lines.push(`  ${name} = ${shown}   (${input.sources[key] ?? 'default'})`);
    }
  }
  return lines;
}

/** The report's text. */
export async function supportBundle(input: BundleInput, now = new Date()): Promise<string> {
  const outputs = await Promise.all(COMMANDS.map((c) => run(c.file, c.args)));
  const section = (title: string, body: string | string[]): string =>
    `== ${title} ==\n${Array.isArray(body) ? body.join('\n') : body}\n`;
  const text = [
    `spotlet support report, ${now.toISOString()}`,
    '',
    section('versions', [
      `spotlet ${input.version}`,
      `node ${process.version} (${arch()})`,
      `kernel ${release()}`,
      `os ${readOr('/etc/os-release', '(unknown)').match(/^PRETTY_NAME="?([^"\n]*)"?/m)?.[1] ?? '(unknown)'}`,
      `uptime ${Math.round(uptime())} s, memory free ${Math.round(freemem() / 2 ** 20)} of ${Math.round(totalmem() / 2 ** 20)} MB`,
      `process rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB, up ${Math.round(process.uptime())} s`,
    ]),
    section('board and hat', JSON.stringify(input.hardware, null, 2)),
    ...COMMANDS.map((c, i) => section(c.title, outputs[i]!)),
    section('state', JSON.stringify(input.state, null, 2)),
    section('configuration (secrets redacted; the source of each value in brackets)', configLines(input)),
    section('configuration problems', input.problems.length ? input.problems : ['(none)']),
    section(`recent log (${input.logs.length} lines)`, input.logs),
  ].join('\n');
  return scrub(text, input.secrets);
}

/** `text` with every occurrence of each secret (and its base64 and URL-encoded forms) replaced. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) {
    if (s.length < 4) continue;
    for (const form of new Set([s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)]))
      out = out.split(form).join('[redacted]');
  }
  return out;
}
