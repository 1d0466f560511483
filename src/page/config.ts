/** The `[web]` config section: where the speaker's own page listens and how an owner proves it. */
import { defineSection, field, type SectionValues } from '../core/config.js';

/** The image's service (systemd with a StateDirectory) serves the page on port 80; elsewhere any free port. */
const defaultPort = process.env.STATE_DIRECTORY ? 80 : 0;

export const webSection = defineSection('web', "The speaker's own web page (status, settings, login by code).", {
  enabled: field.bool(true, 'Serve the page.'),
  port: field.int(defaultPort, 0, 65535, 'TCP port of the page; 0 = any free port (logged at start).', {
    flag: 'web-port',
    shownDefault: "80 as the image's service (systemd StateDirectory), else 0",
  }),
  password: field.string(
    '',
    "A password that proves ownership on the page, besides pairing a browser with a press of the speaker's button; empty = pairing only.",
  ),
});

export type WebConfig = SectionValues<typeof webSection.fields>;
