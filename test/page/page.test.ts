/**
 * The page's endpoints on a whole speaker (emulator, real HTTP): views open, changes for owners only and
 * CSRF-safe; the password and its rate limit; pairing windows, races and expiry; settings checked by the config
 * file's parser, saved atomically into the state dir and applied by a restart; the support report without secrets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { createLogger } from '../../src/core/log.js';
import { Owners, PAIRING_WINDOW_MS } from '../../src/page/index.js';
import type { ConnectCloud } from '../../tools/emulator/index.js';
import { emulator, until } from '../ap/helpers.js';
import { call, ownerCookie, pageSpeaker, phoneLogin } from './support.js';

const PASSWORD = 'correct horse battery';

test('views are open; every change needs an owner, from the page itself, as JSON, through a LAN host name', async () => {
  const emu = await emulator();
  const sp = await pageSpeaker(emu, 'Kitchen', '', { argv: [] });
  const p = sp.port;
  try {
    const state = await call(p, 'GET', '/page/state');
    assert.equal(state.status, 200);
    assert.equal(state.json.owner, false);
    assert.equal(state.json.name, 'Kitchen');
    assert.equal(state.headers['x-frame-options'], 'DENY');
    assert.match(String(state.headers['content-security-policy']), /default-src 'self'/);
    assert.equal((await call(p, 'GET', '/page/settings')).status, 200);
    assert.equal((await call(p, 'GET', '/page/logs')).status, 200);
    const html = await call(p, 'GET', '/');
    assert.equal(html.status, 200);
    assert.match(String(html.headers['content-type']), /^text\/html/);
    assert.match(html.text, /<script src="\/app.js" defer><\/script>/);
    assert.equal((await call(p, 'GET', '/app.js')).status, 200);

    const change = { values: { name: 'Hacked' } };
    const settingsFile = join(sp.dir, 'state', 'settings.conf');
    // No owner: refused.
    assert.equal((await call(p, 'POST', '/page/settings', { body: change })).status, 403);
    assert.equal((await call(p, 'POST', '/page/forget-user', { body: {} })).status, 403);
    assert.equal((await call(p, 'POST', '/page/device-login', { body: {} })).status, 403);
    // A forged cookie is no owner's.
    assert.equal(
      (await call(p, 'POST', '/page/settings', { body: change, cookie: 'spotlet_owner=AAAAAAAAAAAAAAAA' })).status,
      403,
    );
    // GET never changes anything, whatever it carries.
    assert.equal((await call(p, 'GET', '/page/settings?values=%7B%22name%22%3A%22Hacked%22%7D')).status, 200);
    assert.equal((await call(p, 'GET', '/page/forget-user')).status, 404);
    assert.equal(existsSync(settingsFile), false);
    assert.equal((await call(p, 'PUT', '/page/settings', { body: change })).status, 405);
    assert.equal((await call(p, 'DELETE', '/page/settings')).status, 405);
  } finally {
    await sp.stop();
    await emu.stop();
  }
});

test('the password proves ownership; wrong ones are limited; cross-origin, cross-site, non-JSON and foreign hosts are refused even for an owner', async () => {
  const emu = await emulator();
  const sp = await pageSpeaker(emu, 'Kitchen', `[web]\npassword = "${PASSWORD}"\n`);
  const p = sp.port;
  try {
    const wrong = await call(p, 'POST', '/page/password', { body: { password: 'nope' } });
    assert.equal(wrong.status, 401);
    const right = await call(p, 'POST', '/page/password', { body: { password: PASSWORD } });
    assert.equal(right.status, 200);
    const cookie = ownerCookie(right);
    assert.equal((await call(p, 'GET', '/page/state', { cookie })).json.owner, true);
    const owners = readFileSync(join(sp.dir, 'state', 'web-owners.json'), 'utf8');
    assert.ok(!owners.includes(cookie.split('=')[1]!), 'only the token hash is stored');
    assert.equal(statSync(join(sp.dir, 'state', 'web-owners.json')).mode & 0o777, 0o600);

    // Two browsers signed in: signing out ends one; forgetting every browser ends the other too.
    const second = ownerCookie(await call(p, 'POST', '/page/password', { body: { password: PASSWORD } }));
    const third = ownerCookie(await call(p, 'POST', '/page/password', { body: { password: PASSWORD } }));
    assert.equal((await call(p, 'POST', '/page/sign-out', { body: {}, cookie: second })).status, 200);
    assert.equal((await call(p, 'GET', '/page/state', { cookie: second })).json.owner, false);
    assert.equal((await call(p, 'GET', '/page/state', { cookie: third })).json.owner, true);
    assert.equal((await call(p, 'POST', '/page/forget-browsers', { body: {}, cookie: third })).status, 200);
    assert.equal((await call(p, 'GET', '/page/state', { cookie: third })).json.owner, false);
    assert.equal((await call(p, 'GET', '/page/state', { cookie })).json.owner, false, 'every browser forgotten');
    const owner = ownerCookie(await call(p, 'POST', '/page/password', { body: { password: PASSWORD } }));

    // An invalid name: a request that passes every check is answered 400 (not saved), one that fails is refused.
    const body = { values: { name: '' } };
    const refused = async (headers: Record<string, string>, status: number, what: string): Promise<void> => {
      const r = await call(p, 'POST', '/page/settings', { body: JSON.stringify(body), cookie: owner, headers });
      assert.equal(r.status, status, `${what}: ${r.text}`);
    };
    const json = { 'Content-Type': 'application/json' };
    await refused({ ...json, Origin: 'http://evil.example' }, 403, 'another origin');
    await refused({ ...json, Origin: 'null' }, 403, 'an opaque origin');
    await refused({ ...json, Origin: `https://127.0.0.1:${p}` }, 403, 'another scheme');
    await refused({ ...json, 'Sec-Fetch-Site': 'cross-site' }, 403, 'a cross-site fetch without Origin');
    await refused({ 'Content-Type': 'application/x-www-form-urlencoded', Origin: sp.base }, 415, 'a form post');
    await refused({ 'Content-Type': 'text/plain', Origin: sp.base }, 415, 'a text post');
    await refused({ ...json, Host: 'evil.example', Origin: 'http://evil.example' }, 421, 'a rebound DNS name');
    await refused({ ...json, Host: 'kitchen.local', Origin: 'http://kitchen.local' }, 400, 'the page itself: checked');
    await refused({ ...json, Origin: sp.base }, 400, 'the page by address: checked');
    await refused(json, 400, 'no Origin and no Sec-Fetch-Site: not a browser, checked');
    assert.equal(existsSync(join(sp.dir, 'state', 'settings.conf')), false, 'nothing was saved by any of them');

    // Five wrong passwords in a minute: the password waits, the right one too.
    for (let i = 0; i < 4; i++) await call(p, 'POST', '/page/password', { body: { password: `wrong ${i}` } });
    const limited = await call(p, 'POST', '/page/password', { body: { password: PASSWORD } });
    assert.equal(limited.status, 429);
    assert.equal(limited.headers['retry-after'], '60');
  } finally {
    await sp.stop();
    await emu.stop();
  }
});

test('pairing: a press within the window pairs the asking browser once; two asking at once are both refused; the window closes', async () => {
  let now = 1_000_000;
  const owners = new Owners({
    stateDir: mkdtempSync(join(tmpdir(), 'spotlet-owners-')),
    password: '',
    log: createLogger('test'),
    now: () => now,
  });
  assert.equal(owners.buttonPressed(), false, 'a press with nobody asking is a normal press');
  const a = owners.requestPairing()!;
  assert.equal(owners.pairingOpen, true);
  assert.deepEqual(await owners.claim(a.requestId), { state: 'waiting' });
  assert.equal(owners.buttonPressed(), true);
  const paired = await owners.claim(a.requestId);
  assert.equal(paired.state, 'paired');
  assert.equal(owners.isOwner(paired.token), true);
  assert.deepEqual(await owners.claim(a.requestId), { state: 'unknown' }, 'a token is handed out once');

  const b = owners.requestPairing()!;
  assert.equal(owners.requestPairing(), undefined, 'a second browser at the same moment');
  assert.equal(owners.buttonPressed(), false, 'the press pairs nobody');
  assert.deepEqual(await owners.claim(b.requestId), { state: 'cancelled' });

  const c = owners.requestPairing()!;
  now += PAIRING_WINDOW_MS;
  assert.equal(owners.buttonPressed(), false, 'too late');
  assert.deepEqual(await owners.claim(c.requestId), { state: 'expired' });
  assert.equal(owners.count, 1);
  assert.deepEqual(await owners.passwordLogin('x'), { refused: 'no-password' }, 'no password set: pairing only');
});

test('the local API under /api: reading open on the LAN, acting only for an owner on the page origin', async () => {
  const emu = await emulator();
  const sp = await pageSpeaker(emu, 'Kitchen', `[web]\npassword = "${PASSWORD}"\n`);
  const p = sp.port;
  const account = emu.accounts.list[0]!;
  try {
    await phoneLogin(sp, account);
    const status = await call(p, 'GET', '/api/status');
    assert.equal(status.status, 200);
    assert.equal(status.json.username, account.username);
    assert.equal(status.json.device_name, 'Kitchen');
    const volume = sp.speaker.port.status().volume;
    const set = { volume: 10 };
    assert.equal((await call(p, 'POST', '/api/player/volume', { body: set })).status, 403, 'no owner');
    assert.equal((await call(p, 'GET', '/api/status', { headers: { Host: 'evil.example' } })).status, 421);
    const cookie = ownerCookie(await call(p, 'POST', '/page/password', { body: { password: PASSWORD } }));
    const foreign = await call(p, 'POST', '/api/player/volume', {
      body: JSON.stringify(set),
      cookie,
      headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example' },
    });
    assert.equal(foreign.status, 403, 'an owner cookie carried by another origin');
    assert.equal(sp.speaker.port.status().volume, volume, 'nothing changed');
    const own = await call(p, 'POST', '/api/player/volume', { body: set, cookie });
    assert.equal(own.status, 200, own.text);
    await until(() => sp.speaker.port.status().volume !== volume, 5000, 'the volume set by the owner');
  } finally {
    await sp.stop();
    await emu.stop();
  }
});

test('settings: checked as the config file is, one bad value saves nothing; a good save is atomic, applied by a restart, locked keys stay', async () => {
  const emu = await emulator();
  const sp = await pageSpeaker(emu, 'Kitchen', `[web]\npassword = "${PASSWORD}"\n`, { argv: ['--bitrate', '96'] });
  const p = sp.port;
  const file = join(sp.dir, 'state', 'settings.conf');
  try {
    const cookie = ownerCookie(await call(p, 'POST', '/page/password', { body: { password: PASSWORD } }));
    const save = (values: Record<string, unknown>) => call(p, 'POST', '/page/settings', { body: { values }, cookie });
    const bad = await save({
      name: 'x'.repeat(64),
      'board.hat': 'no-such-hat',
      'board.led_pin': '99',
      'audio.volume_curve': 'loud',
      'audio.initial_volume': '-1',
      'audio.bitrate': '320',
      'spotify.ap': 'evil.example:4070',
      allowed_users: 'ok, not ok',
      'audio.normalisation': 'true',
    });
    assert.equal(bad.status, 400);
    const errors = bad.json.errors as Record<string, string>;
    assert.deepEqual(Object.keys(errors).sort(), [
      'allowed_users',
      'audio.bitrate',
      'audio.initial_volume',
      'audio.volume_curve',
      'board.hat',
      'board.led_pin',
      'name',
      'spotify.ap',
    ]);
    assert.match(errors.name!, /1 to 63 printable characters/);
    assert.match(errors['audio.bitrate']!, /command-line flag/);
    assert.match(errors['spotify.ap']!, /not a setting of this page/);
    assert.equal(existsSync(file), false, 'nothing saved');
    const view = (await call(p, 'GET', '/page/settings')).json.settings as { key: string; locked?: string }[];
    assert.ok(view.find((s) => s.key === 'audio.bitrate')?.locked, 'a flag locks its key on the page');

    const before = sp.speaker;
    const ok = await save({ name: 'Living Room # 2', 'audio.normalisation': 'on', allowed_users: 'alice, Bob' });
    assert.equal(ok.status, 200, ok.text);
    assert.deepEqual(ok.json, { saved: true, restarting: true });
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.deepEqual(
      readdirSync(join(sp.dir, 'state')).filter((f) => f.endsWith('.tmp')),
      [],
      'no temp file left',
    );
    await until(() => sp.speaker !== before, 8000, 'the speaker restarted');
    await until(() => sp.runner.speaker.supervisor.isRunning('web-page'), 8000, 'the page back');
    assert.equal(sp.runner.speaker.page!.port, p, 'on the same port');
    // The runner's state (what the update launcher follows) is the new speaker's.
    const seen: string[] = [];
    sp.runner.on('state', (st) => seen.push(st));
    sp.runner.setState('error', 'test');
    assert.equal(sp.speaker.supervisor.state, 'error');
    assert.equal(sp.runner.state, 'error');
    assert.deepEqual(seen, ['error']);
    const after = (await call(p, 'GET', '/page/settings')).json.settings as {
      key: string;
      value: string;
      source: string;
    }[];
    const get = (k: string) => after.find((s) => s.key === k)!;
    assert.deepEqual(get('name'), { ...get('name'), value: 'Living Room # 2', source: 'settings' });
    assert.equal(get('audio.normalisation').value, 'true');
    assert.equal(get('allowed_users').value, 'alice, Bob');
    assert.equal(sp.speaker.config[''].name, 'Living Room # 2', 'applied');
    assert.deepEqual(sp.speaker.config[''].allowed_users, ['alice', 'Bob']);
    assert.equal(sp.speaker.config.audio.bitrate, '96', 'the flag still wins');
    assert.equal((await call(p, 'GET', '/page/state', { cookie })).json.owner, true, 'still paired after the restart');

    // The local API on the LAN needs a token: refused without one, as the speaker would refuse to start it.
    const lan = await save({ 'api.address': '0.0.0.0' });
    assert.equal(lan.status, 400);
    assert.match((lan.json.errors as Record<string, string>)['api.address']!, /set api.token too/);
    const token = 'a-long-enough-api-token-0123';
    const restarted = sp.speaker;
    assert.equal((await save({ 'api.address': '0.0.0.0', 'api.token': token })).status, 200);
    await until(() => sp.speaker !== restarted && sp.speaker.api?.address !== undefined, 8000, 'the API on the LAN');
    assert.equal(sp.speaker.api!.address!.address, '0.0.0.0');
    const apiView = (await call(p, 'GET', '/page/settings')).json.settings as {
      key: string;
      value: string;
      secret?: { set: boolean };
    }[];
    assert.deepEqual(
      apiView.find((x) => x.key === 'api.token'),
      {
        ...apiView.find((x) => x.key === 'api.token'),
        value: '',
        secret: { set: true },
      },
    );
    assert.ok(!(await call(p, 'GET', '/page/settings')).text.includes(token), 'the token is never shown');

    // Back to spotlet.conf's value: the line goes.
    assert.equal((await save({ name: null })).status, 200);
    await until(() => sp.speaker.config[''].name === 'Kitchen', 8000, 'the name from spotlet.conf again');
    assert.doesNotMatch(readFileSync(file, 'utf8'), /^name/m);
  } finally {
    await sp.stop();
    await emu.stop();
  }
});

test('a restart to apply settings refuses no request: the page answers all through it, the new speaker what came in the gap', async () => {
  const emu = await emulator();
  const sp = await pageSpeaker(emu, 'Kitchen', `[web]\npassword = "${PASSWORD}"\n`);
  const p = sp.port;
  const account = emu.accounts.list[0]!;
  const cloud = emu.services.get('dealer') as ConnectCloud;
  const album = emu.catalog.contexts.find((c) => c.type === 'album')!;
  const names = ['Kitchen', 'Kitchen 1', 'Kitchen 2', 'Kitchen 3'];
  let polling = true;
  /** Asks the page its name until told to stop, as a browser does (a new connection each time, or one kept alive). */
  const poll = async (agent?: Agent): Promise<string[]> => {
    const seen: string[] = [];
    const end = Date.now() + 60_000;
    for (let i = 0; polling && i < 50_000 && Date.now() < end; i++) {
      const r = await call(p, 'GET', '/page/state', agent ? { agent } : {}).then(
        (reply) => (reply.status === 200 ? String(reply.json.name) : `status ${reply.status}`),
        (err: NodeJS.ErrnoException) => `error ${err.code ?? err.message}`,
      );
      if (seen.at(-1) !== r) seen.push(r);
    }
    return seen;
  };
  const keptAlive = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    // Playing, so the speaker has an output and a session to stop and start again.
    await phoneLogin(sp, account);
    const id = sp.speaker.state.deviceId;
    await until(() => cloud.cluster(account.username).devices.has(id), 8000, 'the speaker in the app');
    assert.equal(await cloud.command(account.username, id, { endpoint: 'play', context: { uri: album.uri } }), true);
    await until(() => cloud.cluster(account.username).playerState?.isPlaying === true, 8000, 'playing');
    const cookie = ownerCookie(await call(p, 'POST', '/page/password', { body: { password: PASSWORD } }));
    const pollers = [poll(), poll(), poll(), poll(keptAlive)];
    for (const name of names.slice(1)) {
      const before = sp.speaker;
      const saved = await call(p, 'POST', '/page/settings', { body: { values: { name } }, cookie });
      assert.equal(saved.status, 200, saved.text);
      await until(() => sp.speaker !== before && sp.speaker.supervisor.isRunning('web-page'), 8000, 'restarted');
      await new Promise((r) => setTimeout(r, 300));
    }
    polling = false;
    for (const seen of await Promise.all(pollers)) {
      // Each name in turn and nothing else: no refusal or reset, and no answer from a speaker already replaced.
      assert.deepEqual(seen, names, 'what a page asking all along was answered');
    }
    assert.equal(sp.speaker.page!.port, p, 'on the same port');
  } finally {
    polling = false;
    keptAlive.destroy();
    await sp.stop();
    await emu.stop();
  }
});

test('the support report: versions, hardware, ALSA, configuration with sources, state and log, and no secret at all', async () => {
  const emu = await emulator();
  const sp = await pageSpeaker(emu, 'Kitchen', `[web]\npassword = "${PASSWORD}"\n`, { logLevel: 'debug' });
  const p = sp.port;
  const account = emu.accounts.list[0]!;
  try {
    const cookie = ownerCookie(await call(p, 'POST', '/page/password', { body: { password: PASSWORD } }));
    await phoneLogin(sp, account);
    const r = await call(p, 'GET', '/page/report');
    assert.equal(r.status, 200);
    assert.match(
      String(r.headers['content-disposition']),
      /^attachment; filename="spotlet-report-Kitchen-\d{8}T\d{4}\.txt"$/,
    );
    for (const section of ['versions', 'board and hat', 'aplay -l', 'aplay -L', 'state', 'configuration', 'recent log'])
      assert.match(r.text, new RegExp(`== ${section}`), section);
    assert.match(r.text, /name = "Kitchen" {3}\(file\)/);
    assert.match(r.text, /password = \[redacted\] {3}\(file\)/);
    assert.match(r.text, new RegExp(`"user": "${account.username}"`));
    const stored = JSON.parse(readFileSync(join(sp.dir, 'state', 'credentials.json'), 'utf8')).authData as string;
    const secrets = [
      PASSWORD,
      stored,
      Buffer.from(stored, 'base64').toString('latin1'),
      account.storedCredential.toString('base64'),
      account.password,
      account.accessToken,
      cookie.split('=')[1]!,
    ];
    for (const s of secrets) assert.ok(!r.text.includes(s), `no secret (${s.slice(0, 4)}…) in the report`);
  } finally {
    await sp.stop();
    await emu.stop();
  }
});
