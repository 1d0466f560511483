/** Config section of the discovery part: where the zeroconf HTTP server listens, which interfaces mDNS uses. */
import { defineSection, field } from '../core/config.js';

export const zeroconfSection = defineSection(
  'zeroconf',
  'Zeroconf discovery (mDNS advertisement and the getInfo/addUser HTTP server).',
  {
    port: field.int(0, 0, 65535, 'TCP port of the zeroconf HTTP server; 0 = any free port (announced by mDNS).', {
      flag: 'zeroconf-port',
    }),
    interfaces: field.list(
      [],
      'Network interfaces to advertise on; empty = every non-loopback interface with an IPv4 address (checked every few seconds).',
      {
        flag: 'interface',
        pattern: /^[A-Za-z0-9_.:@-]{1,32}$/,
        allowed: 'interface names (e.g. eth0, wlan0)',
      },
    ),
    request_timeout_ms: field.int(
      10_000,
      1000,
      120_000,
      'A client must send a whole request within this time (slow clients are cut off).',
    ),
  },
);
