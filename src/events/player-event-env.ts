/**
 * The speaker's events as librespot's `--onevent` program sees them (its src/player_event_handler.rs): the
 * `PLAYER_EVENT` name and that event's variables, values formatted as librespot formats them (booleans
 * `true`/`false`, lists one item per line, ids base62), so a script written for librespot runs unchanged.
 */
import type { SpeakerEvent } from '../port/index.js';

export type HookEnv = Record<string, string>;

/** The base62 id of a `spotify:<type>:<id>` URI (librespot's TRACK_ID). */
function trackId(uri: string): string {
  return uri.slice(uri.lastIndexOf(':') + 1);
}

/** Unix seconds (UTC) of a YYYY[-MM[-DD]] date; '' when unknown. */
function unixSeconds(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return y ? String(Date.UTC(y, (m || 1) - 1, d || 1) / 1000) : '';
}

export class PlayerEventEnv {
  /** The user of the last session_connected (session_disconnected names it). */
  #user = '';

  /** The hook runs for `event`, in order (none for events librespot has no name for). */
  of(event: SpeakerEvent): HookEnv[] {
    const track = (name: string, uri: string, more: HookEnv = {}): HookEnv[] => [
      { PLAYER_EVENT: name, TRACK_ID: trackId(uri), ...more },
    ];
    switch (event.type) {
      case 'user': {
        const previous = this.#user;
        this.#user = event.user ?? '';
        // librespot names the session's connection; there is none to name outside Connect (empty).
        if (event.user) return [{ PLAYER_EVENT: 'session_connected', USER_NAME: event.user, CONNECTION_ID: '' }];
        return previous ? [{ PLAYER_EVENT: 'session_disconnected', USER_NAME: previous, CONNECTION_ID: '' }] : [];
      }
      case 'loading':
        return track('loading', event.uri);
      case 'preloading':
        return track('preloading', event.uri);
      case 'track':
        return track('track_changed', event.uri, trackChanged(event));
      case 'playing':
        return track('playing', event.uri, { POSITION_MS: String(Math.round(event.positionMs)) });
      case 'paused':
        return track('paused', event.uri, { POSITION_MS: String(Math.round(event.positionMs)) });
      case 'seek':
        return track('seeked', event.uri, { POSITION_MS: String(Math.round(event.positionMs)) });
      case 'end-of-track':
        return track('end_of_track', event.uri);
      case 'unavailable':
        return track('unavailable', event.uri);
      case 'stopped':
        return event.uri ? track('stopped', event.uri) : [];
      case 'volume':
        return [{ PLAYER_EVENT: 'volume_changed', VOLUME: String(event.volume) }];
      case 'options': {
        const o = event.options;
        const out: HookEnv[] = [];
        if (event.changed.includes('shufflingContext'))
          out.push({ PLAYER_EVENT: 'shuffle_changed', SHUFFLE: String(o.shufflingContext) });
        if (event.changed.includes('repeatingContext') || event.changed.includes('repeatingTrack'))
          out.push({
            PLAYER_EVENT: 'repeat_changed',
            REPEAT: String(o.repeatingContext),
            REPEAT_TRACK: String(o.repeatingTrack),
          });
        return out;
      }
      default:
        return [];
    }
  }
}

/** track_changed's variables: the common ones, then a track's or an episode's own. */
function trackChanged(event: Extract<SpeakerEvent, { type: 'track' }>): HookEnv {
  const d = event.details;
  if (!d) return { URI: event.uri };
  const common: HookEnv = {
    URI: d.uri,
    NAME: d.name,
    COVERS: d.covers.map((c) => c.url).join('\n'),
    LANGUAGE: d.language.join('\n'),
    DURATION_MS: String(d.durationMs),
    IS_EXPLICIT: String(d.explicit),
  };
  if (d.type === 'episode')
    return {
      ...common,
      ITEM_TYPE: 'Episode',
      DESCRIPTION: d.description,
      PUBLISH_TIME: unixSeconds(d.date),
      SHOW_NAME: d.album,
    };
  return {
    ...common,
    ITEM_TYPE: 'Track',
    ARTISTS: d.artists.join('\n'),
    ALBUM_ARTISTS: d.albumArtists.join('\n'),
    ALBUM: d.album,
    POPULARITY: String(d.popularity),
    NUMBER: String(d.number),
    DISC_NUMBER: String(d.discNumber),
  };
}
