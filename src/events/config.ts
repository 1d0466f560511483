/** The `[events]` config section: a program run on player events, with librespot's `--onevent` contract. */
import { defineSection, field, type SectionValues } from '../core/config.js';

export const eventsSection = defineSection(
  'events',
  "A program run on player events, as librespot's --onevent runs it (same PLAYER_EVENT names and variables).",
  {
    hook: field.string(
      '',
      'Program run once per player event, one at a time in order, with no arguments and never through a shell; the event is in its environment (PLAYER_EVENT, TRACK_ID, POSITION_MS, …). Empty = none.',
      { flag: 'onevent', pattern: /^$|^\/[^\0]*$/, allowed: 'an absolute path, or empty' },
    ),
    hook_timeout_ms: field.int(
      10_000,
      100,
      600_000,
      'A hook still running after this long is stopped (SIGTERM, then SIGKILL).',
    ),
  },
);

export type EventsConfig = SectionValues<typeof eventsSection.fields>;
