/** Which web pages may use the API from a browser: their own host's, and the origins allowed by configuration. */
import type { IncomingMessage } from 'node:http';

/**
 * True when `req` comes from no web page (no Origin: curl, home automation), from a page of the host it
 * calls, or from an allowed origin (`*`: any). A browser sends Origin with every cross-origin request.
 */
export function originAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (allowed.includes('*') || allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
