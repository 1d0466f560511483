/**
 * The AP's protobuf messages (src/gen/ap.js, with protobufjs), loaded with the first connection instead of at
 * start: a speaker waiting for its user never speaks to an access point, and they are ~1 MB of its idle memory.
 * The encoders and parsers of this part use them synchronously, so each end awaits `loadApMessages()` before it
 * speaks the protocol (the session before it connects, the emulator's access point before it listens).
 */
import type { spotify } from '../gen/ap.js';
import { SpotletError } from '../core/errors.js';

let messages: typeof spotify.ap | undefined;

export async function loadApMessages(): Promise<void> {
  messages ??= (await import('../gen/ap.js')).spotify.ap;
}

/** The messages, once loaded; before that a programming error. */
export function apMessages(): typeof spotify.ap {
  if (!messages) throw new SpotletError('ERR_AP_MESSAGES', 'the AP messages are used before loadApMessages()');
  return messages;
}
