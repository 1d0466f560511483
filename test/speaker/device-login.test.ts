/**
 * Login without a phone on the LAN, on the whole speaker against the emulator, its play button pressed at the
 * GPIO driver boundary: held 5 s with nobody logged in it starts the login by code (state and LED "waiting for
 * the code"); the user enters the code at the pairing page with the phone tool; the speaker logs in to the AP
 * with the token, stores the reusable credentials as for a phone's user (a restart logs in with them) and joins
 * the user's cluster. Held again, it forgets the user. A code nobody enters expires back to waiting for a user;
 * a press while a browser asks to pair confirms the pairing and plays nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORGET_LONG_MS } from '../../src/board/index.js';
import type { SpeakerEvent } from '../../src/port/index.js';
import type { ConnectCloud, OAuthEmulator } from '../../tools/emulator/index.js';
import { enterPairingCode, getInfo } from '../../tools/phone/index.js';
import { emulator, until } from '../ap/helpers.js';
import { emulatedSpeaker } from '../connect/support.js';
import { fakeGpio } from '../support/gpio.js';

const BOARD = '[board]\nbuttons = 17:play-pause\nled_pin = 18\n';
const HOLD = FORGET_LONG_MS + 300;

test('held play button with nobody logged in: the login by code, approved on a phone; stored like a phone user; held again: forgotten', async () => {
  const emu = await emulator();
  const oauth = emu.services.get('oauth') as OAuthEmulator;
  oauth.options.intervalS = 1;
  const gpio = fakeGpio();
  const sp = await emulatedSpeaker(emu, 'Den', [], BOARD, 'warn', { gpio: gpio.driver });
  const account = emu.accounts.list[0]!;
  try {
    let speaker = sp.speaker;
    assert.equal(speaker.port.status().state, 'waiting-for-user');
    await gpio.press(17, HOLD);
    await until(() => speaker.deviceLogin.status.phase === 'waiting', 5000, 'a code');
    assert.equal(speaker.port.status().state, 'waiting-for-code');
    const led = gpio.outputs.get(18)!;
    const shown = led.length;
    await until(() => led.length >= shown + 2, 3000, 'the LED blinking its waiting-for-code pattern');

    const status = speaker.deviceLogin.status;
    assert.equal(status.phase, 'waiting');
    if (status.phase !== 'waiting') return;
    assert.equal(oauth.byUserCode(status.userCode)?.state, 'pending');
    await enterPairingCode({
      pairUrl: status.verificationUri,
      userCode: status.userCode,
      username: account.username,
      password: account.password,
    });
    await until(() => speaker.deviceLogin.status.phase === 'done', 8000, 'the login by code done');
    await until(() => speaker.port.status().user === account.username, 8000, 'Connect serving the user');
    assert.equal(speaker.session.info?.username, account.username);
    const stored = JSON.parse(readFileSync(join(sp.dir, 'state', 'credentials.json'), 'utf8'));
    assert.equal(stored.username, account.username, 'stored as for a phone user');
    assert.ok(emu.accounts.verifyStoredCredential(account.username, Buffer.from(stored.authData, 'base64')));
    const cloud = emu.services.get('dealer') as ConnectCloud;
    const id = speaker.state.deviceId;
    await until(() => cloud.cluster(account.username).devices.has(id), 8000, 'the speaker in the user cluster');
    const info = await getInfo(`http://127.0.0.1:${speaker.zeroconf.port}/`);
    assert.equal(info.body.activeUser, account.username, 'getInfo names the user logged in by code');
    assert.notEqual(speaker.port.status().state, 'waiting-for-code');

    // A restart logs in with the stored credentials: no code needed again.
    speaker = await sp.restart();
    await until(() => speaker.port.status().user === account.username, 8000, 'logged in again after a restart');
    assert.equal(oauth.stats.tokens, 1);

    // Held with a user logged in: the user is forgotten (as before), no code is asked for.
    await gpio.press(17, HOLD);
    await until(() => speaker.port.status().state === 'waiting-for-user', 5000, 'the user forgotten');
    assert.equal(existsSync(join(sp.dir, 'state', 'credentials.json')), false);
    assert.equal(speaker.deviceLogin.status.phase, 'idle');
    assert.equal(oauth.stats.authorizations, 1);
  } finally {
    await sp.stop();
    await emu.stop();
  }
});

test('a code nobody enters expires back to waiting for a user; a press while a browser asks to pair pairs it and plays nothing', async () => {
  const emu = await emulator();
  const oauth = emu.services.get('oauth') as OAuthEmulator;
  oauth.options.intervalS = 1;
  oauth.options.expiresInS = 3;
  const gpio = fakeGpio();
  const sp = await emulatedSpeaker(emu, 'Attic', [], BOARD, 'warn', { gpio: gpio.driver });
  const { speaker } = sp;
  const events: SpeakerEvent[] = [];
  speaker.port.subscribe((e) => events.push(e));
  try {
    await gpio.press(17, HOLD);
    await until(() => speaker.port.status().state === 'waiting-for-code', 5000, 'waiting for the code');
    await until(() => speaker.deviceLogin.status.phase === 'failed', 8000, 'the code expired');
    const failed = speaker.deviceLogin.status;
    assert.equal(failed.phase === 'failed' && failed.code, 'ERR_DEVICE_AUTH_EXPIRED');
    assert.equal(speaker.port.status().state, 'waiting-for-user');

    // A browser asks to pair; a short press of the play button confirms it instead of playing.
    const base = `http://127.0.0.1:${speaker.page!.port}`;
    const post = (path: string, body: unknown) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: base },
        body: JSON.stringify(body),
      });
    const ask = await post('/page/pair', {});
    assert.equal(ask.status, 200);
    const { requestId } = (await ask.json()) as { requestId: string };
    assert.deepEqual(await (await post('/page/pair/claim', { requestId })).json(), { state: 'waiting' });
    await gpio.press(17);
    const claimed = await post('/page/pair/claim', { requestId });
    assert.deepEqual(await claimed.json(), { state: 'paired' });
    assert.match(
      claimed.headers.get('set-cookie') ?? '',
      /^spotlet_owner=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict/,
    );
    await gpio.press(17);
    await until(() => events.some((e) => e.type === 'command'), 3000, 'the next press acting again');
    const commands = events.filter((e) => e.type === 'command');
    assert.equal(commands.length, 1, 'the pairing press dispatched nothing; the next one did');
  } finally {
    await sp.stop();
    await emu.stop();
  }
});
