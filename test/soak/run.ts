/**
 * The soak (#13): the speaker plays the sample catalog on repeat while a fault is injected every `intervalS` in
 * rotation: AP connection dropped, dealer dropped, CDN 503 / stalled body / truncated body, token expired, the
 * whole emulator process killed and started again on the same ports, the speaker's link down for 5 s. Measured:
 * audio dropouts from the captured ALSA stream, time to recover per fault kind, RSS and open fds, crashes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Catalog, makeSampleCatalog } from '../../tools/emulator/index.js';
import {
  AudioCapture,
  EmulatorProcess,
  NetnsPair,
  SpeakerLink,
  SpeakerProcess,
  waitFor,
  type ClusterView,
} from '../support/field.js';

export const FAULT_KINDS = [
  'ap-dropped',
  'dealer-dropped',
  'cdn-503',
  'cdn-stalled-body',
  'cdn-truncated-body',
  'token-expired',
  'emulator-restarted',
  'link-down-5s',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultRecord {
  kind: FaultKind;
  /** ms since the soak started */
  at: number;
  /** When the fault was over (the link back, the emulator started again; else when injected). */
  endAt: number;
  /** When playback was back: audio flowing and the cluster showing the speaker playing (ms since start). */
  recoveredAt: number | undefined;
}

export interface SoakResult {
  minutes: number;
  faults: FaultRecord[];
  dropouts: { at: number; ms: number }[];
  recovery: Record<string, { count: number; medianMs: number; maxMs: number; unrecovered: number }>;
  start: { rssKb: number; fds: number };
  /**
   * At the start of the second round of faults: every fault's recovery has run once (its code compiled, its
   * connections' buffers and caches made), so growth from here on is what would keep growing.
   */
  warm: { rssKb: number; fds: number } | undefined;
  end: { rssKb: number; fds: number };
  /** RSS and fds at each fault injection (s since the start), for the trend. */
  resources: { atS: number; rssKb: number; fds: number }[];
  crashes: number;
  /** Captured audio in seconds, and the soak's length. */
  audioS: number;
  wallS: number;
}

/** Requests each CDN fault spoils (a 503 outlasts the CDN's six quick attempts). */
const CDN_FAULT_COUNT: Partial<Record<FaultKind, number>> = {
  'cdn-503': 8,
  'cdn-stalled-body': 2,
  'cdn-truncated-body': 3,
};

/** No audio for this long is a dropout (the ALSA file plugin hands samples on in lumps of about 0.5 s). */
const DROPOUT_MS = 1000;

export async function runSoak(o: {
  minutes: number;
  intervalS?: number;
  /** Playing before the first fault and the starting figures (default 20 s: the first buffers, the JIT). */
  warmupS?: number;
  /** The rotation (default: every kind). */
  kinds?: readonly FaultKind[];
  log?: (s: string) => void;
  /** Where the speaker's log lines go (JSON lines), kept after the run. */
  speakerLog?: string;
}): Promise<SoakResult> {
  const intervalMs = (o.intervalS ?? 30) * 1000;
  const log = o.log ?? (() => {});
  const net = new NetnsPair('sk');
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-soak-'));
  const catalogDir = makeSampleCatalog(join(tmpdir(), 'spotlet-soak-catalog'), { tracks: 6, seconds: 30, refused: [] });
  const album = Catalog.load(catalogDir).contexts.find((c) => c.type === 'album')!;
  net.create();
  const emu = new EmulatorProcess(net, net.b, net.addrB, dir, catalogDir);
  const capture = new AudioCapture(dir);
  const link = new SpeakerLink(net, net.addrA);
  let speaker: SpeakerProcess | undefined;
  const t0 = Date.now();
  const since = (): number => Date.now() - t0;
  let sampler: NodeJS.Timeout | undefined;
  try {
    await emu.start();
    const account = emu.description.accounts.find((a) => a.premium)!;
    speaker = new SpeakerProcess(
      net,
      net.a,
      ['--config', emu.configFile, '--name', 'Soak'],
      { ...process.env, HOME: capture.home, PULSE_SERVER: '', SPOTIFY_TOKEN: account.accessToken },
      join(dir, 'state'),
    );
    const sp = speaker;
    let crashes = 0;
    const playing = (c: ClusterView | undefined): boolean =>
      !!c && c.activeDeviceId === sp.deviceId && c.isPlaying && !c.isBuffering;
    const cluster = (): Promise<ClusterView | undefined> => emu.cluster().catch(() => undefined);
    const play = async (): Promise<void> => {
      await waitFor(async () => (await cluster())?.devices.some((d) => d.id === sp.deviceId), 30_000, 'registered');
      await emu.command(sp.deviceId, {
        endpoint: 'play',
        context: { uri: album.uri },
        options: { player_options_override: { repeating_context: true } },
      });
      await waitFor(async () => playing(await cluster()), 30_000, 'playing');
    };
    sp.start();
    await play();
    sampler = setInterval(() => capture.sample(), 100);
    // Only the capture's size is used from here on: the file is kept small.
    const trimmer = setInterval(() => capture.trim(), 20_000);
    // Warm up (the first track's buffers, the JIT) before the starting figures.
    await new Promise((r) => setTimeout(r, (o.warmupS ?? 20) * 1000));
    const start = sp.resources()!;
    log(`start: RSS ${(start.rssKb / 1024).toFixed(1)} MB, ${start.fds} fds`);
    const faults: FaultRecord[] = [];
    const resources: SoakResult['resources'] = [];
    const endBy = t0 + o.minutes * 60_000;
    for (let i = 0; Date.now() + intervalMs <= endBy; i++) {
      const slotEnd = Date.now() + intervalMs;
      const kinds = o.kinds ?? FAULT_KINDS;
      const kind = kinds[i % kinds.length]!;
      const at = since();
      const res = sp.resources();
      if (res) resources.push({ atS: Math.round(at / 1000), ...res });
      const cdnBefore = kind.startsWith('cdn-') ? (await emu.call<unknown[]>('cdn.requests')).length : 0;
      await inject(kind);
      const rec: FaultRecord = { kind, at, endAt: since(), recoveredAt: undefined };
      faults.push(rec);
      if (kind.startsWith('cdn-')) {
        // A CDN fault bites the next requests, whenever the player makes them: it is over once the last of them
        // came (the client cut a stalled one off, or moved on from a 503 or a truncated body).
        const used = await waitFor(
          async () =>
            (await emu.call<unknown[]>('cdn.requests', { since: cdnBefore })).length >= CDN_FAULT_COUNT[kind]! ||
            Date.now() > slotEnd - 3000,
          intervalMs,
          'the CDN fault used',
        ).catch(() => false);
        rec.endAt = since();
        await emu.call('cdn.fault', { file: '*', kind: 'none', count: 0 }); // none left over for the next slot
        if (!used) log(`${kind}: not every faulted request came within the slot`);
      }
      // Recovered: the cluster shows the speaker playing and audio arrives (checked for up to the slot's end).
      const audioAtEnd = capture.bytes();
      for (;;) {
        if (!sp.running) {
          crashes++;
          log(`speaker exited (${JSON.stringify(sp.exits.at(-1))}), starting it again`);
          sp.start();
          await play().catch(() => {});
        }
        const c = await cluster();
        if (playing(c) && capture.bytes() > audioAtEnd + 44_100 * 4 * 0.25) {
          rec.recoveredAt = since();
          break;
        }
        if (Date.now() > slotEnd - 1000) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      log(
        `${(at / 1000).toFixed(0).padStart(5)} s  ${kind.padEnd(20)} recovered ${
          rec.recoveredAt === undefined ? 'NOT' : `in ${Math.max(0, rec.recoveredAt - rec.endAt)} ms`
        }`,
      );
      await new Promise((r) => setTimeout(r, Math.max(0, slotEnd - Date.now())));
    }
    // Let the last fault settle before the ending figures.
    await new Promise((r) => setTimeout(r, 10_000));
    const end = sp.resources() ?? { rssKb: 0, fds: 0 };
    clearInterval(trimmer);
    clearInterval(sampler);
    sampler = undefined;
    capture.sample();
    const dropouts = findDropouts(capture.arrivals);
    // A dropout belongs to the last fault injected before it began: audio was back only at its end.
    for (const d of dropouts) {
      const f = faults.filter((x) => x.at + t0 <= d.at).at(-1);
      if (f?.recoveredAt !== undefined) f.recoveredAt = Math.max(f.recoveredAt, d.at + d.ms - t0);
    }
    const kinds = o.kinds ?? FAULT_KINDS;
    return {
      minutes: o.minutes,
      faults,
      dropouts: dropouts.map((d) => ({ at: d.at - t0, ms: d.ms })),
      recovery: summarize(faults),
      start,
      warm: resources[kinds.length],
      end,
      resources,
      crashes,
      audioS: (capture.bytes() / 4 / 44_100) | 0,
      wallS: (since() / 1000) | 0,
    };
  } finally {
    clearInterval(sampler);
    await speaker?.stop().catch(() => {});
    if (o.speakerLog && speaker) writeFileSync(o.speakerLog, speaker.logs.map((l) => JSON.stringify(l)).join('\n'));
    await emu.stop().catch(() => {});
    net.destroy();
    rmSync(dir, { recursive: true, force: true });
  }

  async function inject(kind: FaultKind): Promise<void> {
    switch (kind) {
      case 'ap-dropped':
        return void (await emu.call('ap.drop'));
      case 'dealer-dropped':
        return void (await emu.call('dealer.drop'));
      case 'cdn-503':
        // Past the CDN's quick retries: a network fault the player rides out.
        return void (await emu.call('cdn.fault', { file: '*', kind: '503', count: CDN_FAULT_COUNT[kind] }));
      case 'cdn-stalled-body':
        return void (await emu.call('cdn.fault', { file: '*', kind: 'stall', count: CDN_FAULT_COUNT[kind] }));
      case 'cdn-truncated-body':
        return void (await emu.call('cdn.fault', { file: '*', kind: 'truncate', count: CDN_FAULT_COUNT[kind] }));
      case 'token-expired':
        return void (await emu.call('dealer.expireTokens', { user: emu.user }));
      case 'emulator-restarted':
        await emu.kill();
        return emu.start();
      case 'link-down-5s':
        link.down();
        await new Promise((r) => setTimeout(r, 5000));
        return link.up();
    }
  }
}

/** Stretches of at least DROPOUT_MS in which no audio arrived (from 100 ms samples of the captured total). */
export function findDropouts(arrivals: { at: number; bytes: number }[]): { at: number; ms: number }[] {
  const out: { at: number; ms: number }[] = [];
  let lastChange = arrivals[0];
  for (const a of arrivals) {
    if (!lastChange || a.bytes !== lastChange.bytes) {
      if (lastChange && a.at - lastChange.at >= DROPOUT_MS) out.push({ at: lastChange.at, ms: a.at - lastChange.at });
      lastChange = a;
    }
  }
  return out;
}

function summarize(faults: FaultRecord[]): SoakResult['recovery'] {
  const out: SoakResult['recovery'] = {};
  for (const kind of FAULT_KINDS) {
    const of = faults.filter((f) => f.kind === kind);
    if (!of.length) continue;
    const ms = of
      .filter((f) => f.recoveredAt !== undefined)
      .map((f) => Math.max(0, f.recoveredAt! - f.endAt))
      .sort((a, b) => a - b);
    out[kind] = {
      count: of.length,
      medianMs: ms.length ? ms[Math.floor((ms.length - 1) / 2)]! : 0,
      maxMs: ms.length ? ms.at(-1)! : 0,
      unrecovered: of.length - ms.length,
    };
  }
  return out;
}

/** RSS (MB) at the first fault injection of every 10 minutes. */
function trend(r: SoakResult): string {
  const out: string[] = [];
  for (const x of r.resources) if (out.length * 600 <= x.atS) out.push((x.rssKb / 1024).toFixed(1));
  return out.join(', ');
}

/** The soak's table (Markdown). */
export function soakTable(r: SoakResult): string {
  const mb = (kb: number): string => (kb / 1024).toFixed(1);
  const dropS = r.dropouts.reduce((s, d) => s + d.ms, 0) / 1000;
  const lines = [
    `| what | figure |`,
    `|---|---|`,
    `| length | ${r.minutes} min (${r.wallS} s wall, ${r.audioS} s of audio captured) |`,
    `| faults injected | ${r.faults.length} (${FAULT_KINDS.map((k) => `${k} ${r.recovery[k]?.count ?? 0}`).join(', ')}) |`,
    `| audio dropouts (≥ ${DROPOUT_MS / 1000} s without audio) | ${r.dropouts.length}, ${dropS.toFixed(1)} s in total |`,
    `| crashes | ${r.crashes} |`,
    `| RSS start → end | ${mb(r.start.rssKb)} → ${mb(r.end.rssKb)} MB (${mb(r.end.rssKb - r.start.rssKb)} MB) |`,
    ...(r.warm
      ? [
          `| RSS after one round of every fault → end | ${mb(r.warm.rssKb)} → ${mb(r.end.rssKb)} MB (${mb(r.end.rssKb - r.warm.rssKb)} MB) |`,
        ]
      : []),
    `| open fds start → end | ${r.start.fds} → ${r.end.fds} (${r.end.fds - r.start.fds}) |`,
    `| RSS every 10 min | ${trend(r)} MB |`,
    '',
    `| fault | injected | recovered within 5 s | recovery median | recovery max |`,
    `|---|---|---|---|---|`,
  ];
  for (const kind of FAULT_KINDS) {
    const s = r.recovery[kind];
    if (!s) continue;
    const within = r.faults.filter(
      (f) => f.kind === kind && f.recoveredAt !== undefined && f.recoveredAt - f.endAt <= 5000,
    ).length;
    lines.push(
      `| ${kind} | ${s.count} | ${within}${s.unrecovered ? ` (${s.unrecovered} not recovered)` : ''} | ${(s.medianMs / 1000).toFixed(1)} s | ${(s.maxMs / 1000).toFixed(1)} s |`,
    );
  }
  return lines.join('\n');
}
