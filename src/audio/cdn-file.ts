/**
 * Reads an encrypted audio file from the CDN with HTTP Range requests (docs/protocol/05 §5): the first request is
 * small for a fast start, later ones larger; one request runs ahead of the reader (bounded memory). A failing
 * URL falls through to the next; 403/404/410 (expired or revoked URL) refresh the URL list once per failure run.
 */
import { Backoff } from '../core/backoff.js';
import { errorMessage, SpotletError } from '../core/errors.js';
import { httpFetch } from '../core/http.js';

export class CdnError extends SpotletError {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super('ERR_CDN', message, status === undefined ? {} : { protocolCode: status });
  }
}

export interface CdnFileOptions {
  /** Storage-resolve: the CDN URLs for the file, re-resolved when `refresh` is true. */
  urls: (refresh: boolean) => Promise<string[]>;
  firstChunkBytes?: number;
  chunkBytes?: number;
  /** A request must complete within this time (slow bodies are cut off and retried). */
  requestTimeoutMs?: number;
  /** A response that sends nothing for this long (a stalled body) is cut off and retried at once. */
  idleTimeoutMs?: number;
  /** Attempts per chunk across all URLs before giving up. */
  maxAttempts?: number;
}

/** Between attempts at a range (the first goes to the next URL at once): 0.2 s doubling to 1 s. */
const CDN_RETRY = { firstMs: 200, maxMs: 1000 };

interface RangeResult {
  data: Buffer;
  total: number;
}

/** One Range request: a 206 whose Content-Range starts where asked and whose body is complete. */
async function fetchRange(
  url: string,
  start: number,
  end: number,
  timeoutMs: number,
  idleTimeoutMs: number,
  signal?: AbortSignal,
): Promise<RangeResult> {
  let res;
  try {
    res = await httpFetch(url, {
      headers: { Range: `bytes=${start}-${end}` },
      timeoutMs,
      idleTimeoutMs,
      maxBytes: end - start + 1,
      ...(signal ? { signal } : {}),
    });
  } catch (err) {
    throw new CdnError(`CDN request failed: ${errorMessage(err)}`);
  }
  if (res.status !== 206) throw new CdnError(`CDN answered ${res.status}`, res.status);
  const range = res.headers['content-range'];
  const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(typeof range === 'string' ? range : '');
  if (!m || Number(m[1]) !== start) throw new CdnError(`CDN sent a bad Content-Range: ${range ?? '(none)'}`);
  const expected = Number(m[2]) - start + 1;
  if (res.body.length !== expected) throw new CdnError(`CDN body truncated: ${res.body.length} of ${expected} bytes`);
  return { data: res.body, total: Number(m[3]) };
}

export class CdnFile {
  #opts: Required<Omit<CdnFileOptions, 'urls'>> & Pick<CdnFileOptions, 'urls'>;
  #urls: string[] | undefined;
  #urlIndex = 0;
  /** Total file size, known after the first response. */
  size: number | undefined;
  /** The first range, requested ahead of time by `prefetch()`. */
  #first: Promise<RangeResult> | undefined;

  constructor(opts: CdnFileOptions) {
    this.#opts = {
      firstChunkBytes: 64 * 1024,
      chunkBytes: 256 * 1024,
      requestTimeoutMs: 10_000,
      // A stalled body is cut off long before the audio already fetched (a chunk is ~10 s) runs out.
      idleTimeoutMs: 3000,
      maxAttempts: 6,
      ...opts,
    };
  }

  async #range(start: number, end: number, signal?: AbortSignal): Promise<RangeResult> {
    let lastErr: unknown;
    let refreshed = false;
    const backoff = new Backoff(CDN_RETRY);
    for (let attempt = 0; attempt < this.#opts.maxAttempts; attempt++) {
      if (signal?.aborted) throw new CdnError('aborted');
      if (!this.#urls?.length) {
        this.#urls = await this.#opts.urls(refreshed);
        this.#urlIndex = 0;
        if (!this.#urls.length) throw new CdnError('storage-resolve returned no CDN URL');
      }
      const url = this.#urls[this.#urlIndex % this.#urls.length]!;
      try {
        const r = await fetchRange(url, start, end, this.#opts.requestTimeoutMs, this.#opts.idleTimeoutMs, signal);
        this.size = r.total;
        return r;
      } catch (err) {
        lastErr = err;
        const status = err instanceof CdnError ? err.status : undefined;
        if ((status === 403 || status === 404 || status === 410) && !refreshed) {
          refreshed = true;
          this.#urls = undefined; // expired or revoked: resolve again
        } else {
          this.#urlIndex++;
          if (attempt >= 1) await backoff.wait(backoff.next());
        }
      }
    }
    throw lastErr instanceof CdnError ? lastErr : new CdnError(`CDN failed: ${String(lastErr)}`);
  }

  /** Starts fetching the beginning of the file now (the next track, ~30 s before it is due). */
  prefetch(signal?: AbortSignal): void {
    this.#first ??= this.#range(0, this.#opts.firstChunkBytes - 1, signal);
    this.#first.catch(() => {}); // the reader sees the error
  }

  /** The first bytes of the file (`firstChunkBytes`, fewer if the file is shorter): prefetched, or fetched now. */
  async head(signal?: AbortSignal): Promise<Buffer> {
    const first = this.#first ?? this.#range(0, this.#opts.firstChunkBytes - 1, signal);
    this.#first = undefined;
    return (await first).data;
  }

  /** Bytes `start` to `end` (exclusive; cut at the end of the file), in one request. */
  async read(start: number, end: number, signal?: AbortSignal): Promise<Buffer> {
    return (await this.#range(start, end - 1, signal)).data;
  }

  /** Yields the file's bytes from `start` to the end, in order, with one request in flight ahead. */
  async *stream(start = 0, signal?: AbortSignal): AsyncGenerator<Buffer> {
    let pos = start;
    if (this.size !== undefined && pos >= this.size) return;
    let next: Promise<RangeResult> | undefined =
      start === 0 && this.#first ? this.#first : this.#range(pos, pos + this.#opts.firstChunkBytes - 1, signal);
    this.#first = undefined;
    while (next) {
      const r: RangeResult = await next;
      pos += r.data.length;
      next = pos < r.total ? this.#range(pos, Math.min(r.total, pos + this.#opts.chunkBytes) - 1, signal) : undefined;
      // Keep the prefetch's rejection handled even if the reader stops early.
      next?.catch(() => {});
      yield r.data;
    }
  }
}
