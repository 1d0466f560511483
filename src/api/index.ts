/**
 * Public face of the local API (go-librespot's REST + websocket interface over the speaker's command port):
 * its own server on the `[api]` port, and the handler any other Node HTTP server can mount under a prefix
 * with its own authentication (e.g. the speaker's web page).
 */
export { apiAddressProblem, apiSection, type ApiConfig } from './config.js';
export {
  bearerToken,
  createApiHandler,
  openAccess,
  type ApiAuthPolicy,
  type ApiHandler,
  type ApiHandlerOptions,
  type ApiRefusal,
} from './handler.js';
export { ApiServer, RequestRateLimiter, type ApiServerOptions } from './server.js';
