/**
 * Discovery benchmark: process start → first getInfo answered, getInfo requests/s, addUser latency, idle RSS.
 * The speaker runs as its own process with mDNS pinned to the loopback interface (nothing leaves the host);
 * addUser logs in to the emulated access point on loopback.
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setLogLevel } from '../../src/core/log.js';
import { Catalog, makeSampleCatalog, startEmulator } from '../../tools/emulator/index.js';
import { ControllerKey, buildAddUserBlob } from '../../tools/phone/index.js';
import { REPO_ROOT } from '../support/vectors.js';

const GOAL_START_MS = 400;
const GOAL_RSS_MB = 60;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function call(
  port: number,
  method: string,
  path: string,
  body?: string,
  agent?: Agent,
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent: agent ?? false,
        headers: body ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const rssMb = (pid: number): number =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const pct = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

setLogLevel('warn');
const emulator = await startEmulator({
  catalog: Catalog.load(makeSampleCatalog(join(tmpdir(), 'spotlet-ap-test-catalog'), { tracks: 2, seconds: 1 })),
});
const account = emulator.accounts.list.find((a) => a.premium)!;
const port = await freePort();
const stateDir = mkdtempSync(join(tmpdir(), 'spotlet-bench-'));
const apKey = join(stateDir, 'ap-key.pem');
writeFileSync(apKey, emulator.apPublicKeyPem);
const t0 = performance.now();
const child = spawn(
  process.execPath,
  [
    join(REPO_ROOT, 'dist/src/cli/spotlet.js'),
    '--interface',
    'lo',
    '--zeroconf-port',
    String(port),
    '--api-port',
    '0',
    '--state-dir',
    stateDir,
    '--log-level',
    'warn',
    '--ap',
    emulator.endpoints.ap!,
    '--ap-key',
    apKey,
  ],
  { stdio: 'ignore' },
);
let startMs = 0;
for (let i = 0; i < 2000; i++) {
  try {
    const info = await call(port, 'GET', '/?action=getInfo');
    if (info.status === 101) {
      startMs = performance.now() - t0;
      break;
    }
  } catch {
    await new Promise((r) => setTimeout(r, 2));
  }
}
if (!startMs) throw new Error('the speaker never answered getInfo');

await new Promise((r) => setTimeout(r, 2000));
const idleRss = rssMb(child.pid!);

const agent = new Agent({ keepAlive: true, maxSockets: 16 });
let done = 0;
const until = performance.now() + 3000;
const tStart = performance.now();
await Promise.all(
  Array.from({ length: 16 }, async () => {
    while (performance.now() < until) {
      await call(port, 'GET', '/?action=getInfo', undefined, agent);
      done++;
    }
  }),
);
const rps = done / ((performance.now() - tStart) / 1000);
agent.destroy();

const info = await call(port, 'GET', '/?action=getInfo');
const latencies: number[] = [];
for (let i = 0; i < 40; i++) {
  const key = new ControllerKey();
  const blob = buildAddUserBlob({
    deviceId: String(info.deviceID),
    userName: account.username,
    authType: 1,
    authData: account.storedCredential,
    sharedSecret: key.sharedSecret(Buffer.from(String(info.publicKey), 'base64')),
  });
  const form = new URLSearchParams({
    action: 'addUser',
    userName: account.username,
    blob,
    clientKey: key.publicKey.toString('base64'),
  }).toString();
  const t = performance.now();
  const r = await call(port, 'POST', '/', form);
  latencies.push(performance.now() - t);
  if (r.status !== 101) throw new Error(`addUser failed: ${JSON.stringify(r)}`);
}
const loadedRss = rssMb(child.pid!);
child.kill('SIGTERM');
await emulator.stop();

const fmt = (n: number): string => n.toFixed(1);
console.log(
  `start → first getInfo answered: ${fmt(startMs)} ms   (goal ≤ ${GOAL_START_MS} ms, ratio ${fmt((startMs / GOAL_START_MS) * 100)} %)`,
);
console.log(
  `RSS idle:                        ${fmt(idleRss)} MB   (goal ≤ ${GOAL_RSS_MB} MB, ratio ${fmt((idleRss / GOAL_RSS_MB) * 100)} %)`,
);
console.log(`getInfo throughput:              ${Math.round(rps)} requests/s (16 keep-alive connections, 3 s)`);
console.log(
  `addUser latency (AP login+fsync): median ${fmt(pct(latencies, 0.5))} ms, p95 ${fmt(pct(latencies, 0.95))} ms (40 logins)`,
);
console.log(`RSS after the load:              ${fmt(loadedRss)} MB`);
