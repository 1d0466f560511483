/**
 * A context's tracks as playback needs them, a page at a time (docs/protocol/06 §7). context-resolve answers a long
 * playlist with its first page and names the next by `next_page_url`; an artist context names whole pages by
 * `page_url` only. Fetching them all before playing (51 requests for a 3000-track playlist) would hold the
 * first sample for seconds, so the controller asks for the next page only when it needs more tracks (the app's
 * next-tracks list, a skip across the boundary, shuffle, a track the app asked for further on): librespot
 * replies first and resolves in the background, go-librespot loads pages lazily (`tracks/paged-list.go`).
 */
import type { ContextPage, ContextTrack } from '../web/index.js';

/**
 * Pages fetched for one context at most: a generated context may hand out pages for ever (go-librespot
 * bounds its walks the same, `seekMaxPages`).
 */
export const MAX_CONTEXT_PAGES = 256;

export class ContextPages {
  /** Pages not consumed yet, in order: with their tracks, or only a url to fetch them from. */
  #pages: ContextPage[];
  #fetch: (url: string) => Promise<ContextPage>;
  #loading: Promise<ContextTrack[] | undefined> | undefined;
  /** Pages fetched so far (for the bound, the benchmark and logs). */
  fetched = 0;

  constructor(pages: ContextPage[], fetchPage: (url: string) => Promise<ContextPage>) {
    this.#pages = [...pages];
    this.#fetch = fetchPage;
  }

  /** Every page was consumed (or the bound reached): no more tracks will come. */
  get complete(): boolean {
    return !this.#pages.length;
  }

  /**
   * The tracks of the next page that has any, fetching it if needed; undefined when the context has no more.
   * One fetch at a time: callers asking meanwhile share it. A failed fetch keeps the page for the next call.
   */
  next(): Promise<ContextTrack[] | undefined> {
    this.#loading ??= this.#next().finally(() => (this.#loading = undefined));
    return this.#loading;
  }

  async #next(): Promise<ContextTrack[] | undefined> {
    while (this.#pages.length) {
      let page = this.#pages[0]!;
      if (!page.tracks.length && page.pageUrl) {
        if (this.fetched >= MAX_CONTEXT_PAGES) {
          this.#pages = [];
          break;
        }
        const url = page.pageUrl;
        page = await this.#fetch(url);
        this.fetched++;
      }
      this.#pages.shift();
      // The page after this one comes next, before any page listed after it.
      if (page.nextPageUrl) this.#pages.unshift({ tracks: [], pageUrl: page.nextPageUrl });
      if (page.tracks.length) return page.tracks;
    }
    return undefined;
  }
}
