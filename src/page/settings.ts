/**
 * The settings an owner changes on the page. They are kept in `settings.conf` in the state directory (the
 * image's spotlet.conf is on a read-only, root-owned partition and rewritten from the SD card at boot), in the
 * config file's own format, applied over spotlet.conf and under the environment and flags. Every value is
 * checked by the config file's own parser; a save writes the whole file atomically or nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  describeAllowed,
  formatConfigValue,
  parseConfigText,
  parseValue,
  quoteConfigText,
  type ConfigProblem,
  type ConfigSource,
  type Field,
  type Section,
} from '../core/config.js';
import { errorMessage } from '../core/errors.js';
import { isSecretField, type Logger } from '../core/log.js';
import { writeFileAtomic } from '../core/state.js';

export const SETTINGS_FILE = 'settings.conf';

/** A setting the page shows and changes (`section.key`, or `key` in the general section). */
export interface PageSetting {
  key: string;
  label: string;
  /** What the owner should know besides the key's own doc. */
  note?: string;
}

/** The page's settings, in the order it shows them. */
export const PAGE_SETTINGS: readonly PageSetting[] = [
  { key: 'name', label: 'Speaker name' },
  { key: 'board.hat', label: 'DAC hat', note: "On the spotlet SD image, another hat's driver loads at the next boot." },
  { key: 'board.buttons', label: 'Extra buttons' },
  { key: 'board.led_pin', label: 'Status LED pin' },
  { key: 'audio.volume_curve', label: 'Volume curve' },
  { key: 'audio.normalisation', label: 'Loudness normalisation' },
  { key: 'audio.initial_volume', label: 'Initial volume' },
  { key: 'audio.bitrate', label: 'Bitrate (kbit/s)' },
  { key: 'zeroconf', label: 'Phones on the LAN may log in' },
  { key: 'allowed_users', label: 'Allowed accounts' },
  { key: 'api.enabled', label: 'Local API (home automation, scripts)' },
  { key: 'api.address', label: 'Local API address' },
  { key: 'api.token', label: 'Local API token' },
  { key: 'api.allow_origins', label: 'Local API: web pages allowed' },
];

/** One setting as the page shows it. */
export interface SettingView {
  key: string;
  label: string;
  doc: string;
  kind: Field['kind'];
  allowed: string;
  /** The choices of an enum or of a field with a known list (the hat profiles). */
  choices?: string[];
  /** The value in effect, as the config file writes it (unquoted); '' for a secret, which is never shown. */
  value: string;
  default: string;
  /** A secret (a token): the page says only whether it is set, and a new value replaces it. */
  secret?: { set: boolean };
  source: ConfigSource;
  note?: string;
  /** Why the page cannot change it (set by the environment or a flag, which win). */
  locked?: string;
}

/** The text of the settings file in `stateDir` ('' when there is none). */
export function readSettingsText(stateDir: string): string {
  try {
    return readFileSync(join(stateDir, SETTINGS_FILE), 'utf8');
  } catch {
    return '';
  }
}

export interface PageSettingsOptions {
  sections: readonly Section[];
  /** The values and sources in effect (the last load). */
  config: Record<string, Record<string, unknown>>;
  sources: Record<string, ConfigSource>;
  /** Loads the configuration as the speaker would with this settings text (its problems, across keys too). */
  load(settingsText: string): { problems: ConfigProblem[] };
  stateDir: string;
  /** Fixed lists of choices for string settings (e.g. `board.hat`: auto and the hat profiles). */
  choices?: Record<string, string[]>;
  log: Logger;
}

export class PageSettings {
  #o: PageSettingsOptions;

  constructor(o: PageSettingsOptions) {
    this.#o = o;
  }

  get file(): string {
    return join(this.#o.stateDir, SETTINGS_FILE);
  }

  view(): SettingView[] {
    return PAGE_SETTINGS.map(({ key, label, note }) => {
      const { section, name, f } = this.#field(key);
      const source = this.#o.sources[key] ?? 'default';
      const shown = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : String(v));
      const choices = f.kind === 'enum' ? [...f.values] : this.#o.choices?.[key];
      const value = shown(this.#o.config[section.name]?.[name]);
      const secret = isSecretField(name);
      return {
        key,
        label,
        doc: f.doc,
        kind: f.kind,
        allowed: describeAllowed(f),
        ...(choices ? { choices } : {}),
        value: secret ? '' : value,
        default: secret ? '' : shown(f.default),
        ...(secret ? { secret: { set: value !== '' } } : {}),
        source,
        ...(note ? { note } : {}),
        ...(source === 'env' || source === 'flag'
          ? { locked: `set by ${source === 'env' ? 'an environment variable' : 'a command-line flag'}, which wins` }
          : {}),
      };
    });
  }

  /**
   * Saves `values` (text as in the config file; null = back to spotlet.conf's value or the default). Every value
   * is checked first; one bad value saves nothing. Resolves with the problems by key (empty: saved).
   */
  async save(values: Record<string, unknown>): Promise<Record<string, string>> {
    const errors: Record<string, string> = {};
    const changes = new Map<string, string | null>();
    for (const [key, raw] of Object.entries(values)) {
      const setting = PAGE_SETTINGS.find((s) => s.key === key);
      if (!setting) {
        errors[key.slice(0, 64)] = 'not a setting of this page';
        continue;
      }
      const source = this.#o.sources[key];
      if (source === 'env' || source === 'flag') {
        errors[key] = `set by ${source === 'env' ? 'an environment variable' : 'a command-line flag'}, which wins`;
        continue;
      }
      if (raw === null) {
        changes.set(key, null);
        continue;
      }
      if (typeof raw !== 'string' || raw.length > 1024 || /[\u0000-\u001f\u007f]/.test(raw)) {
        errors[key] = 'expected one line of text';
        continue;
      }
      const { f } = this.#field(key);
      try {
        const parsed = parseValue(key, f, raw);
        const choices = this.#o.choices?.[key];
        if (choices && !choices.includes(String(parsed)))
          throw new Error(`${JSON.stringify(raw.slice(0, 64))} is not one of ${choices.join(', ')}`);
        changes.set(key, formatConfigValue(f, parsed));
      } catch (err) {
        errors[key] = errorMessage(err);
      }
    }
    if (Object.keys(errors).length || !changes.size) return errors;

    const text = this.#merged(changes);
    // The speaker must read the new file without a problem in what changed, as it will at its restart.
    for (const p of this.#o.load(text).problems) if (changes.has(p.key)) errors[p.key] = p.message;
    if (Object.keys(errors).length) return errors;
    await writeFileAtomic(this.file, text, 0o600);
    this.#o.log.info('settings saved', { keys: [...changes.keys()] });
    return {};
  }

  /** The settings file with `changes` applied; lines the page does not manage are kept. */
  #merged(changes: Map<string, string | null>): string {
    const current = parseConfigText(readSettingsText(this.#o.stateDir)).entries;
    const lines = new Map<string, string>();
    // Kept as read, quoted so that a value with a comment character survives.
    for (const e of current) lines.set(e.key, quoteConfigText(e.value));
    for (const [key, v] of changes) {
      if (v === null) lines.delete(key);
      else lines.set(key, v);
    }
    const bySection = new Map<string, string[]>();
    for (const [key, v] of lines) {
      const dot = key.lastIndexOf('.');
      const section = dot < 0 ? '' : key.slice(0, dot);
      bySection.set(section, [...(bySection.get(section) ?? []), `${key.slice(dot + 1)} = ${v}`]);
    }
    const out = [
      "# Settings saved on the speaker's web page: they win over spotlet.conf (environment variables and flags",
      '# win over them). Same format as spotlet.conf.',
      ...(bySection.get('') ?? []),
    ];
    for (const [section, body] of bySection) if (section) out.push('', `[${section}]`, ...body);
    return `${out.join('\n')}\n`;
  }

  #lookup(key: string): { section: Section; name: string; f: Field } | undefined {
    const dot = key.lastIndexOf('.');
    const section = this.#o.sections.find((s) => s.name === (dot < 0 ? '' : key.slice(0, dot)));
    const name = key.slice(dot + 1);
    const f = section?.fields[name];
    return section && f ? { section, name, f } : undefined;
  }

  #field(key: string): { section: Section; name: string; f: Field } {
    const hit = this.#lookup(key);
    if (!hit) throw new Error(`page setting ${key} is not a config key`);
    return hit;
  }
}
