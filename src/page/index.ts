/**
 * The speaker's own web page: status, settings, the login by code, the support bundle, and proof of ownership
 * (a browser paired by a press of the speaker's button, or the `[web]` password) for anything that changes it.
 */
export { webSection, type WebConfig } from './config.js';
export { PageServer, type PageBackend, type PageServerOptions } from './server.js';
export { PageListener, type PageHandler } from './listener.js';
export { Owners, PAIRING_WINDOW_MS, type OwnersOptions, type PairingState } from './owners.js';
export {
  PAGE_SETTINGS,
  PageSettings,
  SETTINGS_FILE,
  readSettingsText,
  type PageSetting,
  type PageSettingsOptions,
  type SettingView,
} from './settings.js';
export { scrub, supportBundle, type BundleInput } from './bundle.js';
