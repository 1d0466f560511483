/**
 * Builds a small sample catalog with real tools (sox, espeak-ng, oggenc): music-like tones with speech and a
 * little pink noise (which makes every moment of every track unique, so tests can tell where in which track
 * captured audio is),
 * an album, a playlist, a podcast show with one episode, tracks whose key the AP refuses and singles that are
 * on no album (what an autoplay station can bring), and optionally an album of country-restricted tracks (relinking).
 * Used by `spotlet-emulator` when no --catalog is given, by the demo and by tests.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gidToBase62 } from '../../src/core/spotify-id.js';

export interface SampleCatalogOptions {
  /** Number of album tracks (default 4). */
  tracks?: number;
  /** Seconds per track (default 8). */
  seconds?: number;
  /** Album positions (0-based) whose audio key the AP refuses (default: the last track, if there are two or more). */
  refused?: number[];
  /** Tracks on no album or playlist (default 0). */
  singles?: number;
  /**
   * Adds, after everything else, a "relink" album for users in this country (2 letters): a track forbidden
   * there whose alternative (a track on no album) plays instead; a track whose restriction lists do not name
   * the country (though its forbidden list holds it as a substring) and has that alternative too; a track allowed
   * only elsewhere whose only alternative is the first, forbidden one (default: no such album).
   */
  relinkedIn?: string;
  /**
   * Adds a playlist of this many tracks ("Spotlet Long Mix", like a user's playlist of thousands): each a track
   * of its own (uri, name) over the album's recordings in turn, none refused (default: no such playlist).
   */
  longPlaylist?: number;
}

const TONES = [
  ['220', '330'],
  ['261.6', '392'],
  ['196', '293.7'],
  ['246.9', '370'],
  ['174.6', '261.6'],
  ['293.7', '440'],
];

function uri(type: string, label: string): string {
  return `spotify:${type}:${gidToBase62(createHash('sha256').update(label).digest().subarray(0, 16))}`;
}

function makeOgg(dir: string, name: string, seconds: number, toneIdx: number, words: string, quality: string): string {
  const wav = join(dir, `${name}.wav`);
  const speech = join(dir, `${name}.speech.wav`);
  const [a, b] = TONES[toneIdx % TONES.length]!;
  execFileSync('espeak-ng', ['-w', speech, words]);
  execFileSync('sox', [
    '-V1',
    '-q',
    speech,
    '-r',
    '44100',
    '-c',
    '2',
    join(dir, `${name}.speech2.wav`),
    'pad',
    '0.3',
    'trim',
    '0',
    `${seconds}`,
  ]);
  execFileSync('sox', [
    '-q',
    '-n',
    '-r',
    '44100',
    '-c',
    '2',
    '-b',
    '16',
    join(dir, `${name}.tone.wav`),
    'synth',
    `${seconds}`,
    'sine',
    a!,
    'sine',
    b!,
    'tremolo',
    '4',
    '40',
    'fade',
    '0.05',
    `${seconds}`,
    '0.05',
  ]);
  execFileSync('sox', [
    '-q',
    '-n',
    '-r',
    '44100',
    '-c',
    '2',
    '-b',
    '16',
    join(dir, `${name}.noise.wav`),
    'synth',
    `${seconds}`,
    'pinknoise',
  ]);
  execFileSync('sox', [
    '-q',
    '-m',
    '-v',
    '0.3',
    join(dir, `${name}.tone.wav`),
    '-v',
    '0.6',
    join(dir, `${name}.speech2.wav`),
    '-v',
    '0.15',
    join(dir, `${name}.noise.wav`),
    wav,
  ]);
  const ogg = `${name}.ogg`;
  execFileSync('oggenc', ['-Q', '-q', quality, '-o', join(dir, ogg), wav]);
  return ogg;
}

/** Creates the catalog in `dir` unless `dir/catalog.json` already exists; returns `dir`. */
export function makeSampleCatalog(dir: string, opts: SampleCatalogOptions = {}): string {
  if (existsSync(join(dir, 'catalog.json'))) return dir;
  const n = opts.tracks ?? 4;
  const seconds = opts.seconds ?? 8;
  const refused = opts.refused ?? (n > 1 ? [n - 1] : []);
  mkdirSync(dir, { recursive: true });
  const album = uri('album', 'spotlet sample album');
  const tracks: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const name = `track${i + 1}`;
    const path = makeOgg(dir, name, seconds, i, `Track ${i + 1}. Spotlet sample music.`, '5');
    const t: Record<string, unknown> = {
      uri: uri('track', `spotlet sample track ${i + 1}`),
      name: `Sample Track ${i + 1}`,
      artists: ['Spotlet Ensemble'],
      album,
      files: [{ format: 'OGG_VORBIS_160', path }],
      normalisation: { trackGainDb: -3 - i, trackPeak: 0.9, albumGainDb: -4, albumPeak: 0.95 },
    };
    if (refused.includes(i)) t.refused = true;
    tracks.push(t);
  }
  const singles = [];
  for (let i = 0; i < (opts.singles ?? 0); i++) {
    const name = `single${i + 1}`;
    const path = makeOgg(dir, name, seconds, n + i, `Single ${i + 1}. Spotlet radio.`, '5');
    singles.push({
      uri: uri('track', `spotlet sample single ${i + 1}`),
      name: `Sample Single ${i + 1}`,
      artists: ['Spotlet Duo'],
      files: [{ format: 'OGG_VORBIS_160', path }],
    });
  }
  const episodePath = makeOgg(dir, 'episode1', seconds, 5, 'Welcome to the spotlet podcast, episode one.', '0');
  const show = uri('show', 'spotlet sample show');
  const episode = {
    uri: uri('episode', 'spotlet sample episode 1'),
    name: 'Episode 1',
    artists: ['Spotlet Radio'],
    album: show,
    files: [{ format: 'OGG_VORBIS_96', path: episodePath }],
  };
  const uris = tracks.map((t) => t.uri as string);
  const relink = opts.relinkedIn ? relinkTracks(dir, seconds, opts.relinkedIn) : [];
  const relinkAlbum = uri('album', 'spotlet relink album');
  const long = Array.from({ length: opts.longPlaylist ?? 0 }, (_, i) => ({
    uri: uri('track', `spotlet long mix track ${i + 1}`),
    name: `Long Mix ${i + 1}`,
    artists: ['Spotlet Ensemble'],
    files: (tracks[i % tracks.length]!.files as unknown[]).slice(0, 1),
  }));
  const manifest = {
    tracks: [
      ...tracks,
      ...singles,
      ...long,
      episode,
      ...relink.map((t) => ({ ...t, ...(t.alternatives ? { album: relinkAlbum } : {}) })),
    ],
    albums: [
      { uri: album, name: 'Spotlet Sample Album', artists: ['Spotlet Ensemble'], tracks: uris, released: '2024-05-17' },
      ...(relink.length
        ? [
            {
              uri: relinkAlbum,
              name: 'Spotlet Relink Album',
              artists: ['Spotlet Ensemble'],
              tracks: relink.filter((t) => t.alternatives).map((t) => t.uri),
            },
          ]
        : []),
    ],
    playlists: [
      { uri: uri('playlist', 'spotlet sample playlist'), name: 'Spotlet Mix', tracks: [...uris].reverse() },
      ...(long.length
        ? [{ uri: uri('playlist', 'spotlet long mix'), name: 'Spotlet Long Mix', tracks: long.map((t) => t.uri) }]
        : []),
    ],
    shows: [
      { uri: show, name: 'Spotlet Radio', artists: ['Spotlet Radio'], tracks: [episode.uri], released: '2025-01-31' },
    ],
  };
  writeFileSync(join(dir, 'catalog.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

/** The relink album's tracks (those with alternatives, in album order) and their alternative (on no album). */
function relinkTracks(dir: string, seconds: number, country: string): { uri: string; alternatives?: string[] }[] {
  const track = (label: string, tone: number, words: string, more: Record<string, unknown>) => ({
    uri: uri('track', `spotlet relink ${label}`),
    name: `Relink ${label}`,
    artists: ['Spotlet Ensemble'],
    files: [{ format: 'OGG_VORBIS_160', path: makeOgg(dir, `relink-${label}`, seconds, tone, words, '5') }],
    ...more,
  });
  const alternative = track('alternative', 1, 'The alternative. Relinked sample music.', {});
  const forbidden = track('forbidden', 3, 'Forbidden here. Restricted sample music.', {
    restricted: { countriesForbidden: `DK${country}` },
    alternatives: [alternative.uri],
  });
  const allowed = track('allowed', 4, 'Allowed here. Unrestricted sample music.', {
    restricted: { countriesForbidden: `X${country}X` },
    alternatives: [alternative.uri],
  });
  const elsewhere = track('elsewhere', 5, 'Only elsewhere. Unavailable sample music.', {
    restricted: { countriesAllowed: country === 'NO' ? 'DK' : 'NO' },
    alternatives: [forbidden.uri],
  });
  return [forbidden, allowed, elsewhere, alternative];
}
