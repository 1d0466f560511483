/**
 * What each board button does: one command through the speaker's port, as the app would send it. Two presses
 * mean something else: any press while a browser waits to pair confirms the pairing (as a Hue bridge's link
 * button does) and does nothing more, and the forget-user gesture (the play button held 5 s) with nobody
 * logged in starts the login by code instead.
 */
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

/** What a press can reach besides its command. */
export interface ButtonContext {
  /** A browser waits for a press to pair: the press confirms it (true: the press is used up). */
  confirmPairing(): boolean;
  /** Whether a user is logged in (or stored, to log in again). */
  hasUser(): boolean;
  startDeviceLogin(): void;
  dispatch(command: Command): void;
}

export function routeButton(action: ButtonAction, ctx: ButtonContext): void {
  if (ctx.confirmPairing()) return;
  if (action === 'forget-user' && !ctx.hasUser()) return ctx.startDeviceLogin();
  ctx.dispatch(BUTTON_COMMANDS[action]);
}
