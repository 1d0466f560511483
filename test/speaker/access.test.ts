/**
 * Access control on the whole speaker against the emulator: with `allowed_users`, a phone's user outside the
 * list is refused as a failed login (202 ERROR-LOGIN-FAILED, Spotify's own status for it) and logged, before the
 * current user's session is touched; an account outside the list that logs in by code is refused once the AP
 * names it and the previous user comes back; stored credentials of an account no longer allowed are forgotten
 * at boot. `zeroconf = off`: neither the zeroconf server nor mDNS runs, the login by code still works.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setLogSink } from '../../src/core/log.js';
import type { OAuthEmulator } from '../../tools/emulator/index.js';
import { enterPairingCode, getInfo } from '../../tools/phone/index.js';
import { emulator, until } from '../ap/helpers.js';
import { emulatedSpeaker } from '../connect/support.js';

const ACCOUNTS = [
  { username: 'owner', password: 'owner-password' },
  { username: 'stranger', password: 'stranger-password' },
];

/** Logs in by code as `username` (the user enters the speaker's code at the pairing page). */
async function loginByCode(
  speaker: Awaited<ReturnType<typeof emulatedSpeaker>>['speaker'],
  account: { username: string; password: string },
): Promise<void> {
  speaker.deviceLogin.start('test');
  await until(() => speaker.deviceLogin.status.phase === 'waiting', 5000, 'a code');
  const s = speaker.deviceLogin.status;
  if (s.phase !== 'waiting') throw new Error('no code');
  await enterPairingCode({ pairUrl: s.verificationUri, userCode: s.userCode, ...account });
}

test('allowed_users: a phone of another account is refused as a failed login, the owner keeps the speaker; a login by code of another account too', async () => {
  const lines: string[] = [];
  const restore = setLogSink((l) => lines.push(l));
  const emu = await emulator({ accounts: ACCOUNTS });
  (emu.services.get('oauth') as OAuthEmulator).options.intervalS = 1;
  const sp = await emulatedSpeaker(emu, 'Study', [], 'allowed_users = Owner\n');
  const [owner, stranger] = emu.accounts.list;
  try {
    const { speaker } = sp;
    const ok = await sp.login(owner!);
    assert.equal(ok.addUser.body.status, 101, 'the owner (listed with another case) logs in');
    await until(() => speaker.port.status().user === 'owner', 8000, 'the owner served');
    const loginsBefore = emu.ap.logins;

    const refused = await sp.login(stranger!);
    assert.equal(refused.addUser.httpStatus, 200);
    assert.equal(refused.addUser.body.status, 202);
    assert.equal(refused.addUser.body.statusString, 'ERROR-LOGIN-FAILED');
    assert.equal(refused.activeUser, 'owner', 'getInfo still names the owner');
    assert.equal(emu.ap.logins, loginsBefore, 'the stranger never reached the AP');
    assert.equal(speaker.session.info?.username, 'owner');
    assert.equal(speaker.port.status().user, 'owner');
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.ok(
      logged.some((l) => l.msg === 'zeroconf request refused' && l.code === 'ERR_USER_NOT_ALLOWED'),
      'the refusal is logged with its reason',
    );

    // The stranger logs in by code: the AP names the account, the speaker refuses it and the owner comes back.
    await loginByCode(speaker, stranger!);
    await until(() => speaker.deviceLogin.status.phase === 'failed', 8000, 'the login by code refused');
    const st = speaker.deviceLogin.status;
    assert.equal(st.phase === 'failed' && st.code, 'ERR_USER_NOT_ALLOWED');
    await until(() => speaker.session.info?.username === 'owner', 8000, 'the owner session restored');
    const stored = JSON.parse(readFileSync(join(sp.dir, 'state', 'credentials.json'), 'utf8'));
    assert.equal(stored.username, 'owner', 'the stranger credentials were never stored');
    assert.equal(speaker.port.status().user, 'owner');
  } finally {
    restore();
    await sp.stop();
    await emu.stop();
  }
});

test('allowed_users changed: stored credentials of an account no longer allowed are forgotten at boot', async () => {
  const emu = await emulator({ accounts: ACCOUNTS });
  const sp = await emulatedSpeaker(emu, 'Hall', []);
  try {
    assert.equal((await sp.login(emu.accounts.list[1]!)).addUser.body.status, 101);
    await until(() => sp.speaker.port.status().user === 'stranger', 8000, 'stranger served');
    const conf = join(sp.dir, 'spotlet.conf');
    writeFileSync(conf, `allowed_users = owner\n${readFileSync(conf, 'utf8')}`);
    const speaker = await sp.restart();
    await until(() => speaker.session.state === 'error', 8000, 'the stored login refused');
    assert.equal(existsSync(join(sp.dir, 'state', 'credentials.json')), false, 'forgotten');
    assert.equal(speaker.port.status().user, undefined);
  } finally {
    await sp.stop();
    await emu.stop();
  }
});

test('zeroconf = off: no zeroconf server, no mDNS; the login by code still logs the owner in', async () => {
  const emu = await emulator({ accounts: ACCOUNTS });
  (emu.services.get('oauth') as OAuthEmulator).options.intervalS = 1;
  const sp = await emulatedSpeaker(emu, 'Private', [], 'zeroconf = off\n');
  try {
    const { speaker } = sp;
    assert.equal(speaker.supervisor.isRunning('zeroconf-http'), false);
    assert.equal(speaker.supervisor.isRunning('mdns'), false);
    assert.equal(speaker.supervisor.isRunning('web-page'), true);
    await assert.rejects(getInfo(`http://127.0.0.1:${speaker.zeroconf.port}/`));
    await loginByCode(speaker, emu.accounts.list[0]!);
    await until(() => speaker.port.status().user === 'owner', 8000, 'the owner served');
  } finally {
    await sp.stop();
    await emu.stop();
  }
});
