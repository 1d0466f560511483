import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/core/log.js';
import { Catalog, startEmulator, type Emulator, type SpClientEmulator } from '../../tools/emulator/index.js';
import { makeSampleCatalog } from '../../tools/emulator/sample-catalog.js';
import { AccessTokens, ClientToken, httpFetch, SpClient, type WebEndpoints } from '../../src/web/index.js';
import { sampleCatalog } from '../audio/support.js';

const log = createLogger('test');
let emu: Emulator;
let spclient: SpClient;
let tokens: AccessTokens;
let clientToken: ClientToken;
before(async () => {
  emu = await startEmulator({ catalog: sampleCatalog() });
  const web: WebEndpoints = {
    clientId: '65b708073fc0480ea92a077233ca87bd',
    clientVersion: '1.2.52.442',
    login5Url: emu.endpoints.login5!,
    clientTokenUrl: emu.endpoints.clienttoken!,
  };
  const account = emu.accounts.list[0]!;
  clientToken = new ClientToken(web, 'd'.repeat(40));
  tokens = new AccessTokens(
    web,
    'd'.repeat(40),
    () => ({ username: account.username, data: account.storedCredential }),
    clientToken,
    log,
  );
  spclient = new SpClient({ baseUrl: async () => emu.endpoints.spclient_url!, tokens, clientToken, log });
});
after(() => emu.stop());

test('metadata of every catalog track and episode matches the catalog; storage-resolve gives CDN URLs serving the file', async () => {
  const cat = sampleCatalog();
  const sp = emu.services.get('spclient') as SpClientEmulator;
  const n0 = sp.requests.length;
  assert.ok(cat.tracks.length > 0);
  for (const t of cat.tracks) {
    const m = await spclient.metadata(t.type, t.gid);
    assert.equal(m.uri, t.uri);
    assert.equal(m.name, t.name);
    assert.equal(m.durationMs, t.durationMs);
    assert.deepEqual(
      m.files.map((f) => f.fileId.toString('hex')).sort(),
      t.files.map((f) => f.fileId.toString('hex')).sort(),
    );
  }
  assert.deepEqual(
    new Set(sp.requests.slice(n0).map((r) => `${r.method} ${r.path} ${r.status}`)),
    new Set(['POST /extended-metadata/v0/extended-metadata 200']),
    'the newest endpoint answers everything',
  );
  const file = cat.tracks[0]!.files[0]!;
  const urls = await spclient.storageResolve(file.fileId);
  assert.ok(urls.length >= 1);
  const res = await httpFetch(urls[0]!, { headers: { Range: 'bytes=0-' } });
  assert.ok(res.status === 200 || res.status === 206, `CDN status ${res.status}`);
  assert.ok(res.body.length >= statSync(file.path).size, 'the whole (encrypted) file is served');
});

test('an unknown track is a typed 404 at once (no retries); a rejected bearer token is refreshed once', async () => {
  const sp = emu.services.get('spclient') as SpClientEmulator;
  const n0 = sp.requests.length;
  const t0 = Date.now();
  await assert.rejects(
    () => spclient.metadata('track', Buffer.alloc(16, 0xee)),
    (e: { code?: string; protocolCode?: number }) => e.code === 'ERR_HTTP' && e.protocolCode === 404,
  );
  assert.ok(Date.now() - t0 < 1000);
  assert.equal(sp.requests.length - n0, 1, 'a 404 is not retried');

  // extended-metadata failing is an error of its own: /metadata/4 is not asked, the regional host would answer 500
  // (librespot #1527, go-librespot #189), as the emulated one does.
  const known = sampleCatalog().tracks.find((x) => x.type === 'track')!;
  sp.failNext(404, 1);
  const n1 = sp.requests.length;
  await assert.rejects(
    () => spclient.metadata('track', known.gid),
    (e: { protocolCode?: number }) => e.protocolCode === 404,
  );
  assert.equal((await spclient.metadata('track', known.gid)).name, known.name, 'the next request asks it again');
  assert.deepEqual(
    sp.requests.slice(n1).map((r) => `${r.method} ${r.path} ${r.status}`),
    ['POST /extended-metadata/v0/extended-metadata 404', 'POST /extended-metadata/v0/extended-metadata 200'],
    'no /metadata/4',
  );
  const regional = await spclient
    .request('GET', `/metadata/4/track/${known.gid.toString('hex')}`, { busyRetries: false })
    .catch((e: unknown) => e);
  assert.equal((regional as { status?: number }).status, 500, 'the regional /metadata/4 answers 500');

  const before = await tokens.get();
  sp.failNext(401, 1);
  const t = sampleCatalog().tracks[0]!;
  assert.equal((await spclient.metadata(t.type, t.gid)).name, t.name);
  assert.notEqual(await tokens.get(), before, 'the token was renewed after the 401');
});

test('restrictions and alternatives (gid, files, restrictions) as the Track and Episode protos carry them', async (t) => {
  const dir = makeSampleCatalog(mkdtempSync(join(tmpdir(), 'spotlet-relink-sp-')), {
    tracks: 1,
    seconds: 1,
    relinkedIn: 'SE',
  });
  const manifest = JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')) as {
    tracks: { uri: string; restricted?: unknown }[];
  };
  const episodeUri = manifest.tracks.find((x) => x.uri.startsWith('spotify:episode:'))!.uri;
  manifest.tracks.find((x) => x.uri === episodeUri)!.restricted = { countriesAllowed: 'NODK', catalogues: ['premium'] };
  writeFileSync(join(dir, 'catalog.json'), JSON.stringify(manifest));
  const cat = Catalog.load(dir);
  const own = await startEmulator({ catalog: cat });
  t.after(() => own.stop());
  const account = own.accounts.list[0]!;
  const web: WebEndpoints = {
    clientId: '65b708073fc0480ea92a077233ca87bd',
    clientVersion: '1.2.52.442',
    login5Url: own.endpoints.login5!,
    clientTokenUrl: own.endpoints.clienttoken!,
  };
  const ct = new ClientToken(web, 'e'.repeat(40));
  const tk = new AccessTokens(
    web,
    'e'.repeat(40),
    () => ({ username: account.username, data: account.storedCredential }),
    ct,
    log,
  );
  const sp = new SpClient({ baseUrl: async () => own.endpoints.spclient_url!, tokens: tk, clientToken: ct, log });
  const forbidden = cat.tracks.find((x) => x.restricted?.countriesForbidden && x.alternatives.length)!;
  const alt = cat.track(forbidden.alternatives[0]!)!;
  const episode = cat.track(episodeUri)!;
  const hex = (b: Buffer) => b.toString('hex');
  const m = await sp.metadata('track', forbidden.gid);
  assert.deepEqual(m.restrictions, [{ catalogues: ['free', 'premium'], countriesForbidden: ['DK', 'SE'] }]);
  assert.deepEqual(
    m.alternatives.map((a) => ({
      gid: hex(a.gid),
      files: a.files.map((f) => hex(f.fileId)),
      restrictions: a.restrictions,
    })),
    [{ gid: hex(alt.gid), files: alt.files.map((f) => hex(f.fileId)), restrictions: [] }],
  );
  const e = await sp.metadata('episode', episode.gid);
  assert.deepEqual(
    [e.restrictions, e.alternatives],
    [[{ catalogues: ['premium'], countriesAllowed: ['NO', 'DK'] }], []],
  );
  const plain = await sp.metadata('track', cat.tracks[0]!.gid);
  assert.deepEqual([plain.restrictions, plain.alternatives], [[], []]);
});
