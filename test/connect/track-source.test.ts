/**
 * SpotifyTrackSource's availability rules (docs/protocol/05 §2.3) on metadata as spclient decodes it: which
 * restriction counts for the user's catalogue, alternatives that carry no files (fetched by gid), episodes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger } from '../../src/core/log.js';
import { gidToBase62 } from '../../src/core/spotify-id.js';
import { countryRestriction, SpotifyTrackSource, type TrackMetadataSource } from '../../src/connect/index.js';
import { HttpError, type ItemMetadata } from '../../src/web/index.js';

const gid = (n: number): Buffer => Buffer.alloc(16, n);
const file = (n: number) => ({ fileId: Buffer.alloc(20, n), format: 1 });
const item = (n: number, over: Partial<ItemMetadata> = {}): ItemMetadata => ({
  uri: `spotify:track:${gidToBase62(gid(n))}`,
  gid: gid(n),
  name: `t${n}`,
  durationMs: 1000 + n,
  artists: [],
  album: '',
  files: [file(n)],
  restrictions: [],
  alternatives: [],
  details: {
    albumArtists: [],
    covers: [],
    number: n,
    discNumber: 1,
    popularity: 0,
    explicit: false,
    date: '',
    language: [],
    description: '',
  },
  ...over,
});

function source(items: ItemMetadata[], market = { country: 'SE', catalogue: 'premium' as string | undefined }) {
  const keyRequests: string[] = [];
  const asked: string[] = [];
  const spclient: TrackMetadataSource = {
    async metadata(type, g) {
      asked.push(`${type}:${g.toString('hex')}`);
      const m = items.find((x) => x.gid.equals(g) && x.uri.startsWith(`spotify:${type}:`));
      if (!m) throw new HttpError('no such item', 404);
      return m;
    },
    storageResolve: async () => ['http://cdn.invalid/x'],
  };
  const keys = {
    request: async (g: Buffer, f: Buffer) => {
      keyRequests.push(`${g.toString('hex')}/${f.toString('hex')}`);
      return Buffer.alloc(16, 7);
    },
  };
  return { src: new SpotifyTrackSource(spclient, keys, 160, () => market, createLogger('test')), keyRequests, asked };
}

test("the first restriction for the user's catalogue decides (the first of all when none names one); lists are 2-letter codes", () => {
  const se = { country: 'SE', catalogue: undefined };
  assert.equal(
    countryRestriction(
      [
        { catalogues: ['free'], countriesForbidden: ['SE'] },
        { catalogues: ['premium'], countriesAllowed: ['SE'] },
      ],
      se,
    ),
    undefined,
    'premium by default',
  );
  assert.equal(
    countryRestriction(
      [
        { catalogues: ['premium'], countriesAllowed: ['DK'] },
        { catalogues: ['premium'], countriesAllowed: ['SE'] },
      ],
      se,
    ),
    'not allowed in SE',
  );
  assert.equal(countryRestriction([{ catalogues: [], countriesForbidden: ['DK', 'SE'] }], se), 'forbidden in SE');
  assert.equal(
    countryRestriction([{ catalogues: ['free'], countriesForbidden: ['SE'] }], se),
    undefined,
    'a restriction for another catalogue only',
  );
  assert.equal(
    countryRestriction([{ catalogues: ['free'], countriesForbidden: ['SE'] }], { country: 'SE', catalogue: 'free' }),
    'forbidden in SE',
  );
  assert.equal(
    countryRestriction([{ catalogues: [], countriesAllowed: [] }], se),
    'not allowed in SE',
    'an empty allowed list allows none',
  );
  assert.equal(
    countryRestriction([{ catalogues: [], countriesForbidden: ['SE'] }], { country: undefined, catalogue: undefined }),
    undefined,
    'no country known: nothing to decide',
  );
});

test('an alternative entry without files is fetched by its gid; its key is asked with its gid and file; the requested uri is kept', async () => {
  const alt = item(2);
  const { src, keyRequests, asked } = source([
    item(1, {
      restrictions: [{ catalogues: ['premium'], countriesForbidden: ['SE'] }],
      alternatives: [
        { gid: gid(9), files: [], restrictions: [] },
        { gid: gid(2), files: [], restrictions: [] },
      ],
    }),
    alt,
  ]);
  const t = await src.load(item(1).uri);
  assert.equal(t.uri, item(1).uri);
  assert.equal(t.durationMs, alt.durationMs, "the fetched alternative's duration");
  assert.equal(t.fileId, file(2).fileId.toString('hex'));
  assert.deepEqual(keyRequests, [`${gid(2).toString('hex')}/${file(2).fileId.toString('hex')}`]);
  assert.deepEqual(
    asked,
    [`track:${gid(1).toString('hex')}`, `track:${gid(9).toString('hex')}`, `track:${gid(2).toString('hex')}`],
    'an alternative with no metadata (404) is passed over',
  );
});

test('a track with no Ogg file relinks too; an episode restricted in the country is unavailable', async () => {
  const { src, keyRequests } = source([
    item(1, {
      files: [{ fileId: Buffer.alloc(20, 1), format: 4 }],
      alternatives: [{ gid: gid(3), files: [file(3)], restrictions: [] }],
    }),
  ]);
  assert.equal(
    (await src.load(item(1).uri)).fileId,
    file(3).fileId.toString('hex'),
    "the entry's own files, nothing fetched",
  );
  assert.deepEqual(keyRequests, [`${gid(3).toString('hex')}/${file(3).fileId.toString('hex')}`]);
  const ep = item(4, {
    uri: `spotify:episode:${gidToBase62(gid(4))}`,
    restrictions: [{ catalogues: ['premium'], countriesAllowed: ['NO'] }],
  });
  const e = source([ep]);
  await assert.rejects(
    () => e.src.load(ep.uri),
    (err: { code?: string; message?: string }) =>
      err.code === 'ERR_TRACK_UNAVAILABLE' && /not allowed in SE/.test(err.message ?? ''),
  );
  assert.deepEqual(e.keyRequests, []);
});
