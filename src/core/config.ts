/**
 * Configuration: a schema made of sections (each part declares its own), an INI-style file that is easy to
 * edit from any laptop on the SD card's FAT partition, environment variables and CLI flags.
 * Precedence: defaults < file < environment (SPOTLET_<SECTION>_<KEY>) < flags.
 *
 * File format:
 *   # comment            ; comment
 *   name = Kitchen       (keys before any [section] belong to the general section)
 *   [audio]
 *   device = "hw:CARD=sndrpihifiberry"
 */
import { readFileSync } from 'node:fs';
import { ConfigError, errorMessage } from './errors.js';

interface FieldBase<T> {
  readonly default: T;
  readonly doc: string;
  /** Long CLI flag without the dashes, e.g. `zeroconf-port`. */
  readonly flag?: string;
  /** Value shown in the documentation instead of the default (for computed defaults). */
  readonly shownDefault?: string;
}
export type Field =
  | (FieldBase<string> & { kind: 'string'; pattern?: RegExp; allowed?: string })
  | (FieldBase<number> & { kind: 'int'; min: number; max: number })
  | (FieldBase<number> & { kind: 'number'; min: number; max: number })
  | (FieldBase<boolean> & { kind: 'bool' })
  | (FieldBase<string> & { kind: 'enum'; values: readonly string[] })
  | (FieldBase<string[]> & { kind: 'list'; pattern?: RegExp; allowed?: string });

type ValueOf<F extends Field> = F['default'];
export type SectionValues<S extends Record<string, Field>> = { -readonly [K in keyof S]: ValueOf<S[K]> };

export interface Section<N extends string = string, S extends Record<string, Field> = Record<string, Field>> {
  readonly name: N;
  readonly doc: string;
  readonly fields: S;
}

/** Declares a config section; `name` '' is the general section (keys without a [section] header). */
export function defineSection<N extends string, S extends Record<string, Field>>(
  name: N,
  doc: string,
  fields: S,
): Section<N, S> {
  return { name, doc, fields };
}

/** Builders that keep the literal kinds, so section values are typed. */
export const field = {
  string: (
    def: string,
    doc: string,
    o: { flag?: string; pattern?: RegExp; allowed?: string; shownDefault?: string } = {},
  ) => ({ kind: 'string', default: def, doc, ...o }) as const,
  int: (def: number, min: number, max: number, doc: string, o: { flag?: string; shownDefault?: string } = {}) =>
    ({ kind: 'int', default: def, min, max, doc, ...o }) as const,
  number: (def: number, min: number, max: number, doc: string, o: { flag?: string } = {}) =>
    ({ kind: 'number', default: def, min, max, doc, ...o }) as const,
  bool: (def: boolean, doc: string, o: { flag?: string } = {}) => ({ kind: 'bool', default: def, doc, ...o }) as const,
  enum: <const V extends string>(def: NoInfer<V>, values: readonly V[], doc: string, o: { flag?: string } = {}) =>
    ({ kind: 'enum', default: def, values, doc, ...o }) as const,
  list: (def: string[], doc: string, o: { flag?: string; pattern?: RegExp; allowed?: string } = {}) =>
    ({ kind: 'list', default: def, doc, ...o }) as const,
};

type AnySection = Section<string, Record<string, Field>>;
export type ConfigOf<L extends readonly AnySection[]> = {
  [S in L[number] as S['name']]: SectionValues<S['fields']>;
};

/** A problem found in the config file: the key falls back to its default, the speaker keeps running. */
export interface ConfigProblem {
  key: string;
  value: string;
  message: string;
}

export function describeAllowed(f: Field): string {
  switch (f.kind) {
    case 'int':
      return `a whole number from ${f.min} to ${f.max}`;
    case 'number':
      return `a number from ${f.min} to ${f.max}`;
    case 'bool':
      return 'true or false (also yes/no, on/off, 1/0)';
    case 'enum':
      return `one of ${f.values.join(', ')}`;
    case 'string':
      return f.allowed ?? (f.pattern ? `text matching ${f.pattern}` : 'text');
    case 'list':
      return f.allowed ? `a comma-separated list of ${f.allowed}` : 'a comma-separated list';
  }
}

/** Parses one textual value for a field; throws ConfigError naming the key, the value and what is allowed. */
export function parseValue(key: string, f: Field, raw: string): unknown {
  const v = raw.trim();
  const bad = (): never => {
    throw new ConfigError(`config ${key}: invalid value ${JSON.stringify(raw)}; allowed: ${describeAllowed(f)}`, key);
  };
  switch (f.kind) {
    case 'int': {
      if (!/^-?\d+$/.test(v)) bad();
      const n = Number(v);
      if (n < f.min || n > f.max) bad();
      return n;
    }
    case 'number': {
      if (!/^-?\d+(\.\d+)?$/.test(v)) bad();
      const n = Number(v);
      if (n < f.min || n > f.max) bad();
      return n;
    }
    case 'bool': {
      const l = v.toLowerCase();
      if (['true', 'yes', 'on', '1'].includes(l)) return true;
      if (['false', 'no', 'off', '0'].includes(l)) return false;
      return bad();
    }
    case 'enum':
      if (!f.values.includes(v)) bad();
      return v;
    case 'string':
      if (f.pattern && !f.pattern.test(v)) bad();
      return v;
    case 'list': {
      const items =
        v === ''
          ? []
          : v
              .split(',')
              .map((s) => s.trim())
              .filter((s) => s !== '');
      if (f.pattern && items.some((i) => !f.pattern!.test(i))) bad();
      return items;
    }
  }
}

interface RawEntry {
  key: string;
  value: string;
  line: number;
}

/** Parses the INI-style text; syntax problems are reported per line, never thrown. */
export function parseConfigText(text: string): { entries: RawEntry[]; problems: ConfigProblem[] } {
  const entries: RawEntry[] = [];
  const problems: ConfigProblem[] = [];
  let section = '';
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) return;
    const head = /^\[([A-Za-z0-9_.-]*)\]$/.exec(line);
    if (head) {
      section = head[1]!.toLowerCase();
      return;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) {
      problems.push({
        key: `line ${i + 1}`,
        value: line,
        message: `line ${i + 1}: expected "key = value" or "[section]"`,
      });
      return;
    }
    const name = line.slice(0, eq).trim().toLowerCase().replace(/-/g, '_');
    let value = line.slice(eq + 1).trim();
    const quoted = /^"((?:[^"\\]|\\.)*)"\s*(?:[#;].*)?$/.exec(value);
    if (quoted) value = quoted[1]!.replace(/\\(.)/g, '$1');
    else value = value.replace(/\s+[#;].*$/, '');
    entries.push({ key: section ? `${section}.${name}` : name, value, line: i + 1 });
  });
  return { entries, problems };
}

export interface LoadOptions {
  /** CLI arguments (without node and script). */
  argv?: readonly string[];
  env?: NodeJS.ProcessEnv;
  /** Config file text, when the caller already read it (tests); otherwise `--config`/SPOTLET_CONFIG is read. */
  fileText?: string;
  /**
   * Settings saved on the speaker's web page: the same format as the config file, applied over it (and under
   * the environment and flags). `name` is how problems name it.
   */
  settings?: { name: string; text: string };
}

/** Where a key's value comes from, lowest precedence first. */
export type ConfigSource = 'default' | 'file' | 'settings' | 'env' | 'flag';

export interface LoadedConfig<C> {
  config: C;
  /** Problems in the config file and the settings (each key affected kept its earlier value). */
  problems: ConfigProblem[];
  /** Where each key's value came from, by `section.key` (`key` for the general section). */
  sources: Record<string, ConfigSource>;
  /** Path of the config file read, if any. */
  file: string | undefined;
  /** Positional arguments left over after the flags. */
  rest: string[];
}

function lookup(
  sections: readonly AnySection[],
  key: string,
): { section: AnySection; name: string; f: Field } | undefined {
  const dot = key.lastIndexOf('.');
  const sname = dot < 0 ? '' : key.slice(0, dot);
  const name = dot < 0 ? key : key.slice(dot + 1);
  const section = sections.find((s) => s.name === sname);
  const f = section?.fields[name];
  return section && f ? { section, name, f } : undefined;
}

export function envName(sectionName: string, key: string): string {
  return ['SPOTLET', sectionName, key].filter(Boolean).join('_').toUpperCase().replace(/[.-]/g, '_');
}

/**
 * Resolves the configuration. Bad flags and environment values throw ConfigError (a person is at the
 * terminal); problems in the file are collected and the affected keys keep their defaults, so a speaker
 * with a broken file still boots and reports why.
 */
export function loadConfig<L extends readonly AnySection[]>(
  sections: L,
  opts: LoadOptions = {},
): LoadedConfig<ConfigOf<L>> {
  const env = opts.env ?? process.env;
  const values: Record<string, Record<string, unknown>> = {};
  const sources: Record<string, ConfigSource> = {};
  for (const s of sections) {
    values[s.name] = {};
    for (const [k, f] of Object.entries(s.fields)) {
      values[s.name]![k] = Array.isArray(f.default) ? [...f.default] : f.default;
      sources[s.name ? `${s.name}.${k}` : k] = 'default';
    }
  }
  const set = (key: string, raw: string, source: ConfigSource, append = false): void => {
    const hit = lookup(sections, key);
    if (!hit) throw new ConfigError(`config ${key}: unknown key`, key);
    const v = parseValue(key, hit.f, raw);
    const target = values[hit.section.name]!;
    target[hit.name] = append && Array.isArray(v) ? [...(target[hit.name] as string[]), ...v] : v;
    sources[hit.section.name ? `${hit.section.name}.${hit.name}` : hit.name] = source;
  };

  // Flags first pass: only find --config.
  const argv = [...(opts.argv ?? [])];
  const flags: { key: string; value: string; append: boolean }[] = [];
  const rest: string[] = [];
  let file: string | undefined = env.SPOTLET_CONFIG || undefined;
  const flagIndex = new Map<string, { key: string; f: Field }>();
  for (const s of sections)
    for (const [k, f] of Object.entries(s.fields))
      if (f.flag) flagIndex.set(f.flag, { key: s.name ? `${s.name}.${k}` : k, f });
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      rest.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    const inline = eq < 0 ? undefined : a.slice(eq + 1);
    const takeValue = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined) throw new ConfigError(`flag --${name} needs a value`);
      return next;
    };
    if (name === 'config') file = takeValue();
    else if (name === 'set') {
      const kv = takeValue();
      const e = kv.indexOf('=');
      if (e <= 0) throw new ConfigError(`flag --set expects key=value, got ${JSON.stringify(kv)}`);
      flags.push({ key: kv.slice(0, e).trim(), value: kv.slice(e + 1), append: false });
    } else {
      const hit = flagIndex.get(name);
      if (!hit) throw new ConfigError(`unknown flag --${name}`);
      const value = hit.f.kind === 'bool' && inline === undefined ? 'true' : takeValue();
      flags.push({ key: hit.key, value, append: hit.f.kind === 'list' });
    }
  }

  const problems: ConfigProblem[] = [];
  let text = opts.fileText;
  if (text === undefined && file !== undefined) {
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      problems.push({
        key: 'config',
        value: file,
        message: `config file ${file} could not be read: ${errorMessage(err)}`,
      });
    }
  }
  /** One file's lines, in order; a bad line or value is a problem and the key keeps its earlier value. */
  const apply = (text: string, source: 'file' | 'settings', where: string): void => {
    const parsed = parseConfigText(text);
    problems.push(...parsed.problems.map((p) => ({ ...p, message: `${where}${p.message}` })));
    const seen = new Set<string>();
    for (const e of parsed.entries) {
      if (seen.has(e.key)) {
        problems.push({
          key: e.key,
          value: e.value,
          message: `${where}config ${e.key} (line ${e.line}): set twice; the later value wins`,
        });
      }
      seen.add(e.key);
      try {
        set(e.key, e.value, source);
      } catch (err) {
        problems.push({ key: e.key, value: e.value, message: `${where}${errorMessage(err)} (line ${e.line})` });
      }
    }
  };
  if (text !== undefined) apply(text, 'file', '');
  if (opts.settings) apply(opts.settings.text, 'settings', `${opts.settings.name}: `);

  for (const s of sections)
    for (const k of Object.keys(s.fields)) {
      const raw = env[envName(s.name, k)];
      if (raw !== undefined) set(s.name ? `${s.name}.${k}` : k, raw, 'env');
    }
  const appended = new Set<string>();
  for (const fl of flags) {
    // A repeated list flag (--interface a --interface b) replaces the file value once, then appends.
    set(fl.key, fl.value, 'flag', fl.append && appended.has(fl.key));
    appended.add(fl.key);
  }
  return { config: values as ConfigOf<L>, problems, sources, file, rest };
}

/**
 * A value as a config line writes it, so that `parseConfigText` and `parseValue` read back exactly `value`:
 * text quoted (a `#` or `;` would start a comment, outer spaces would be trimmed), lists joined with commas.
 */
export function formatConfigValue(f: Field, value: unknown): string {
  if (f.kind !== 'string' && f.kind !== 'list') return String(value);
  return quoteConfigText(f.kind === 'list' ? (value as string[]).join(', ') : String(value));
}

/** Text in quotes, as the config file reads it back unchanged (any kind of value may be quoted). */
export function quoteConfigText(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&')}"`;
}

/** Human documentation of every key (printed by `spotlet --help-config`). */
export function describeSchema(sections: readonly AnySection[]): string {
  const out: string[] = [];
  for (const s of sections) {
    out.push(s.name ? `[${s.name}]  ${s.doc}` : `(general, no section header)  ${s.doc}`);
    for (const [k, f] of Object.entries(s.fields)) {
      const def = f.shownDefault ?? (Array.isArray(f.default) ? f.default.join(', ') : String(f.default));
      const flag = f.flag ? `  flag --${f.flag}` : '';
      out.push(`  ${k} = ${def === '' ? '""' : def}`);
      out.push(`      ${f.doc} Allowed: ${describeAllowed(f)}. Env ${envName(s.name, k)}${flag}.`);
    }
    out.push('');
  }
  return out.join('\n');
}
