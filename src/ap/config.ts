/** The AP session's own config section; endpoints and keys live in the shared `spotify` section. */
import { defineSection, field } from '../core/config.js';

export const apSection = defineSection('ap', 'Access point session.', {
  build_version: field.int(
    124200290,
    1,
    2 ** 40,
    'Spotify desktop protocol version sent in ClientHello (librespot value).',
  ),
  keepalive_pong_delay_s: field.int(
    60,
    0,
    60,
    'Seconds to wait after a Ping before answering Pong (librespot: 60; 0 = at once).',
  ),
  reconnect_max_s: field.int(60, 1, 3600, 'Longest pause between reconnect attempts.'),
});
