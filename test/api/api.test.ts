/**
 * The local API end to end, as an integration written for go-librespot uses it: the whole speaker on the
 * emulator, its API on loopback, every answer checked against our OpenAPI document (docs/api/openapi.json),
 * the /events websocket's messages in order, the app seeing what the API did, the sleep timer heard in the
 * captured audio; a token, origins and the rate limit; the handler mounted under a prefix in another server
 * with its own authentication.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type WebSocket from 'ws';
import { createApiHandler, type ApiAuthPolicy } from '../../src/api/index.js';
import { createLogger } from '../../src/core/log.js';
import { Catalog } from '../../tools/emulator/catalog.js';
import type { ConnectCloud, SpClientEmulator } from '../../tools/emulator/index.js';
import { makeSampleCatalog } from '../../tools/emulator/sample-catalog.js';
import { emulator, until } from '../ap/helpers.js';
import { locate, oggdecReference } from '../audio/support.js';
import { emulatedSpeaker } from '../connect/support.js';
import { OpenApi } from '../support/openapi.js';
import { apiClient, eventsClient, httpCall } from './support.js';

// Four 10 s tracks (the fourth's key is refused): no track ends during a step unless a step makes it.
const catalog = Catalog.load(
  makeSampleCatalog(mkdtempSync(join(tmpdir(), 'spotlet-api-cat-')), { tracks: 4, seconds: 10 }),
);
const album = catalog.contexts.find((c) => c.type === 'album')!;
const t = album.tracks;
const references = catalog.tracks
  .filter((x) => x.type === 'track' && !x.refused)
  .map((x) => ({ uri: x.uri, pcm: oggdecReference(x.files[0]!.path) }));
const doc = new OpenApi();

/** A speaker on the emulator with its API (config lines added), and the account that will log in. */
async function apiSpeaker(config = '') {
  const emu = await emulator({ catalog });
  const sp = await emulatedSpeaker(emu, 'Kitchen', references, config);
  const cloud = emu.services.get('dealer') as ConnectCloud;
  const account = emu.accounts.list[0]!;
  const apiPort = () => sp.speaker.api!.address!.port;
  await until(() => sp.speaker.api?.address !== undefined, 5000, 'the API listening');
  return {
    emu,
    sp,
    cloud,
    account,
    apiPort,
    id: sp.speaker.state.deviceId,
    cluster: () => cloud.cluster(account.username),
    async login() {
      assert.equal((await sp.login(account)).activeUser, account.username);
      await until(() => this.cluster().devices.has(this.id), 8000, 'speaker registered');
    },
    async stop() {
      await sp.stop();
      await emu.stop();
    },
  };
}

type Status = {
  stopped: boolean;
  paused: boolean;
  volume: number;
  track: { uri: string; position: number } | null;
  repeat_context: boolean;
  repeat_track: boolean;
  shuffle_context: boolean;
  sleep_timer: { type: string };
};

test('every endpoint answers as the OpenAPI document says; the events come in order; the app sees what the API did', async () => {
  const s = await apiSpeaker();
  const api = apiClient(s.apiPort, doc);
  const status = async () => (await api('GET', '/status')).body as Status;
  try {
    // No user yet: the root says playback is not ready, everything else 204 (go-librespot without a session);
    // a malformed body is still a 400.
    assert.deepEqual((await api('GET', '/')).body, { playback_ready: false });
    for (const [m, p] of [
      ['GET', '/status'],
      ['GET', '/player/volume'],
      ['GET', '/player/sleep_timer'],
      ['POST', '/player/pause'],
      ['POST', '/player/next'],
    ] as const)
      assert.equal((await api(m, p)).status, 204, `${m} ${p} without a user`);
    assert.equal((await api('POST', '/player/play', {})).status, 400);

    const events = await eventsClient(`ws://127.0.0.1:${s.apiPort()}/events`, doc);
    await s.login();
    await events.next('playback_ready');
    assert.deepEqual((await api('GET', '/')).body, { playback_ready: true });

    // play: the album from its second track, 2 s in; will_play, metadata, playing, in this order.
    let from = events.messages.length;
    assert.equal(
      (await api('POST', '/player/play', { uri: album.uri, skip_to_uri: t[1], position: 2000 })).status,
      200,
    );
    const willPlay = await events.next('will_play', (d: { uri: string }) => d.uri === t[1], from);
    const metadata = await events.next('metadata', (d: { uri: string }) => d.uri === t[1], from);
    const playing = await events.next('playing', (d: { uri: string }) => d.uri === t[1], from);
    assert.ok(willPlay < metadata && metadata < playing, 'will_play, metadata, playing in order');
    assert.deepEqual(events.messages[willPlay]!.data, { context_uri: album.uri, uri: t[1], play_origin: 'spotlet' });
    assert.deepEqual(events.messages[playing]!.data, {
      context_uri: album.uri,
      uri: t[1],
      resume: false,
      play_origin: 'spotlet',
    });
    await events.next('active', undefined, from);
    const md = events.messages[metadata]!.data as Record<string, unknown>;
    assert.equal(md.name, 'Sample Track 2');
    assert.deepEqual(md.artist_names, ['Spotlet Ensemble']);
    assert.equal(md.album_name, 'Spotlet Sample Album');
    assert.equal(md.release_date, '2024-05-17');
    assert.equal(md.track_number, 2);
    assert.equal(md.disc_number, 1);
    assert.equal(md.format, 'OGG_VORBIS_160');
    assert.equal(md.bitrate, 160);
    assert.equal(md.sample_rate, 44100);
    assert.match(String(md.album_cover_url), /^http:\/\/127\.0\.0\.1:\d+\/image\/[0-9a-f]{40}$/);
    assert.ok(Math.abs((md.position as number) - 2000) < 300, `metadata position ${md.position}`);
    // The app sees the speaker playing that track.
    await until(() => s.cluster().playerState?.track?.uri === t[1] && s.cluster().activeDeviceId === s.id, 5000, 'app');

    const st = (await api('GET', '/status')).body as Record<string, unknown>;
    assert.equal(st.username, s.account.username);
    assert.equal(st.device_id, s.id);
    assert.equal(st.device_type, 'SPEAKER');
    assert.equal(st.device_name, 'Kitchen');
    assert.equal(st.play_origin, 'spotlet');
    assert.equal(st.stopped, false);
    assert.equal(st.paused, false);
    assert.equal((st.track as { uri: string }).uri, t[1]);
    const position = (st.track as { position: number }).position;
    assert.ok(position > 1000 && position < 5000, `position ${position} (started 2000 ms in)`);

    // pause, resume, playpause twice.
    from = events.messages.length;
    assert.equal((await api('POST', '/player/pause')).status, 200);
    await events.next('paused', (d: { uri: string }) => d.uri === t[1], from);
    assert.equal((await status()).paused, true);
    await until(() => !!s.cluster().playerState?.isPaused, 3000, 'paused in the app');
    from = events.messages.length;
    assert.equal((await api('POST', '/player/resume')).status, 200);
    await events.next('playing', (d: { resume: boolean }) => d.resume, from);
    assert.equal((await api('POST', '/player/playpause')).status, 200);
    await events.next('paused', undefined, from);
    assert.equal((await api('POST', '/player/playpause')).status, 200);
    await events.next('playing', (d: { resume: boolean }) => d.resume, events.messages.length - 1);

    // seek, absolute and relative: a seek event, no new track.
    from = events.messages.length;
    assert.equal((await api('POST', '/player/seek', { position: 6000 })).status, 200);
    const seek = await events.next('seek', undefined, from);
    assert.deepEqual(events.messages[seek]!.data, {
      context_uri: album.uri,
      uri: t[1],
      position: 6000,
      duration: catalog.track(t[1]!)!.durationMs,
      play_origin: 'spotlet',
    });
    assert.equal((await api('POST', '/player/seek', { position: -3000, relative: true })).status, 200);
    await events.next('seek', (d: { position: number }) => d.position < 4000, seek + 1);
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(
      !events.messages.slice(from).some((m) => m.type === 'metadata' || m.type === 'will_play'),
      'a seek starts no new track',
    );

    // volume on go-librespot's scale (0..volume_steps = 64), absolute and relative, clamped.
    from = events.messages.length;
    assert.equal((await api('POST', '/player/volume', { volume: 32 })).status, 200);
    assert.deepEqual((await api('GET', '/player/volume')).body, { value: 32, max: 64 });
    await events.next('volume', (d: { value: number; max: number }) => d.value === 32 && d.max === 64, from);
    await until(() => s.cluster().devices.get(s.id)?.info.volume === Math.round((32 * 65535) / 64), 3000, 'app volume');
    assert.equal((await api('POST', '/player/volume', { volume: 10, relative: true })).status, 200);
    assert.equal((await status()).volume, 42);
    assert.equal((await api('POST', '/player/volume', { volume: -100, relative: true })).status, 200);
    assert.equal((await status()).volume, 0);
    assert.equal((await api('POST', '/player/volume', { volume: 1000 })).status, 200);
    assert.equal((await status()).volume, 64);

    // repeat and shuffle: one event each, only when the value changes.
    from = events.messages.length;
    for (const [path, key] of [
      ['/player/repeat_context', 'repeat_context'],
      ['/player/repeat_track', 'repeat_track'],
      ['/player/shuffle_context', 'shuffle_context'],
    ] as const) {
      assert.equal((await api('POST', path, { [key]: true })).status, 200);
      await events.next(key, (d: { value: boolean }) => d.value, from);
      assert.equal((await status())[key], true);
      assert.equal((await api('POST', path, { [key]: true })).status, 200, 'the same value again');
      assert.equal((await api('POST', path, { [key]: false })).status, 200);
      await events.next(key, (d: { value: boolean }) => !d.value, from);
    }
    assert.deepEqual(
      events.messages
        .slice(from)
        .filter((m) => /^(repeat|shuffle)/.test(m.type))
        .map((m) => `${m.type}=${(m.data as { value: boolean }).value}`),
      [
        'repeat_context=true',
        'repeat_context=false',
        'repeat_track=true',
        'repeat_track=false',
        'shuffle_context=true',
        'shuffle_context=false',
      ],
    );
    await until(() => s.cluster().playerState?.options?.shufflingContext === false, 3000, 'app options');

    // add_to_queue, then next plays it; next to a given track; prev.
    assert.equal((await api('POST', '/player/add_to_queue', { uri: t[0] })).status, 200);
    await until(() => s.cluster().playerState?.nextTracks?.[0]?.uri === t[0], 3000, 'queued in the app');
    from = events.messages.length;
    assert.equal((await api('POST', '/player/next')).status, 200);
    await events.next('metadata', (d: { uri: string }) => d.uri === t[0], from);
    from = events.messages.length;
    assert.equal((await api('POST', '/player/next', { uri: t[2] })).status, 200);
    await events.next('metadata', (d: { uri: string }) => d.uri === t[2], from);
    from = events.messages.length;
    assert.equal((await api('POST', '/player/prev')).status, 200);
    await events.next('metadata', (d: { uri: string }) => d.uri === t[1], from);

    // Refusals: malformed bodies (400 with the reason), what the speaker cannot do (500 with the reason).
    for (const [path, body] of [
      ['/player/play', { uri: '' }],
      ['/player/play', { uri: 'not a uri' }],
      ['/player/play', { uri: album.uri, position: -1 }],
      ['/player/play', { uri: album.uri, skip_to_uri: 'spotify:album:x' }],
      ['/player/play', '{"uri": '],
      ['/player/play', '[1,2]'],
      ['/player/seek', {}],
      ['/player/seek', { position: -5 }],
      ['/player/seek', { position: 1.5 }],
      ['/player/volume', { volume: 'loud' }],
      ['/player/volume', { volume: -1 }],
      ['/player/repeat_context', { repeat_context: 'yes' }],
      ['/player/repeat_track', {}],
      ['/player/shuffle_context', { shuffle_context: 1 }],
      ['/player/add_to_queue', { uri: 'spotify:album:6eGYLONkDMja0MNtZWnRRB' }],
      ['/player/next', { uri: 42 }],
      ['/player/sleep_timer', { type: 'duration', minutes: 0 }],
      ['/player/sleep_timer', { type: 'nap' }],
    ] as const) {
      const a = await api('POST', path, body);
      assert.equal(a.status, 400, `${path} ${JSON.stringify(body)}`);
      assert.ok(String((a.body as { error: string }).error).length > 5, 'with a reason');
    }
    const unknownAlbum = await api('POST', '/player/play', { uri: 'spotify:album:0000000000000000000000' });
    assert.equal(unknownAlbum.status, 500);
    assert.match((unknownAlbum.body as { error: string }).error, /play/);

    // Not offered, unknown, wrong method, too large, not a websocket.
    for (const path of ['/token', '/set_device_name', '/player/output', '/web-api/v1/me/player'])
      assert.equal((await api('POST', path, {})).status, 501, path);
    assert.equal((await api('GET', '/web-api/v1/me')).status, 501);
    assert.equal((await api('PUT', '/web-api/v1/me/player')).status, 501);
    assert.equal((await api('DELETE', '/web-api/v1/me/tracks')).status, 501);
    const unknown = await httpCall(s.apiPort(), 'GET', '/player/teleport');
    assert.equal(unknown.status, 404);
    assert.ok((unknown.body as { error: string }).error);
    const wrongMethod = await httpCall(s.apiPort(), 'GET', '/player/play');
    assert.equal(wrongMethod.status, 405);
    assert.equal(wrongMethod.headers.allow, 'POST');
    assert.equal((await api('POST', '/player/play', `{"uri":"${'x'.repeat(20_000)}"}`)).status, 413);
    assert.equal((await api('GET', '/events')).status, 426);

    // Sleep timer, after a time: paused when it runs out; the timer shows, then is gone.
    from = events.messages.length;
    const set = await api('POST', '/player/sleep_timer', { type: 'duration', minutes: 0.02 });
    const timer = set.body as { type: string; ends_at: number; remaining_ms: number };
    assert.equal(timer.type, 'duration');
    assert.ok(timer.remaining_ms > 0 && timer.remaining_ms <= 1200);
    assert.equal(((await api('GET', '/player/sleep_timer')).body as { type: string }).type, 'duration');
    assert.equal((await status()).sleep_timer.type, 'duration');
    await events.next('sleep_timer', (d: { type: string }) => d.type === 'none', from);
    await events.next('paused', undefined, from);
    assert.equal((await status()).paused, true);
    assert.equal(((await api('GET', '/player/sleep_timer')).body as { type: string }).type, 'none');
    await until(() => !!s.cluster().playerState?.isPaused, 3000, 'paused in the app');
    // Set, then cleared: nothing happens.
    assert.equal((await api('POST', '/player/sleep_timer', { type: 'duration', minutes: 0.01 })).status, 200);
    assert.deepEqual((await api('POST', '/player/sleep_timer', { type: 'clear' })).body, {
      type: 'none',
      ends_at: null,
      remaining_ms: null,
    });
    assert.equal((await api('POST', '/player/resume')).status, 200);
    await new Promise((r) => setTimeout(r, 900));
    assert.equal((await status()).paused, false, 'a cleared timer does not pause');

    // Sleep timer at the end of the track: the track plays to its end, then nothing more is heard; the next
    // track waits and plays on resume.
    const duration = catalog.track(t[1]!)!.durationMs;
    assert.equal((await api('POST', '/player/seek', { position: duration - 2500 })).status, 200);
    const mark = s.sp.frames();
    from = events.messages.length;
    assert.deepEqual((await api('POST', '/player/sleep_timer', { type: 'end_of_track' })).body, {
      type: 'end_of_track',
      ends_at: null,
      remaining_ms: null,
    });
    await events.next('not_playing', (d: { uri: string }) => d.uri === t[1], from, 8000);
    await events.next('stopped', undefined, from, 8000);
    await events.next('sleep_timer', (d: { type: string }) => d.type === 'none', from);
    const stopped = await status();
    assert.equal(stopped.stopped, true);
    assert.equal(stopped.track, null);
    await new Promise((r) => setTimeout(r, 1000));
    assert.ok(
      !events.messages.slice(from).some((m) => m.type === 'metadata'),
      'no next track started after the end of the track',
    );
    const captured = s.sp.cap.read();
    const heardFrames = (captured.length >> 2) - mark;
    assert.ok(heardFrames >= 2000 * 44.1, `the end of the track was heard (${heardFrames} frames)`);
    // The last audio heard (before aplay's padding of its last period) is the end of the track the timer ended.
    const tail = locate(captured, (captured.length >> 2) - 4096 - 8000, references);
    assert.equal(tail.uri, t[1], 'the last audio heard is the track the timer ended');
    assert.ok(tail.correlation > 0.9, `correlation ${tail.correlation}`);
    assert.ok(
      tail.positionMs > duration - 900,
      `heard up to its end (${tail.positionMs.toFixed(0)} of ${duration} ms)`,
    );
    from = events.messages.length;
    assert.equal((await api('POST', '/player/resume')).status, 200);
    await events.next('metadata', (d: { uri: string }) => d.uri === t[2], from);

    // stop: playback stops and the speaker is no longer the active device; the user stays logged in.
    from = events.messages.length;
    assert.equal((await api('POST', '/player/stop')).status, 200);
    await events.next('stopped', undefined, from);
    await events.next('inactive', undefined, from);
    await until(() => s.cluster().activeDeviceId === '', 3000, 'no active device in the app');
    const after = await api('GET', '/status');
    assert.equal(after.status, 200, 'the user is still logged in');
    assert.equal((after.body as Status).stopped, true);
    events.close();
  } finally {
    await s.stop();
  }
});

test('a token: requests and the websocket without it get 401; pages of other origins 403; CORS for allowed ones; rate limit 429', async () => {
  const token = 'kitchen-token-0123456789';
  const s = await apiSpeaker(`[api]\ntoken = ${token}\nallow_origins = http://hass.local:8123\nrate_limit = 5\n`);
  const bearer = { Authorization: `Bearer ${token}` };
  const api = apiClient(s.apiPort, doc, bearer);
  try {
    await s.login();
    const none = await apiClient(s.apiPort, doc)('GET', '/status');
    assert.equal(none.status, 401);
    assert.match(String(none.headers['www-authenticate']), /^Bearer/);
    assert.equal((await apiClient(s.apiPort, doc, { Authorization: 'Bearer wrong' })('GET', '/')).status, 401);
    assert.equal((await api('GET', '/status')).status, 200);
    await assert.rejects(
      eventsClient(`ws://127.0.0.1:${s.apiPort()}/events`, doc),
      /401/,
      'the websocket needs the token too',
    );
    const ev = await eventsClient(`ws://127.0.0.1:${s.apiPort()}/events`, doc, bearer);
    ev.close();

    // An allowed page: CORS preflight and answer headers; another origin: refused, request and websocket.
    const pre = await httpCall(s.apiPort(), 'OPTIONS', '/player/pause', undefined, {
      Origin: 'http://hass.local:8123',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'authorization',
    });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers['access-control-allow-origin'], 'http://hass.local:8123');
    assert.match(String(pre.headers['access-control-allow-headers']), /Authorization/);
    const cors = await api('GET', '/', undefined, { Origin: 'http://hass.local:8123' });
    assert.equal(cors.headers['access-control-allow-origin'], 'http://hass.local:8123');
    assert.equal((await api('POST', '/player/pause', undefined, { Origin: 'http://evil.example' })).status, 403);
    await assert.rejects(
      eventsClient(`ws://127.0.0.1:${s.apiPort()}/events`, doc, { ...bearer, Origin: 'http://evil.example' }),
      /403/,
    );

    // 5 requests a second, bursts of 10: a burst of 30 gets 429s, the next second some go through again.
    await new Promise((r) => setTimeout(r, 2100));
    const burst = await Promise.all(Array.from({ length: 30 }, () => api('GET', '/')));
    const limited = burst.filter((a) => a.status === 429);
    assert.ok(limited.length >= 15 && limited.length <= 21, `${limited.length} of 30 limited`);
    assert.equal(limited[0]!.headers['retry-after'], '1');
    await new Promise((r) => setTimeout(r, 1100));
    assert.equal((await api('GET', '/')).status, 200);
  } finally {
    await s.stop();
  }
});

test('an API on the LAN without a token is a configuration problem: the error state, and the API stays on loopback', async () => {
  const emu = await emulator({ catalog });
  const sp = await emulatedSpeaker(emu, 'Kitchen', references, '[api]\naddress = 0.0.0.0\n');
  try {
    await until(() => sp.speaker.supervisor.state === 'error', 5000, 'error state');
    await until(() => sp.speaker.api?.address !== undefined, 5000, 'the API listening');
    assert.equal(sp.speaker.api!.address!.address, '127.0.0.1', 'not on the LAN');
  } finally {
    await sp.stop();
    await emu.stop();
  }
});

test('the handler mounted under a prefix in another server, with that server’s own authentication', async () => {
  const s = await apiSpeaker();
  // The host's policy: a session cookie (as a web page with its own login would have).
  const policy: ApiAuthPolicy = {
    check: (req: IncomingMessage) =>
      /(^|;\s*)session=good(;|$)/.test(req.headers.cookie ?? '') ? undefined : { status: 401, reason: 'log in first' },
  };
  const handler = createApiHandler({
    port: s.sp.speaker.port,
    auth: policy,
    prefix: '/api',
    log: createLogger('test.mounted'),
    commandTimeoutMs: 1200,
  });
  const host = createServer((req, res) => {
    if (!handler.handle(req, res)) res.writeHead(200, { 'Content-Type': 'text/plain' }).end('the host page');
  });
  host.on('upgrade', (req, socket, head) => {
    if (!handler.upgrade(req, socket, head)) socket.destroy();
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  const hostPort = (host.address() as AddressInfo).port;
  const cookie = { Cookie: 'session=good' };
  const mounted = async (method: string, path: string, body?: unknown, headers = cookie) => {
    const a = await httpCall(hostPort, method, `/api${path}`, body, headers);
    doc.assertResponse(method, path, a.status, a.body);
    return a;
  };
  try {
    await s.login();
    assert.equal((await mounted('GET', '/status')).status, 200);
    assert.equal((await mounted('GET', '/status', undefined, {} as typeof cookie)).status, 401);
    const page = await new Promise<string>((resolve) => {
      void fetch(`http://127.0.0.1:${hostPort}/index.html`).then((r) => r.text().then(resolve));
    });
    assert.equal(page, 'the host page', 'paths outside the prefix stay the host’s');
    const ev = await eventsClient(`ws://127.0.0.1:${hostPort}/api/events`, doc, cookie);
    await assert.rejects(eventsClient(`ws://127.0.0.1:${hostPort}/api/events`, doc), /401/);
    assert.equal((await mounted('POST', '/player/play', { uri: album.uri })).status, 200);
    await ev.next('metadata', (d: { uri: string }) => d.uri === t[0]);

    // A command the speaker takes longer for than the host allows answers 504 (spclient retries a busy
    // context-resolve after its Retry-After).
    (s.emu.services.get('spclient') as SpClientEmulator).failNext(503, 2, '/context-resolve');
    const slow = await mounted('POST', '/player/play', { uri: album.uri, skip_to_uri: t[2] });
    assert.equal(slow.status, 504);
    await ev.next('metadata', (d: { uri: string }) => d.uri === t[2], 0, 10_000);

    // 17 websocket clients: the 17th is refused (16 at most).
    const many: WebSocket[] = [];
    for (let i = 0; i < 15; i++)
      many.push((await eventsClient(`ws://127.0.0.1:${hostPort}/api/events`, doc, cookie)).ws);
    await assert.rejects(eventsClient(`ws://127.0.0.1:${hostPort}/api/events`, doc, cookie), /503/);
    for (const ws of many) ws.close();
    ev.close();
  } finally {
    handler.close();
    await new Promise<void>((r) => {
      host.closeAllConnections();
      host.close(() => r());
    });
    await s.stop();
  }
});

test('every operation of the OpenAPI document was exercised', () => {
  assert.deepEqual(doc.unseen(), []);
});
