/** The `[api]` config section: the local REST + websocket API (go-librespot's interface). */
import { defineSection, field, type ConfigProblem, type SectionValues } from '../core/config.js';

export const apiSection = defineSection(
  'api',
  "Local REST + websocket API, compatible with go-librespot's (home automation, scripts).",
  {
    enabled: field.bool(true, 'Serve the local API.', { flag: 'api' }),
    address: field.string(
      '127.0.0.1',
      'Address the API listens on; anything but a loopback address puts it on the LAN, which needs a token.',
      {
        flag: 'api-address',
        pattern: /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]*|localhost)$/,
        allowed: 'an IPv4 or IPv6 address, or localhost',
      },
    ),
    port: field.int(3678, 0, 65535, "TCP port of the API (go-librespot's 3678); 0 = any free port.", {
      flag: 'api-port',
    }),
    token: field.string(
      '',
      'Bearer token callers must send (Authorization: Bearer TOKEN); empty = none, allowed only on loopback.',
      { pattern: /^$|^[\x21-\x7e]{16,256}$/, allowed: 'empty, or 16 to 256 printable ASCII characters without spaces' },
    ),
    allow_origins: field.list(
      [],
      'Web page origins (e.g. http://hass.local:8123) allowed to call the API from a browser (CORS and the events websocket); * = any.',
      { pattern: /^(\*|https?:\/\/[^\s/]+)$/, allowed: 'origins like http://host:port, or *' },
    ),
    rate_limit: field.int(50, 1, 10_000, 'Requests per second each client address may make (twice that in a burst).'),
  },
);

export type ApiConfig = SectionValues<typeof apiSection.fields>;

export function isLoopback(address: string): boolean {
  return address === 'localhost' || address === '::1' || /^127\./.test(address);
}

/**
 * The LAN needs a token: an address that is not loopback without one is a configuration problem, and the API
 * stays on its default address (loopback) until it is fixed.
 */
export function apiAddressProblem(c: ApiConfig): ConfigProblem | undefined {
  if (!c.enabled || isLoopback(c.address) || c.token) return undefined;
  return {
    key: 'api.address',
    value: c.address,
    message: `config api.address ${c.address} puts the API on the LAN: set api.token too; listening on ${apiSection.fields.address.default}`,
  };
}
