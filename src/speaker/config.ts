/** The speaker's configuration: every part's section, in documentation order. */
import { describeSchema, type loadConfig } from '../core/config.js';
import { generalSection, spotifySection } from '../core/settings.js';
import { apiSection } from '../api/index.js';
import { apSection } from '../ap/index.js';
// The section alone: reading the configuration must not load the audio pipeline (see src/audio/config.ts).
import { audioSection } from '../audio/config.js';
import { boardSection } from '../board/index.js';
import { zeroconfSection } from '../discovery/index.js';
import { eventsSection } from '../events/index.js';
import { webSection } from '../page/index.js';
import { updateSection } from '../update/index.js';

/** Every config section of the speaker, in documentation order. */
export const configSections = [
  generalSection,
  spotifySection,
  zeroconfSection,
  apSection,
  audioSection,
  boardSection,
  apiSection,
  webSection,
  eventsSection,
  updateSection,
] as const;

export type SpeakerConfig = ReturnType<typeof loadConfig<typeof configSections>>['config'];

export function configHelp(): string {
  return describeSchema(configSections);
}
