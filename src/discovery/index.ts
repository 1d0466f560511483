/**
 * Discovery: the mDNS advertisement and the zeroconf HTTP server through which a phone on the LAN finds the
 * speaker and hands it a user. The decrypted credentials leave this part only through `CredentialsReceiver`.
 */
export { zeroconfSection } from './config.js';
export {
  ZeroconfServer,
  type CredentialsReceiver,
  type ZeroconfCredentials,
  type ZeroconfServerOptions,
} from './http.js';
export { AvahiPublisher, type AvahiPublisherOptions } from './avahi.js';
export { MdnsResponder, SERVICE_TYPE, hostLabelFor, type MdnsResponderOptions } from './mdns.js';
export { ZEROCONF_STATUS, ZeroconfError, type StatusInfo } from './status.js';

/** TXT strings of the advertisement (docs/protocol/01 §2: the newest implementation's set). */
export const ZEROCONF_TXT: readonly string[] = ['CPath=/', 'VERSION=1.0', 'Stack=SP'];
