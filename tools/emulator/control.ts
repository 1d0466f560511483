/**
 * The emulator's fault injection and cluster view, for a test or soak that runs the emulator as a process of its
 * own (in another network namespace, or killed and started again on the same ports). One JSON request per line
 * on stdin (`{"id":1,"op":"cdn.fault","args":{...}}`), one JSON answer per line on stdout
 * (`{"id":1,"result":...}` or `{"id":1,"error":"..."}`). The operations are the in-process control objects'.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { errorMessage } from '../../src/core/errors.js';
import type { ApresolveEmulator } from './apresolve.js';
import type { CdnFault, CdnServer } from './cdn.js';
import type { Emulator } from './index.js';
import type { SpClientEmulator } from './web/spclient.js';
import type { ConnectCloud } from './web/dealer.js';

type Args = Record<string, unknown>;

const str = (a: Args, k: string): string => {
  const v = a[k];
  if (typeof v !== 'string') throw new Error(`${k}: expected a string`);
  return v;
};
const num = (a: Args, k: string, dflt?: number): number => {
  const v = a[k] ?? dflt;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${k}: expected a number`);
  return v;
};

/** Every operation: its name and what it does with the emulator's services. */
export function controlOperations(emu: Emulator): Record<string, (a: Args) => unknown> {
  const cloud = emu.services.get('dealer') as ConnectCloud;
  const cdn = emu.services.get('cdn') as CdnServer;
  const spclient = emu.services.get('spclient') as SpClientEmulator;
  const apresolve = emu.services.get('apresolve') as ApresolveEmulator;
  return {
    /** Every AP connection is cut (the speaker's AP session is lost). */
    'ap.drop': () => emu.ap.dropConnections(),
    /** Every dealer websocket is cut. */
    'dealer.drop': () => cloud.dropConnections(),
    /** A user's bearer tokens expire now (dealer closed, spclient 401). */
    'dealer.expireTokens': (a) => cloud.expireTokens(str(a, 'user')),
    /** A player command from the app to a device; the device's reply (true/false). */
    'dealer.command': (a) => cloud.command(str(a, 'user'), str(a, 'device'), a.command as Record<string, unknown>),
    /** Another device of the user takes the playback over. */
    'dealer.takeOver': (a) => cloud.takeOver(str(a, 'user'), str(a, 'device')),
    /** The user's cluster as the app sees it. */
    'dealer.cluster': (a) => {
      const c = cloud.cluster(str(a, 'user'));
      const ps = c.playerState;
      return {
        activeDeviceId: c.activeDeviceId,
        devices: [...c.devices].map(([id, d]) => ({ id, name: d.info.name ?? '' })),
        track: ps?.track?.uri ?? '',
        index: ps?.index?.track ?? 0,
        positionMs: Number(ps?.positionAsOfTimestamp ?? 0),
        timestamp: Number(ps?.timestamp ?? 0),
        isPlaying: !!ps?.isPlaying,
        isPaused: !!ps?.isPaused,
        isBuffering: !!ps?.isBuffering,
      };
    },
    /** connect-state PUTs received from index `since` on. */
    'dealer.puts': (a) =>
      cloud.puts.slice(num(a, 'since', 0)).map((p) => ({
        deviceId: p.deviceId,
        reason: p.reason,
        isActive: p.isActive,
        track: p.state?.track?.uri ?? '',
      })),
    /** The next `count` requests for a file (`*`: any) fail in this way. */
    'cdn.fault': (a) => cdn.fault(str(a, 'file'), str(a, 'kind') as CdnFault, num(a, 'count', 1)),
    /** CDN requests from index `since` on. */
    'cdn.requests': (a) => cdn.requests.slice(num(a, 'since', 0)),
    /** The next `count` spclient requests answer `status`. */
    'spclient.failNext': (a) => spclient.failNext(num(a, 'status'), num(a, 'count', 1)),
    /** The next `count` apresolve requests answer 503. */
    'apresolve.failNext': (a) => apresolve.failNext(num(a, 'count', 1)),
  };
}

/** Serves control requests from `input` until it ends; answers go to `output`. */
export function serveControl(emu: Emulator, input: Readable, output: Writable): void {
  const ops = controlOperations(emu);
  createInterface({ input }).on('line', (line) => {
    let id: unknown = null;
    void (async () => {
      try {
        const req = JSON.parse(line) as { id?: unknown; op?: unknown; args?: unknown };
        id = req.id ?? null;
        const op = typeof req.op === 'string' ? ops[req.op] : undefined;
        if (!op) throw new Error(`unknown operation ${JSON.stringify(req.op)}`);
        const args = req.args && typeof req.args === 'object' ? (req.args as Args) : {};
        const result = (await op(args)) ?? null;
        output.write(`${JSON.stringify({ id, result })}\n`);
      } catch (err) {
        output.write(`${JSON.stringify({ id, error: errorMessage(err) })}\n`);
      }
    })();
  });
}
