/**
 * Two network namespaces joined by a veth pair, for multicast tests that must never touch a real network.
 * Addresses are 10.x inside the namespaces only; `destroy` removes both (and with them the veth pair).
 */
import { execFileSync, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export class NetnsPair {
  readonly a: string;
  readonly b: string;
  readonly ifA: string;
  readonly ifB: string;
  readonly addrA: string;
  readonly addrB: string;

  constructor(tag: string) {
    const id = `${tag}${process.pid % 100000}`;
    this.a = `${id}a`;
    this.b = `${id}b`;
    this.ifA = `v${id}a`.slice(0, 15);
    this.ifB = `v${id}b`.slice(0, 15);
    const net = `10.${200 + (process.pid % 50)}.${process.pid % 250}`;
    this.addrA = `${net}.1`;
    this.addrB = `${net}.2`;
  }

  /** Whether this machine lets us create namespaces (root with iproute2). */
  static available(): boolean {
    try {
      execFileSync('ip', ['netns', 'list'], { stdio: 'ignore' });
      return process.getuid?.() === 0;
    } catch {
      return false;
    }
  }

  /** `ipv6`: keep IPv6 on the veth link (link-local addresses usable at once, no DAD wait). */
  create(opts: { ipv6?: boolean } = {}): void {
    this.destroy();
    const ip = (...args: string[]): void => void execFileSync('ip', args, { stdio: 'pipe' });
    ip('netns', 'add', this.a);
    ip('netns', 'add', this.b);
    ip('link', 'add', this.ifA, 'type', 'veth', 'peer', 'name', this.ifB);
    ip('link', 'set', this.ifA, 'netns', this.a);
    ip('link', 'set', this.ifB, 'netns', this.b);
    for (const [ns, dev, addr] of [
      [this.a, this.ifA, this.addrA],
      [this.b, this.ifB, this.addrB],
    ] as const) {
      // Without IPv6, or with it but no DAD: an address finishing DAD later would look like an address change.
      const sysctl = opts.ipv6 ? `net.ipv6.conf.${dev}.accept_dad=0` : `net.ipv6.conf.${dev}.disable_ipv6=1`;
      execFileSync('ip', ['netns', 'exec', ns, 'sysctl', '-qw', sysctl], { stdio: 'pipe' });
      ip('-n', ns, 'addr', 'add', `${addr}/24`, 'dev', dev);
      ip('-n', ns, 'link', 'set', 'lo', 'up');
      ip('-n', ns, 'link', 'set', dev, 'up');
    }
  }

  /** A second veth pair between the two namespaces, on its own subnet; `removeLink` takes it away. */
  addLink(): { ifA: string; ifB: string; addrA: string; addrB: string } {
    const net = this.addrA.replace(/\.(\d+)\.1$/, (_, o: string) => `.${(Number(o) + 1) % 256}`);
    const l = {
      ifA: `${this.ifA}2`.slice(0, 15),
      ifB: `${this.ifB}2`.slice(0, 15),
      addrA: `${net}.1`,
      addrB: `${net}.2`,
    };
    const ip = (...args: string[]): void => void execFileSync('ip', args, { stdio: 'pipe' });
    ip('link', 'add', l.ifA, 'type', 'veth', 'peer', 'name', l.ifB);
    ip('link', 'set', l.ifA, 'netns', this.a);
    ip('link', 'set', l.ifB, 'netns', this.b);
    for (const [ns, dev, addr] of [
      [this.a, l.ifA, l.addrA],
      [this.b, l.ifB, l.addrB],
    ] as const) {
      execFileSync('ip', ['netns', 'exec', ns, 'sysctl', '-qw', `net.ipv6.conf.${dev}.disable_ipv6=1`], {
        stdio: 'pipe',
      });
      ip('-n', ns, 'addr', 'add', `${addr}/24`, 'dev', dev);
      ip('-n', ns, 'link', 'set', dev, 'up');
    }
    return l;
  }

  removeLink(l: { ifA: string }): void {
    execFileSync('ip', ['-n', this.a, 'link', 'del', l.ifA], { stdio: 'ignore' });
  }

  /** Runs a command inside a namespace. */
  spawn(ns: string, cmd: string, args: readonly string[], opts: SpawnOptions = {}): ChildProcess {
    return spawn('ip', ['netns', 'exec', ns, cmd, ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  }

  exec(ns: string, cmd: string, args: readonly string[]): string {
    return execFileSync('ip', ['netns', 'exec', ns, cmd, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  destroy(): void {
    for (const ns of [this.a, this.b]) {
      try {
        execFileSync('ip', ['netns', 'del', ns], { stdio: 'ignore' });
      } catch {
        /* not there */
      }
    }
  }
}
