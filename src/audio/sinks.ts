/**
 * The output backends, in one table (`SINKS`), as librespot's BACKENDS: the config's `[audio] backend` values,
 * their documentation and how each opens. Adding an output is adding a row.
 */
import type { Logger } from '../core/log.js';
import { NativeSink } from './native-sink.js';
import { AlsaSink, FileSink, type Sink } from './sink.js';

export interface SinkSettings {
  /** ALSA PCM, or the file/FIFO path of the file backend. */
  device: string;
  /** Environment of a child process (ALSA reads ~/.asoundrc through HOME). */
  env?: NodeJS.ProcessEnv;
  /** The native output: what ALSA keeps when a command takes back the rest of what it holds (ms). */
  leadMs?: number;
  /** The native output: the file its writes to ALSA are traced in. */
  trace?: string;
}

export interface SinkBackend {
  doc: string;
  open(s: SinkSettings, log?: Logger): Sink;
  /** The backend the following opens use once this one failed (it cannot open every device the other can). */
  fallback?: string;
}

export const SINKS = {
  native: {
    doc: 'ALSA through our own output program (in a child process): pause, skip and volume are heard at once',
    open: ({ device, env, leadMs, trace }) =>
      new NativeSink({ device, ...(env ? { env } : {}), ...(leadMs ? { leadMs } : {}), ...(trace ? { trace } : {}) }),
    fallback: 'aplay',
  },
  aplay: {
    doc: 'ALSA through aplay (in a child process)',
    open: (s) => new AlsaSink({ device: s.device, backend: 'aplay', ...(s.env ? { env: s.env } : {}) }),
  },
  speaker: {
    doc: 'ALSA through the speaker module (in a child process: the addon aborts its process when ALSA fails)',
    open: (s) => new AlsaSink({ device: s.device, backend: 'speaker', ...(s.env ? { env: s.env } : {}) }),
    fallback: 'aplay',
  },
  file: {
    doc: "raw S16LE to a file, or to a FIFO read in real time (Snapcast's pipe source)",
    open: (s, log?: Logger) => new FileSink(s.device, log),
  },
} satisfies Record<string, SinkBackend>;

export type SinkName = keyof typeof SINKS;
export const SINK_NAMES = Object.keys(SINKS) as SinkName[];

/** Opens `name`; a backend that fails gives way to its fallback for the following opens. */
export function sinkOpener(name: SinkName, s: SinkSettings, log: Logger): () => Sink {
  let current: SinkName = name;
  return () => {
    const backend: SinkBackend = SINKS[current];
    const sink = backend.open(s, log);
    const fallback = backend.fallback as SinkName | undefined;
    if (fallback)
      sink.once('error', () => {
        log.warn(`${current} backend failed; falling back to ${fallback}`, { device: s.device });
        current = fallback;
      });
    return sink;
  };
}
