/**
 * Spotify identifiers (docs/protocol/05 §1): a 128-bit gid as 16 big-endian bytes, 32 hex chars, 22 base62
 * chars, or a `spotify:<type>:<base62>` URI; file ids are 20 bytes / 40 hex chars.
 */
import { SpotletError } from './errors.js';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MAX = 1n << 128n;

export class SpotifyIdError extends SpotletError {
  constructor(message: string) {
    super('ERR_SPOTIFY_ID', message);
  }
}

export function gidToBase62(gid: Buffer): string {
  if (gid.length !== 16) throw new SpotifyIdError(`gid must be 16 bytes, got ${gid.length}`);
  let n = BigInt(`0x${gid.toString('hex')}`);
  let s = '';
  for (let i = 0; i < 22; i++) {
    s = ALPHABET[Number(n % 62n)] + s;
    n /= 62n;
  }
  return s;
}

export function base62ToGid(b62: string): Buffer {
  if (b62.length !== 22) throw new SpotifyIdError(`base62 id must be 22 characters, got ${b62.length}`);
  let n = 0n;
  for (const ch of b62) {
    const d = ALPHABET.indexOf(ch);
    if (d < 0) throw new SpotifyIdError(`invalid base62 character ${JSON.stringify(ch)}`);
    n = n * 62n + BigInt(d);
  }
  if (n >= MAX) throw new SpotifyIdError('base62 id is larger than 128 bits');
  return Buffer.from(n.toString(16).padStart(32, '0'), 'hex');
}

export type SpotifyItemType = 'track' | 'episode' | 'album' | 'artist' | 'playlist' | 'show';

export interface SpotifyUri {
  type: SpotifyItemType;
  gid: Buffer;
}

const URI_RE = /^spotify:(track|episode|album|artist|playlist|show):([0-9a-zA-Z]{22})$/;

export function parseSpotifyUri(uri: string): SpotifyUri {
  const m = URI_RE.exec(uri);
  if (!m) throw new SpotifyIdError(`not a playable/context Spotify URI: ${JSON.stringify(uri.slice(0, 80))}`);
  return { type: m[1] as SpotifyItemType, gid: base62ToGid(m[2]!) };
}

export function spotifyUri(type: SpotifyItemType, gid: Buffer): string {
  return `spotify:${type}:${gidToBase62(gid)}`;
}

/** File ids sometimes arrive with 16 bytes (a server quirk): zero-pad to 20 as librespot does. */
export function fileIdHex(fileId: Uint8Array): string {
  const b = Buffer.from(fileId);
  return (b.length < 20 ? Buffer.concat([b, Buffer.alloc(20 - b.length)]) : b).toString('hex');
}

/**
 * The uri of a context entry that names its item only by gid (docs/protocol/06 §6 ContextTrack.gid): both references
 * derive it (librespot `context_to_provided_track`, go-librespot `ContextTrackToProvidedTrack`). The item is an
 * episode in a show's context (or an episode's), a track in any other (go-librespot's
 * `InferSpotifyIdTypeFromContextUri`; librespot always makes it a track). Undefined unless `gid` is 16 bytes,
 * as raw bytes or proto3 JSON base64.
 */
export function uriFromGid(gid: unknown, contextUri = ''): string | undefined {
  const bytes =
    typeof gid === 'string' ? Buffer.from(gid, 'base64') : gid instanceof Uint8Array ? Buffer.from(gid) : undefined;
  if (bytes?.length !== 16) return undefined;
  return spotifyUri(/^spotify:(show|episode):/.test(contextUri) ? 'episode' : 'track', bytes);
}
