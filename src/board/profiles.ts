/**
 * Board and DAC-hat profiles (`board/` at the repository root): loading with validation, hat detection from
 * the system (ALSA card ids, the HAT EEPROM's product string) and pin-conflict checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { errorMessage, SpotletError } from '../core/errors.js';
import { ACTIONS, type ButtonAction } from './actions.js';
export type Gesture = 'press' | 'double' | 'long' | 'hold';

export interface ButtonSpec {
  pin: number;
  label: string;
  activeLow: boolean;
  press?: ButtonAction;
  double?: ButtonAction;
  long?: ButtonAction;
  hold?: ButtonAction;
}

export interface BoardProfile {
  id: string;
  name: string;
  gpioChipLabels: string[];
  headerPins: number[];
  supported: boolean;
  notes: string;
}

export interface HatProfile {
  id: string;
  name: string;
  codec: string;
  dtoverlay: string | null;
  debianOverlay: string | null;
  alsaCards: string[];
  usb: boolean;
  mixerControl: string | null;
  pins: number[];
  buttons: ButtonSpec[];
  leds: { pin: number; activeLow: boolean }[];
  ampPin: number | null;
  kernelSupport: string;
}

/** A board/hat profile or a pin assignment that cannot work: fixed in the configuration, not by retrying. */
export class BoardError extends SpotletError {
  constructor(message: string) {
    super('ERR_BOARD', message, { permanent: true });
  }
}

/** `<repo>/board` (this file is compiled to <repo>/dist/src/board/profiles.js). */
export const PROFILE_DIR = fileURLToPath(new URL('../../../board/', import.meta.url));

type Check = (v: unknown) => boolean;
const isStr: Check = (v) => typeof v === 'string';
const isStrOrNull: Check = (v) => v === null || typeof v === 'string';
const isBool: Check = (v) => typeof v === 'boolean';
const isPin = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 53;
const isPins: Check = (v) => Array.isArray(v) && v.every(isPin);
const isStrs: Check = (v) => Array.isArray(v) && v.every(isStr);
const isAction = (v: unknown): boolean => v === undefined || (ACTIONS as readonly unknown[]).includes(v);
const isButtons: Check = (v) =>
  Array.isArray(v) &&
  v.every(
    (b) =>
      b &&
      typeof b === 'object' &&
      isPin(b.pin) &&
      isStr(b.label) &&
      isBool(b.activeLow) &&
      isAction(b.press) &&
      isAction(b.double) &&
      isAction(b.long) &&
      isAction(b.hold),
  );
const isLeds: Check = (v) =>
  Array.isArray(v) && v.every((l) => l && typeof l === 'object' && isPin(l.pin) && isBool(l.activeLow));

const BOARD_SCHEMA: Record<string, Check> = {
  id: isStr,
  name: isStr,
  gpioChipLabels: isStrs,
  headerPins: isPins,
  supported: isBool,
  notes: isStr,
};
const HAT_SCHEMA: Record<string, Check> = {
  id: isStr,
  name: isStr,
  codec: isStr,
  dtoverlay: isStrOrNull,
  debianOverlay: isStrOrNull,
  alsaCards: isStrs,
  usb: isBool,
  mixerControl: isStrOrNull,
  pins: isPins,
  buttons: isButtons,
  leds: isLeds,
  ampPin: (v) => v === null || isPin(v),
  kernelSupport: isStr,
};

function validate<T>(file: string, raw: string, schema: Record<string, Check>): T {
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(raw) as Record<string, unknown>;
  } catch (err) {
    throw new BoardError(`${file}: not JSON (${errorMessage(err)})`);
  }
  for (const [k, check] of Object.entries(schema))
    if (!check(v[k]))
      throw new BoardError(`${file}: field "${k}" is missing or invalid (${JSON.stringify(v[k] ?? null)})`);
  const unknown = Object.keys(v).filter((k) => !(k in schema));
  if (unknown.length) throw new BoardError(`${file}: unknown field(s) ${unknown.join(', ')}`);
  if (`${v.id}.json` !== file.split('/').pop())
    throw new BoardError(`${file}: id "${String(v.id)}" does not match the file name`);
  return v as T;
}

export interface Profiles {
  boards: Map<string, BoardProfile>;
  hats: Map<string, HatProfile>;
}

export function loadProfiles(dir = PROFILE_DIR): Profiles {
  const load = <T>(sub: string, schema: Record<string, Check>): Map<string, T> => {
    const m = new Map<string, T>();
    for (const f of readdirSync(join(dir, sub))
      .filter((x) => x.endsWith('.json'))
      .sort()) {
      const p = validate<T & { id: string }>(`${sub}/${f}`, readFileSync(join(dir, sub, f), 'utf8'), schema);
      m.set(p.id, p);
    }
    return m;
  };
  return { boards: load<BoardProfile>('boards', BOARD_SCHEMA), hats: load<HatProfile>('hats', HAT_SCHEMA) };
}

/** ALSA card ids from /proc/asound/cards (" 0 [sndrpihifiberry]: …"). */
export function alsaCardIds(cardsText: string): string[] {
  return [...cardsText.matchAll(/^\s*\d+\s+\[([^\]\s]+)\s*\]/gm)].map((m) => m[1]!);
}

export interface DetectionInput {
  /** Contents of /proc/asound/cards ('' when absent). */
  cards: string;
  /** Contents of /proc/device-tree/hat/product ('' when absent). */
  hatProduct: string;
  /** Contents of /proc/device-tree/model ('' or absent when not a Pi), e.g. "Raspberry Pi 4 Model B Rev 1.4". */
  model?: string;
}

export function readDetectionInput(
  cardsPath = '/proc/asound/cards',
  hatPath = '/proc/device-tree/hat/product',
  modelPath = '/proc/device-tree/model',
): DetectionInput {
  const read = (p: string): string => {
    try {
      return readFileSync(p, 'utf8').replace(/\0/g, '');
    } catch {
      return '';
    }
  };
  return { cards: read(cardsPath), hatProduct: read(hatPath), model: read(modelPath) };
}

/**
 * The board from the device tree's model string: the profile with the longest name that starts it, after
 * dropping the revision and spelling "Plus" as "+" ("Raspberry Pi 3 Model B Plus Rev 1.3" → pi3bplus).
 */
export function detectBoard(boards: Map<string, BoardProfile>, model: string): BoardProfile | undefined {
  const m = model
    .replace(/\0/g, '')
    .replace(/\s+Rev\s+\S+\s*$/, '')
    .replace(/\s+Plus\b/, '+')
    .trim();
  if (!m) return undefined;
  return [...boards.values()].filter((b) => m.startsWith(b.name)).sort((a, b) => b.name.length - a.name.length)[0];
}

/** The hat in use: from the HAT EEPROM's product name, else from the ALSA cards present; undefined if none. */
export function detectHat(hats: Map<string, HatProfile>, input: DetectionInput): HatProfile | undefined {
  // EEPROM product strings vary in spacing and punctuation ("IQaudIO DAC+", "Pirate Audio"): compare letters.
  const norm = (x: string): string => x.toLowerCase().replace(/[^a-z0-9+]/g, '');
  const product = norm(input.hatProduct);
  if (product.length >= 4) {
    const byName = [...hats.values()].find(
      (h) => norm(h.name.replace(/\(([^)]*)\)$/, '')).includes(product) || norm(h.name).includes(product),
    );
    if (byName) return byName;
  }
  // Several hats share a card id (e.g. sndrpihifiberry): prefer the hat whose own card id it is.
  const cards = alsaCardIds(input.cards);
  const all = [...hats.values()];
  const hit =
    all.find((h) => h.alsaCards[0] !== undefined && cards.includes(h.alsaCards[0])) ??
    all.find((h) => h.alsaCards.some((c) => cards.includes(c)));
  if (hit) return hit;
  if (/USB-Audio/.test(input.cards)) return hats.get('usb-dac');
  return undefined;
}

/** The ALSA PCM for a hat, given the cards present (first matching card id, else the preferred one). */
export function alsaDeviceFor(hat: HatProfile, cardsText: string): string {
  const cards = alsaCardIds(cardsText);
  if (hat.usb) {
    const usb = /^\s*\d+\s+\[([^\]\s]+)\s*\]:\s*USB-Audio/m.exec(cardsText);
    return usb ? `plughw:CARD=${usb[1]},DEV=0` : 'default';
  }
  const card = hat.alsaCards.find((c) => cards.includes(c)) ?? hat.alsaCards[0];
  return card ? `plughw:CARD=${card},DEV=0` : 'default';
}

/** Refuses buttons/LEDs/amp on pins the hat occupies, off the header, or used twice. */
export function checkPins(
  board: BoardProfile,
  hat: HatProfile | undefined,
  uses: { what: string; pin: number }[],
): void {
  const seen = new Map<number, string>();
  for (const u of uses) {
    if (!board.headerPins.includes(u.pin))
      throw new BoardError(`${u.what} is on GPIO ${u.pin}, which is not on the ${board.name}'s header`);
    const own =
      hat?.buttons.some((b) => b.pin === u.pin) || hat?.leds.some((l) => l.pin === u.pin) || hat?.ampPin === u.pin;
    if (hat?.pins.includes(u.pin) && !own)
      throw new BoardError(`${u.what} is on GPIO ${u.pin}, which the ${hat.name} uses; pick another pin`);
    const other = seen.get(u.pin);
    if (other) throw new BoardError(`${u.what} and ${other} are both on GPIO ${u.pin}`);
    seen.set(u.pin, u.what);
  }
}
