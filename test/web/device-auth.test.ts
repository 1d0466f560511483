/**
 * The OAuth device authorization grant (RFC 8628) against the emulated accounts service over real HTTP: the
 * speaker's client and the emulator share a fake clock, so the intervals the client waits are checked exactly
 * without waiting them. pending → slow_down → approved (by the phone tool at the pairing page), expiry on either
 * side, a declined code, a refused client id, a cancel, and a service that answers garbage or is down.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AUTH_TYPE } from '../../src/ap/index.js';
import { createLogger } from '../../src/core/log.js';
import {
  DEVICE_AUTH_SCOPES,
  DeviceAuthError,
  DeviceAuthorization,
  type DeviceAuthClock,
  type PollOutcome,
} from '../../src/web/index.js';
import type { OAuthEmulator } from '../../tools/emulator/index.js';
import { enterPairingCode } from '../../tools/phone/index.js';
import { emulator, session } from '../ap/helpers.js';

const KEYMASTER = '65b708073fc0480ea92a077233ca87bd';
const log = createLogger('test.device-auth');

/** A clock whose sleeps pass at once (after `onSleep`, which may act as the user meanwhile). */
function fakeClock(onSleep: (n: number) => Promise<void> | void = () => {}) {
  let t = 1_800_000_000_000;
  const sleeps: number[] = [];
  const clock: DeviceAuthClock & { sleeps: number[] } = {
    sleeps,
    now: () => t,
    async sleep(ms, signal) {
      if (signal?.aborted) throw new Error('aborted');
      sleeps.push(ms);
      await onSleep(sleeps.length);
      if (signal?.aborted) throw new Error('aborted');
      t += ms;
    },
  };
  return clock;
}

async function setup(onSleep?: (n: number) => Promise<void> | void) {
  const emu = await emulator();
  const oauth = emu.services.get('oauth') as OAuthEmulator;
  const clock = fakeClock(onSleep);
  oauth.now = clock.now;
  const client = new DeviceAuthorization({ accountsUrl: emu.endpoints.accounts!, clientId: KEYMASTER, log, clock });
  return { emu, oauth, clock, client, account: emu.accounts.list[0]! };
}

const rejectsWith = (code: string, oauthError?: string) => (err: unknown) =>
  err instanceof DeviceAuthError && err.code === code && (oauthError === undefined || err.oauthError === oauthError);

test('device flow: pending, then slow_down (the interval grows by 5 s for good), then approved at the pairing page; the token logs in to the AP', async () => {
  let phone: Promise<unknown> | undefined;
  let userCode = '';
  const outcomes: PollOutcome[] = [];
  const s = await setup(async (n) => {
    // While the speaker waits its fourth interval, the user enters the code on their phone.
    if (n === 4)
      phone = enterPairingCode({ pairUrl, userCode, username: s.account.username, password: s.account.password });
    if (phone) await phone;
  });
  const { emu, oauth, clock, client, account } = s;
  let pairUrl = '';
  try {
    const code = await client.requestCode();
    userCode = code.userCode;
    pairUrl = code.verificationUri;
    assert.match(code.userCode, /^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/);
    assert.match(code.verificationUri, /\/pair$/);
    assert.equal(code.verificationUriComplete, `${code.verificationUri}?code=${code.userCode}`);
    assert.equal(code.intervalS, 5);
    assert.equal(code.expiresAt, clock.now() + 600_000);
    const grant = oauth.byUserCode(code.userCode)!;
    assert.equal(grant.scope, DEVICE_AUTH_SCOPES.join(' '), 'the desktop client scopes, as go-librespot asks');

    const token = await client.waitForToken(code, undefined, (outcome) => {
      outcomes.push(outcome);
      if (outcomes.length === 1) oauth.slowDown(1); // the service is busy for one poll
    });
    assert.deepEqual(outcomes, ['pending', 'slow-down', 'pending']);
    assert.deepEqual(clock.sleeps, [5000, 5000, 10_000, 10_000], 'every wait after slow_down is 5 s longer');
    assert.equal(oauth.stats.tooFast, 0, 'never polled sooner than the interval');
    assert.equal(grant.state, 'redeemed');

    // The access token logs in to the AP without a username, which APWelcome then names.
    const ap = session(emu);
    const info = await ap.login({ authType: AUTH_TYPE.SPOTIFY_TOKEN, authData: Buffer.from(token.accessToken) });
    assert.equal(info.username, account.username);
    await ap.close();
    // A redeemed code gives nothing twice.
    await assert.rejects(client.waitForToken(code), rejectsWith('ERR_DEVICE_AUTH', 'invalid_grant'));
  } finally {
    await emu.stop();
  }
});

test('device flow: a code nobody enters expires, by the client clock or by the service', async () => {
  const { emu, oauth, clock, client } = await setup();
  try {
    oauth.options.expiresInS = 30;
    const code = await client.requestCode();
    await assert.rejects(client.waitForToken(code), rejectsWith('ERR_DEVICE_AUTH_EXPIRED'));
    assert.ok(clock.sleeps.reduce((a, b) => a + b, 0) <= 30_000, 'waited no longer than the code lives');
    assert.ok(oauth.stats.pending >= 4, `polled while it lived (${oauth.stats.pending} pending answers)`);

    // The service's clock runs ahead: it says expired_token before the client thinks so.
    const late = await client.requestCode();
    oauth.now = () => clock.now() + 60_000;
    await assert.rejects(client.waitForToken(late), rejectsWith('ERR_DEVICE_AUTH_EXPIRED', 'expired_token'));
  } finally {
    await emu.stop();
  }
});

test('device flow: a declined code, a client id without the device flow, a cancel', async () => {
  let code = { verificationUri: '', userCode: '' };
  let account = { username: '', password: '' };
  const s = await setup(async (n) => {
    if (n === 1)
      await enterPairingCode({ pairUrl: code.verificationUri, userCode: code.userCode, ...account, deny: true });
  });
  const { emu } = s;
  account = s.account;
  try {
    const c = await s.client.requestCode();
    code = c;
    await assert.rejects(s.client.waitForToken(c), rejectsWith('ERR_DEVICE_AUTH_DENIED', 'access_denied'));

    const other = new DeviceAuthorization({
      accountsUrl: emu.endpoints.accounts!,
      clientId: '0123456789abcdef0123456789abcdef',
      log,
      clock: fakeClock(),
    });
    await assert.rejects(other.requestCode(), rejectsWith('ERR_DEVICE_AUTH', 'unauthorized_client'));

    const abort = new AbortController();
    const cancelled = new DeviceAuthorization({
      accountsUrl: emu.endpoints.accounts!,
      clientId: KEYMASTER,
      log,
      clock: fakeClock((n) => {
        if (n === 2) abort.abort();
      }),
    });
    const c2 = await cancelled.requestCode();
    await assert.rejects(cancelled.waitForToken(c2, abort.signal), rejectsWith('ERR_DEVICE_AUTH_CANCELLED'));
  } finally {
    await emu.stop();
  }
});

test('device flow: garbage answers are refused clearly; an unreachable or busy service is polled less often', async () => {
  let tokenAnswers = [503, 503, 200];
  let authorizeBody = '{"device_code":"d","user_code":"ABCD"}';
  const server = createServer((req, res) => {
    if (req.url === '/oauth2/device/authorize') return res.writeHead(200).end(authorizeBody);
    const status = tokenAnswers.shift() ?? 400;
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(status === 200 ? '{"access_token":"tok","token_type":"Bearer","expires_in":3600}' : '{"error":"busy"}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const clock = fakeClock();
    const client = new DeviceAuthorization({ accountsUrl: base, clientId: KEYMASTER, log, clock });
    // No verification page or times: not a device code answer.
    await assert.rejects(client.requestCode(), rejectsWith('ERR_DEVICE_AUTH'));
    authorizeBody = 'not json';
    await assert.rejects(client.requestCode(), rejectsWith('ERR_DEVICE_AUTH'));
    authorizeBody = JSON.stringify({
      device_code: 'd',
      user_code: 'ABCD-EFGH',
      verification_uri: 'https://www.spotify.com/pair',
      expires_in: 600,
    });
    const code = await client.requestCode();
    assert.equal(code.intervalS, 5, 'no interval: RFC 8628 says 5 s');
    const outcomes: PollOutcome[] = [];
    const token = await client.waitForToken(code, undefined, (o) => outcomes.push(o));
    assert.equal(token.accessToken, 'tok');
    assert.deepEqual(outcomes, ['unreachable', 'unreachable']);
    assert.deepEqual(clock.sleeps, [5000, 10_000, 20_000], 'each failed poll doubles the wait');

    tokenAnswers = [400];
    await assert.rejects(client.waitForToken(code), rejectsWith('ERR_DEVICE_AUTH', 'busy'));
  } finally {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  }
  // Nothing listens there any more: polled less often until the code expires.
  const clock = fakeClock();
  const client = new DeviceAuthorization({ accountsUrl: base, clientId: KEYMASTER, log, clock });
  const code = {
    deviceCode: 'd',
    userCode: 'A',
    verificationUri: base,
    verificationUriComplete: undefined,
    expiresAt: clock.now() + 60_000,
    expiresInS: 60,
    intervalS: 5,
  };
  await assert.rejects(client.waitForToken(code), rejectsWith('ERR_DEVICE_AUTH_EXPIRED'));
  assert.deepEqual(clock.sleeps.slice(0, 3), [5000, 10_000, 20_000]);
});
