/** The `[update]` config section. */
import { defineSection, field, type SectionValues } from '../core/config.js';

export const updateSection = defineSection('update', 'Updates of the speaker app from signed release bundles.', {
  url: field.string(
    '',
    'Update channel: an https:// URL of a JSON index of releases, checked daily; a newer release is installed and runs after the next idle moment. Empty = off.',
    { pattern: /^$|^https:\/\/\S+$/, allowed: 'an https:// URL, or empty' },
  ),
  slots_dir: field.string(
    '/var/lib/spotlet/app',
    'Where installed updates live, one folder per version (on the writable partition).',
  ),
  factory_dir: field.string(
    '/opt/spotlet',
    "The image's own app (read-only); its manifest.json gives the image version, its update-key.pem verifies bundles.",
  ),
});

export type UpdateConfig = SectionValues<typeof updateSection.fields>;
