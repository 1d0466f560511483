/**
 * The field lab: the speaker (`spotlet`) in one network namespace, the emulated Spotify (`spotlet-emulator
 * --control`) in another, joined by a veth pair whose speaker side can be taken down, flushed and given a new
 * address as a router restart would. Both are processes of their own, as on a real LAN: the emulator can be
 * killed and started again on the same ports, the speaker's audio is captured by ALSA (file plugin) with the
 * arrival time of every write. Used by the link tests and by the soak.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { NetnsPair } from './netns.js';
import { REPO_ROOT } from './vectors.js';

export const SPOTLET = join(REPO_ROOT, 'dist', 'src', 'cli', 'spotlet.js');
export const EMULATOR = join(REPO_ROOT, 'dist', 'tools', 'cli', 'spotlet-emulator.js');

export interface LogLine {
  t: string;
  level: string;
  part: string;
  msg: string;
  [k: string]: unknown;
}

export interface ClusterView {
  activeDeviceId: string;
  devices: { id: string; name: string }[];
  track: string;
  index: number;
  positionMs: number;
  timestamp: number;
  isPlaying: boolean;
  isPaused: boolean;
  isBuffering: boolean;
}

/** Polls `cond` every 50 ms up to `ms`. */
export async function waitFor<T>(cond: () => T | Promise<T>, ms: number, what: string): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await cond();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** `spotlet-emulator --control` in a namespace, on fixed ports kept in a state file (a restart is the same cloud). */
export class EmulatorProcess {
  child: ChildProcess | undefined;
  description: {
    accounts: { username: string; storedCredential: string; accessToken: string; premium: boolean }[];
    endpoints: Record<string, string>;
  } = { accounts: [], endpoints: {} };
  #next = 1;
  #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  readonly configFile: string;

  constructor(
    readonly net: NetnsPair,
    readonly ns: string,
    readonly host: string,
    readonly dir: string,
    readonly catalogDir: string,
  ) {
    this.configFile = join(dir, 'emulator.conf');
  }

  get user(): string {
    return this.description.accounts.find((a) => a.premium)!.username;
  }

  async start(): Promise<void> {
    const child = this.net.spawn(
      this.ns,
      process.execPath,
      [
        EMULATOR,
        '--host',
        this.host,
        '--state',
        join(this.dir, 'emulator-state.json'),
        '--catalog',
        this.catalogDir,
        '--write-config',
        this.configFile,
        '--control',
      ],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    child.stdin!.on('error', () => {});
    this.child = child;
    child.stderr!.resume();
    const lines = createInterface({ input: child.stdout! });
    const first = new Promise<string>((resolve, reject) => {
      lines.once('line', resolve);
      child.once('exit', (code) => reject(new Error(`emulator exited (${code}) before it started`)));
    });
    this.description = JSON.parse(await first);
    lines.on('line', (l) => {
      let m: { id?: number; result?: unknown; error?: string };
      try {
        m = JSON.parse(l);
      } catch {
        return;
      }
      const p = m.id === undefined ? undefined : this.#pending.get(m.id);
      if (!p) return;
      this.#pending.delete(m.id!);
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.result);
    });
    child.once('exit', () => {
      for (const p of this.#pending.values()) p.reject(new Error('emulator exited'));
      this.#pending.clear();
    });
  }

  /** One control operation (tools/emulator/control.ts). */
  call<T = unknown>(op: string, args: Record<string, unknown> = {}, timeoutMs = 10_000): Promise<T> {
    const child = this.child;
    if (!child?.stdin || child.exitCode !== null) return Promise.reject(new Error('emulator not running'));
    const id = this.#next++;
    return new Promise<T>((resolve, reject) => {
      const t = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`emulator did not answer ${op}`));
      }, timeoutMs);
      this.#pending.set(id, {
        resolve: (v) => {
          clearTimeout(t);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(t);
          reject(e);
        },
      });
      child.stdin!.write(`${JSON.stringify({ id, op, args })}\n`);
    });
  }

  cluster(): Promise<ClusterView> {
    return this.call<ClusterView>('dealer.cluster', { user: this.user });
  }

  command(device: string, command: Record<string, unknown>): Promise<boolean> {
    return this.call<boolean>('dealer.command', { user: this.user, device, command });
  }

  /** kill -9: every connection of the cloud breaks at once. */
  async kill(): Promise<void> {
    const c = this.child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    c.kill('SIGKILL');
    await once(c, 'exit');
  }

  async stop(): Promise<void> {
    const c = this.child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    c.kill('SIGTERM');
    const t = setTimeout(() => c.kill('SIGKILL'), 3000);
    await once(c, 'exit');
    clearTimeout(t);
  }
}

/**
 * The ALSA capture of a speaker process: `.asoundrc` in its HOME sends every sample through the file plugin into
 * a file, appended; `sample()` records how much has arrived when (for dropouts), `trim()` keeps the file small.
 */
export class AudioCapture {
  readonly home: string;
  readonly file: string;
  /** Bytes trimmed off the front of the file so far. */
  #trimmed = 0;
  readonly arrivals: { at: number; bytes: number }[] = [];

  constructor(dir: string) {
    this.home = join(dir, 'alsa-home');
    mkdirSync(this.home, { recursive: true });
    this.file = join(this.home, 'capture.raw');
    writeFileSync(
      join(this.home, '.asoundrc'),
      `pcm.!default {\n  type file\n  slave.pcm "null"\n  file "|cat >> ${this.file}"\n  format "raw"\n}\n`,
    );
  }

  /** Bytes captured so far (trimmed ones included). */
  bytes(): number {
    return this.#trimmed + (existsSync(this.file) ? statSync(this.file).size : 0);
  }

  frames(): number {
    return this.bytes() >> 2;
  }

  /** Notes the captured total now. */
  sample(): void {
    this.arrivals.push({ at: Date.now(), bytes: this.bytes() });
  }

  /** The capture as it is (after `trim`, only what came since). */
  read(): Buffer {
    return existsSync(this.file) ? readFileSync(this.file) : Buffer.alloc(0);
  }

  /** Empties the file (cat appends, so later writes go on at its new end). */
  trim(): void {
    if (!existsSync(this.file)) return;
    const size = statSync(this.file).size;
    truncateSync(this.file, 0);
    this.#trimmed += size;
  }
}

/** The speaker as a process (in a namespace, or in this one when `net` is undefined), its JSON log lines kept. */
export class SpeakerProcess {
  child: ChildProcess | undefined;
  readonly logs: LogLine[] = [];
  exits: { code: number | null; signal: string | null; at: number }[] = [];

  constructor(
    readonly net: NetnsPair | undefined,
    readonly ns: string,
    readonly args: string[],
    readonly env: NodeJS.ProcessEnv,
    readonly stateDir: string,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  get deviceId(): string {
    return (JSON.parse(readFileSync(join(this.stateDir, 'device.json'), 'utf8')) as { deviceId: string }).deviceId;
  }

  start(): void {
    const args = [SPOTLET, '--state-dir', this.stateDir, '--log-level', 'info', ...this.args];
    const opts = { env: this.env, stdio: ['ignore', 'ignore', 'pipe'] as ['ignore', 'ignore', 'pipe'] };
    const child = this.net
      ? this.net.spawn(this.ns, process.execPath, args, opts)
      : spawn(process.execPath, args, opts);
    this.child = child;
    createInterface({ input: child.stderr! }).on('line', (l) => {
      try {
        this.logs.push(JSON.parse(l) as LogLine);
      } catch {
        this.logs.push({ t: new Date().toISOString(), level: 'raw', part: 'stderr', msg: l });
      }
    });
    child.once('exit', (code, signal) => this.exits.push({ code, signal, at: Date.now() }));
  }

  /** The first log line from `from` on that `pred` accepts. */
  waitLog(pred: (l: LogLine) => boolean, ms: number, what: string, from = 0): Promise<LogLine> {
    return waitFor(() => this.logs.slice(from).find(pred), ms, what);
  }

  /** Resident memory (kB) and open file descriptors of the process. */
  resources(): { rssKb: number; fds: number } | undefined {
    const pid = this.pid;
    if (!pid || !this.running) return undefined;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return { rssKb, fds: readdirSync(`/proc/${pid}/fd`).length };
    } catch {
      return undefined;
    }
  }

  async stop(): Promise<void> {
    const c = this.child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    c.kill('SIGTERM');
    const t = setTimeout(() => c.kill('SIGKILL'), 5000);
    await once(c, 'exit');
    clearTimeout(t);
  }
}

/** The speaker's link: down, up, or up again with a new address (a router restart handing out a new lease). */
export class SpeakerLink {
  constructor(
    readonly net: NetnsPair,
    public address: string,
  ) {}

  #ip(...args: string[]): void {
    this.net.exec(this.net.a, 'ip', args);
  }

  down(): void {
    this.#ip('link', 'set', this.net.ifA, 'down');
  }

  up(): void {
    this.#ip('link', 'set', this.net.ifA, 'up');
  }

  /** The address goes away (no address at all until `setAddress`). */
  flush(): void {
    this.#ip('addr', 'flush', 'dev', this.net.ifA);
  }

  setAddress(address: string): void {
    this.#ip('addr', 'add', `${address}/24`, 'dev', this.net.ifA);
    this.address = address;
  }
}

export { NetnsPair };
