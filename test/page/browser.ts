/**
 * A real browser for the page's tests: Debian's Chromium (scripts/setup.sh --test installs it), headless,
 * driven by playwright-core, which downloads nothing. As root it needs --no-sandbox; the background-networking
 * flags keep it from reaching for Google's services on a closed network; playwright gives each launch a fresh
 * profile.
 */
import { chromium, devices, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.SPOTLET_CHROMIUM ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
  '--no-default-browser-check',
];

/** A headless Chromium with a phone's screen (the page must work on one). */
export async function phoneBrowser(): Promise<{ browser: Browser; context: BrowserContext; close(): Promise<void> }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const { defaultBrowserType: _, ...pixel } = devices['Pixel 5']!;
  const context = await browser.newContext({ ...pixel, acceptDownloads: true });
  return { browser, context, close: () => browser.close() };
}
