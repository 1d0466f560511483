/**
 * Host rotation (#12 item 4): apresolve lists several hosts of each kind, best first, and the first may be down.
 * The speaker moves on to the next on a failed connection and asks apresolve again once a list is used up, as
 * librespot and go-librespot do; today's code used only the first host, and never asked again after a failure.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUTH_TYPE, EndpointDirectory } from '../../src/ap/index.js';
import { createLogger } from '../../src/core/log.js';
import { startSpeaker } from '../../src/speaker/index.js';
import type { ApresolveEmulator, CdnServer, ConnectCloud, Emulator } from '../../tools/emulator/index.js';
import { loginToSpeaker } from '../../tools/phone/index.js';
import { emulator, until } from '../ap/helpers.js';

let emu: Emulator;
let deadHost: string;
before(async () => {
  emu = await emulator();
  // A port nothing listens on: connections to it are refused.
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  deadHost = `127.0.0.1:${(s.address() as AddressInfo).port}`;
  await new Promise<void>((r) => s.close(() => r()));
});
after(() => emu.stop());

test('apresolve names a dead host first for AP, dealer and spclient: the speaker uses the next and plays', async () => {
  const apresolve = emu.services.get('apresolve') as ApresolveEmulator;
  const cloud = emu.services.get('dealer') as ConnectCloud;
  apresolve.listFirst = { accesspoint: [deadHost], dealer: [deadHost], spclient: [deadHost] };
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-rotation-'));
  writeFileSync(join(dir, 'ap.pem'), emu.apPublicKeyPem);
  // Only apresolve: no fixed access point, spclient or dealer.
  writeFileSync(
    join(dir, 'spotlet.conf'),
    [
      'name = Rotation',
      '[spotify]',
      `apresolve_url = ${emu.endpoints.apresolve}`,
      `ap_key = ${join(dir, 'ap.pem')}`,
      `login5_url = ${emu.endpoints.login5}`,
      `client_token_url = ${emu.endpoints.clienttoken}`,
      '[zeroconf]',
      'port = 0',
      'interfaces = lo',
      '[audio]',
      `backend = file`,
      `device = ${join(dir, 'out.raw')}`,
      '',
    ].join('\n'),
  );
  const speaker = await startSpeaker({
    argv: ['--config', join(dir, 'spotlet.conf'), '--state-dir', join(dir, 'state'), '--log-level', 'debug'],
    env: {},
  });
  try {
    const account = emu.accounts.list[0]!;
    await loginToSpeaker(`http://127.0.0.1:${speaker.zeroconf.port}/`, {
      userName: account.username,
      authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS,
      authData: account.storedCredential,
    });
    const deviceId = speaker.state.deviceId;
    await until(
      () => cloud.puts.some((p) => p.deviceId === deviceId && p.reason === 'NEW_DEVICE'),
      8000,
      'the device registered through the second dealer and spclient host',
    );
    const album = emu.catalog.contexts.find((c) => c.type === 'album')!;
    const playable = album.tracks.find((uri) => !emu.catalog.tracks.find((t) => t.uri === uri)?.refused)!;
    const ok = await cloud.command(account.username, deviceId, {
      endpoint: 'play',
      context: { uri: album.uri },
      options: { skip_to: { track_uri: playable } },
    });
    assert.equal(ok, true, 'the play command was accepted');
    // The file output is not paced: the 1-s track is fetched and written at once, so look at what the CDN served.
    const files = new Set(
      emu.catalog.tracks.find((t) => t.uri === playable)!.files.map((f) => f.fileId.toString('hex')),
    );
    const cdn = emu.services.get('cdn') as CdnServer;
    await until(
      () => cdn.requests.some((r) => files.has(r.fileId) && r.status === 206),
      8000,
      "the track's audio fetched from the CDN",
    );
    await until(
      () => cloud.puts.some((p) => p.deviceId === deviceId && p.isActive),
      8000,
      'the cloud told that the speaker plays',
    );
  } finally {
    await speaker.stop();
    apresolve.listFirst = {};
  }
});

test('after apresolve failed, a used-up list asks it again instead of keeping the fallback for good', async () => {
  const apresolve = emu.services.get('apresolve') as ApresolveEmulator;
  const log = createLogger('test');
  const before = apresolve.requests;
  apresolve.failNext(1);
  const dir = new EndpointDirectory({ apresolveUrl: emu.endpoints.apresolve!, log });
  const first = await dir.current('dealer');
  assert.deepEqual(first, { host: 'dealer.spotify.com', port: 443 }, 'the fallback while apresolve is down');
  // (No connection is made to Spotify's host here: the caller reports it unreachable, as a failed connect would.)
  dir.failed('dealer', first);
  const [host, port] = emu.endpoints.dealer!.split(':');
  assert.deepEqual(await dir.current('dealer'), { host, port: Number(port) }, 'apresolve asked again');
  assert.equal(apresolve.requests, before + 2);
  // The resolved host fails: the fallback is the last resort, then apresolve again.
  dir.failed('dealer', { host: host!, port: Number(port) });
  assert.deepEqual(await dir.current('dealer'), { host: 'dealer.spotify.com', port: 443 });
  dir.failed('dealer', { host: 'dealer.spotify.com', port: 443 });
  assert.deepEqual(await dir.current('dealer'), { host, port: Number(port) });
  assert.equal(apresolve.requests, before + 3);
});
