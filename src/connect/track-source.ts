/**
 * Makes a track or episode URI playable (protocol/05 §2–4): metadata → an Ogg Vorbis file by the configured
 * bitrate → its audio key from the AP → CDN URLs from storage-resolve. Failures are typed so the player skips.
 */
import type { PlayableTrack, TrackSource } from '../audio/index.js';
import { SpotletError } from '../core/errors.js';
import { fileIdHex, parseSpotifyUri } from '../core/spotify-id.js';
import type { AudioFileRef, SpClient } from '../web/index.js';

/** The AP's audio keys (`ApSession.audioKeys`). Rejects with ERR_AUDIO_KEY_REFUSED for refused keys. */
export interface AudioKeySource {
  request(gid: Buffer, fileId: Buffer): Promise<Buffer>;
}

/** Ogg Vorbis formats in preference order per configured bitrate (librespot's order, Ogg only). */
const PREFERENCE: Record<96 | 160 | 320, number[]> = {
  96: [0, 1, 2],
  160: [1, 0, 2],
  320: [2, 1, 0],
};

export function chooseFile(files: AudioFileRef[], bitrate: 96 | 160 | 320): AudioFileRef | undefined {
  for (const format of PREFERENCE[bitrate]) {
    const f = files.find((x) => x.format === format);
    if (f) return f;
  }
  return undefined;
}

export class TrackUnavailableError extends SpotletError {
  constructor(message: string) {
    super('ERR_TRACK_UNAVAILABLE', message);
  }
}

export class SpotifyTrackSource implements TrackSource {
  constructor(
    readonly spclient: SpClient,
    readonly keys: AudioKeySource,
    readonly bitrate: 96 | 160 | 320,
  ) {}

  async load(uri: string): Promise<PlayableTrack> {
    let id;
    try {
      id = parseSpotifyUri(uri);
    } catch (err) {
      throw new TrackUnavailableError((err as Error).message);
    }
    if (id.type !== 'track' && id.type !== 'episode') throw new TrackUnavailableError(`${uri} is not a track or episode`);
    const meta = await this.spclient.metadata(id.type, id.gid);
    if (meta.durationMs <= 0) throw new TrackUnavailableError(`${uri} has no duration (not playable)`);
    const file = chooseFile(meta.files, this.bitrate);
    if (!file) throw new TrackUnavailableError(`${uri} has no Ogg Vorbis file`);
    const key = await this.keys.request(id.gid, file.fileId);
    return {
      uri,
      durationMs: meta.durationMs,
      key,
      fileId: fileIdHex(file.fileId),
      cdnUrls: () => this.spclient.storageResolve(file.fileId),
    };
  }
}
