/**
 * The optional update channel: `[update] url` names a JSON index of releases,
 *   { "releases": [ { "version": "0.2.0", "arch": "arm64", "url": "spotlet-0.2.0-arm64.tar.gz" }, ... ] }
 * (`url` absolute or relative to the index, HTTPS only). The newest release for this architecture that is newer
 * than what runs and has not failed a trial here is downloaded and installed like any bundle (signature checked).
 */
import { errorMessage } from '../core/errors.js';
import { httpFetch } from '../core/http.js';
import type { Logger } from '../core/log.js';
import { applyUpdate, type ApplyResult, checkHttpsUrl } from './apply.js';
import type { UpdateConfig } from './config.js';
import { UpdateError } from './errors.js';
import { SlotStore } from './slots.js';
import { compareVersions, isVersion } from './version.js';

const INDEX_MAX_BYTES = 1024 * 1024;

export interface Release {
  version: string;
  arch: string;
  url: string;
}

/** The newest release worth installing, or undefined when the speaker is up to date. */
export function pickRelease(
  index: unknown,
  indexUrl: string,
  running: string,
  bad: Record<string, unknown>,
): Release | undefined {
  const releases = (index as { releases?: unknown })?.releases;
  if (!Array.isArray(releases)) throw new UpdateError('ERR_UPDATE_SOURCE', `${indexUrl}: no "releases" list`);
  let best: Release | undefined;
  for (const r of releases as Partial<Release>[]) {
    if (!r || !isVersion(r.version) || r.arch !== process.arch || typeof r.url !== 'string') continue;
    if (compareVersions(r.version, running) <= 0 || bad[r.version]) continue;
    if (!best || compareVersions(r.version, best.version) > 0) best = { version: r.version, arch: r.arch, url: r.url };
  }
  if (!best) return undefined;
  const url = new URL(best.url, indexUrl).href;
  checkHttpsUrl(url);
  return { ...best, url };
}

/** One check of the channel; installs the newest release if there is one. */
export async function checkChannel(o: { config: UpdateConfig; log: Logger }): Promise<ApplyResult | undefined> {
  const { url } = o.config;
  checkHttpsUrl(url);
  const store = new SlotStore(o.config.slots_dir, o.config.factory_dir);
  let index: unknown;
  try {
    const res = await httpFetch(url, { maxBytes: INDEX_MAX_BYTES, timeoutMs: 30_000 });
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    index = JSON.parse(res.body.toString('utf8'));
  } catch (err) {
    throw new UpdateError('ERR_UPDATE_SOURCE', `update channel ${url}: ${errorMessage(err)}`, { cause: err });
  }
  const running = store.versionOf(store.current());
  const release = pickRelease(index, url, running, store.readRecord().bad);
  if (!release) {
    o.log.info('update channel: up to date', { running });
    return undefined;
  }
  o.log.info('update channel: newer release', { version: release.version, running });
  return applyUpdate(release.url, { config: o.config, log: o.log });
}
