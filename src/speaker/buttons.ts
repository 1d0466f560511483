/** What each board button does: one command through the speaker's port, as the app would send it. */
import type { ButtonAction } from '../board/index.js';
import type { Command } from '../connect/index.js';

export const BUTTON_COMMANDS: Readonly<Record<ButtonAction, Command>> = {
  'play-pause': { kind: 'toggle' },
  next: { kind: 'next' },
  previous: { kind: 'prev' },
  'volume-up': { kind: 'volume-up' },
  'volume-down': { kind: 'volume-down' },
  'forget-user': { kind: 'logout' },
};
