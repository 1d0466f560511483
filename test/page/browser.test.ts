/**
 * The page in a real browser (headless Chromium with a phone's screen) against a whole speaker on the emulator:
 * a stranger's page can look but not change; the browser pairs by a press of the speaker's button (at the GPIO
 * driver boundary); logs the speaker in by code, entered by the phone tool at the pairing page; shows what the
 * app plays and, when its play button is pressed, the audio starts (located in the captured ALSA audio by
 * correlation with the catalog's own decode); changes a setting and sees it applied (the speaker restarts, the
 * app's device list and getInfo show the new name); downloads the support report and finds no secret in it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Catalog } from '../../tools/emulator/catalog.js';
import type { ConnectCloud, OAuthEmulator } from '../../tools/emulator/index.js';
import { makeSampleCatalog } from '../../tools/emulator/sample-catalog.js';
import { enterPairingCode, getInfo } from '../../tools/phone/index.js';
import { emulator, until } from '../ap/helpers.js';
import { locate, oggdecReference } from '../audio/support.js';
import { fakeGpio } from '../support/gpio.js';
import { phoneBrowser } from './browser.js';
import { call, pageSpeaker } from './support.js';

/** Where the harness leaves its screenshot (SPOTLET_PAGE_SCREENSHOT=docs/page.png refreshes the README's). */
const SCREENSHOT =
  process.env.SPOTLET_PAGE_SCREENSHOT ?? join(mkdtempSync(join(tmpdir(), 'spotlet-shot-')), 'page.png');

// 10 s tracks: the album plays on through every step.
const catalog = Catalog.load(
  makeSampleCatalog(mkdtempSync(join(tmpdir(), 'spotlet-page-cat-')), { tracks: 3, seconds: 10 }),
);
const album = catalog.contexts.find((c) => c.type === 'album')!;
const references = catalog.tracks
  .filter((x) => x.type === 'track')
  .map((x) => ({ uri: x.uri, pcm: oggdecReference(x.files[0]!.path) }));

test('the page in Chromium: pair by a button press, log in by code, press play and hear it, change a setting and see it applied, a report without secrets', async () => {
  const emu = await emulator({ catalog });
  (emu.services.get('oauth') as OAuthEmulator).options.intervalS = 1;
  const gpio = fakeGpio();
  const sp = await pageSpeaker(emu, 'Kitchen', '[board]\nbuttons = 17:play-pause\nled_pin = 18\n', {
    start: { gpio: gpio.driver },
  });
  const chrome = await phoneBrowser();
  const account = emu.accounts.list[0]!;
  const page = await chrome.context.newPage();
  const text = (sel: string) => page.locator(sel).textContent();
  /** Waits until `sel` is labelled `want` (what a screen reader says, what its icon shows), bounded. */
  const labelled = async (sel: string, want: string, ms = 10_000): Promise<void> => {
    const end = Date.now() + ms;
    while ((await page.getAttribute(sel, 'aria-label')) !== want) {
      if (Date.now() > end) throw new Error(`${sel} is not labelled ${want}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  /** Waits until `sel` shows `want` (what a user waits to read), bounded. */
  const shows = async (sel: string, want: string | RegExp, ms = 10_000): Promise<string> => {
    const end = Date.now() + ms;
    for (;;) {
      const t = (await text(sel)) ?? '';
      if (typeof want === 'string' ? t === want : want.test(t)) return t;
      if (Date.now() > end) throw new Error(`${sel} shows ${JSON.stringify(t)}, not ${want}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  try {
    await page.goto(`${sp.base}/`);
    await shows('#name', 'Kitchen');
    assert.equal(await text('#state'), 'waiting for user');
    // A stranger's page: everything shown, nothing that changes the speaker can be used.
    await page.waitForSelector('[id="setting-audio.bitrate"]');
    assert.equal(await page.isDisabled('#settings-form button[type=submit]'), true);
    assert.equal(await page.isDisabled('#device-login'), true);
    assert.equal(await page.isDisabled('#forget-user'), true);

    // Pairing: the page asks, the speaker's play button is pressed within the window.
    await page.click('#pair');
    await shows('#pair-status', /^Press a button/);
    await gpio.press(17);
    await shows('#pair-status', /^Paired/);
    await page.waitForSelector('#is-owner', { state: 'visible' });
    assert.equal(await page.isDisabled('#device-login'), false);
    const owner = (await chrome.context.cookies()).find((c) => c.name === 'spotlet_owner')!;
    assert.equal(owner.httpOnly, true);
    assert.equal(owner.sameSite, 'Strict');

    // Log in by code: the page shows the code and the pairing page; the user enters it on their phone.
    await page.click('#device-login');
    await page.waitForSelector('#code-box:not([hidden])', { timeout: 10_000 });
    const code = (await text('#code'))!;
    const pairUrl = (await page.getAttribute('#code-link', 'href'))!;
    assert.match(code, /^[A-Z]{4}-[A-Z]{4}$/);
    await enterPairingCode({ pairUrl, userCode: code, username: account.username, password: account.password });
    await shows('#account-user', account.username, 15_000);
    assert.equal(await page.isHidden('#code-box'), true);
    const cloud = emu.services.get('dealer') as ConnectCloud;
    const user = account.username;
    const id = sp.speaker.state.deviceId;
    await until(() => cloud.cluster(user).devices.has(id), 8000, 'the speaker in the app device list');

    // The app plays the album here and pauses it; the page shows the track, and its play button plays on.
    assert.equal(await cloud.command(user, id, { endpoint: 'play', context: { uri: album.uri } }), true);
    await until(() => cloud.cluster(user).playerState?.isPlaying === true, 8000, 'the album playing');
    assert.equal(await cloud.command(user, id, { endpoint: 'pause' }), true);
    await until(() => cloud.cluster(user).playerState?.isPaused === true, 8000, 'paused by the app');
    const playing = (await call(sp.port, 'GET', '/api/status')).json as { track: { name: string } };
    await page.waitForSelector('#now', { state: 'visible', timeout: 10_000 });
    await shows('#title', playing.track.name);
    await labelled('#playpause', 'Play');
    const frames = (): number => (existsSync(sp.cap.file) ? statSync(sp.cap.file).size >> 2 : 0);
    // What the output still held before the pause has arrived once the capture stops growing.
    let before = -1;
    for (let i = 0; i < 40 && frames() !== before; i++) {
      before = frames();
      await new Promise((r) => setTimeout(r, 250));
    }
    const mark = frames();
    await page.click('#playpause');
    await labelled('#playpause', 'Pause');
    await until(() => frames() >= mark + 44_100, 10_000, 'audio after the page play button');
    const heard = locate(sp.cap.read(), mark + 4410, references);
    assert.ok(heard.correlation > 0.98, `the album heard (correlation ${heard.correlation.toFixed(3)})`);
    assert.ok(album.tracks.includes(heard.uri), 'a track of the album');
    assert.equal(cloud.cluster(user).playerState?.isPaused, false, 'the app sees it playing');
    // What the owner's phone shows while it plays (the README's picture).
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: SCREENSHOT });

    // A setting changed on the page: saved, the speaker restarts with it, the app and phones see it.
    await page.fill('#setting-name', 'Living Room');
    await page.selectOption('[id="setting-audio.bitrate"]', '320');
    await page.click('#settings-form button[type=submit]');
    await shows('#settings-status', 'Saved and applied.', 20_000);
    await shows('#name', 'Living Room');
    assert.equal(await page.inputValue('[id="setting-audio.bitrate"]'), '320');
    assert.equal(sp.speaker.config.audio.bitrate, '320');
    assert.equal(sp.speaker.state.deviceId, id, 'the same device after the restart');
    await until(
      () => cloud.cluster(account.username).devices.get(id)?.info.name === 'Living Room',
      10_000,
      'the new name in the app device list',
    );
    assert.equal((await getInfo(`http://127.0.0.1:${sp.speaker.zeroconf.port}/`)).body.remoteName, 'Living Room');
    await shows('#user', `· ${account.username}`);

    // The support report, downloaded as a user would: no secret in it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#report')]);
    assert.match(download.suggestedFilename(), /^spotlet-report-Living-Room-\d{8}T\d{4}\.txt$/);
    const report = readFileSync((await download.path())!, 'utf8');
    assert.match(report, /== aplay -l/);
    assert.match(report, /name = "Living Room" {3}\(settings\)/);
    const stored = JSON.parse(readFileSync(join(sp.dir, 'state', 'credentials.json'), 'utf8')).authData as string;
    for (const secret of [stored, account.password, account.accessToken, owner.value, code])
      assert.ok(!report.includes(secret), `no secret (${secret.slice(0, 4)}…) in the report`);

    assert.deepEqual(problems, [], 'no script errors on the page');
  } finally {
    await chrome.close();
    await sp.stop();
    await emu.stop();
  }
});
