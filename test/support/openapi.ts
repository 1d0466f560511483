/**
 * Checks the API's answers against our OpenAPI document (docs/api/openapi.json): the subset of OpenAPI 3.0
 * schemas the document uses ($ref, type, nullable, enum, required, properties, additionalProperties: false,
 * items, allOf, oneOf, minimum, maximum, exclusiveMinimum, minLength, maxLength). It also records which
 * operations and statuses were seen, so a test can show that every documented operation was exercised.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './vectors.js';

type Schema = Record<string, unknown>;
interface Operation {
  responses: Record<string, { $ref?: string; content?: { 'application/json': { schema: Schema } } }>;
}
interface Doc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; responses: Record<string, unknown> };
}

export class OpenApi {
  readonly doc: Doc;
  /** `METHOD path` → statuses seen. */
  readonly seen = new Map<string, Set<number>>();

  constructor(file = join(REPO_ROOT, 'docs', 'api', 'openapi.json')) {
    this.doc = JSON.parse(readFileSync(file, 'utf8')) as Doc;
  }

  #resolve<T>(x: T): T {
    let v = x as Record<string, unknown>;
    while (v && typeof v.$ref === 'string') {
      const parts = (v.$ref as string).replace(/^#\//, '').split('/');
      v = parts.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, this.doc as never);
    }
    return v as T;
  }

  /** The documented path template that `path` falls under (`/web-api/{path}` takes several segments). */
  #template(path: string): string | undefined {
    if (this.doc.paths[path]) return path;
    return Object.keys(this.doc.paths).find((t) => {
      const re = new RegExp(`^${t.replace(/\{[^}]+\}/g, '.+')}$`);
      return re.test(path);
    });
  }

  /** Problems with a schema's instance (empty: valid). */
  check(schema: Schema, value: unknown, at = '$'): string[] {
    const s = this.#resolve(schema);
    if (value === null) return s.nullable === true ? [] : [`${at}: null is not allowed`];
    const errs: string[] = [];
    if (Array.isArray(s.enum) && !s.enum.some((e) => e === value))
      errs.push(`${at}: ${JSON.stringify(value)} not in enum`);
    const type = s.type as string | undefined;
    const isType: Record<string, (v: unknown) => boolean> = {
      object: (v) => typeof v === 'object' && !Array.isArray(v),
      array: Array.isArray,
      string: (v) => typeof v === 'string',
      integer: (v) => Number.isInteger(v),
      number: (v) => typeof v === 'number' && Number.isFinite(v),
      boolean: (v) => typeof v === 'boolean',
    };
    if (type && !isType[type]!(value)) return [...errs, `${at}: ${JSON.stringify(value)} is not ${type}`];
    if (typeof value === 'number') {
      if (typeof s.minimum === 'number' && value < s.minimum) errs.push(`${at}: below ${s.minimum}`);
      if (typeof s.maximum === 'number' && value > s.maximum) errs.push(`${at}: above ${s.maximum}`);
      if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) errs.push(`${at}: not above`);
    }
    if (typeof value === 'string') {
      if (typeof s.minLength === 'number' && value.length < s.minLength) errs.push(`${at}: too short`);
      if (typeof s.maxLength === 'number' && value.length > s.maxLength) errs.push(`${at}: too long`);
    }
    if (Array.isArray(value) && s.items)
      for (const [i, v] of value.entries()) errs.push(...this.check(s.items as Schema, v, `${at}[${i}]`));
    if (type === 'object' || s.properties) {
      const o = value as Record<string, unknown>;
      const props = (s.properties ?? {}) as Record<string, Schema>;
      for (const r of (s.required ?? []) as string[]) if (!(r in o)) errs.push(`${at}: missing ${r}`);
      for (const [k, v] of Object.entries(o)) {
        if (props[k]) errs.push(...this.check(props[k]!, v, `${at}.${k}`));
        else if (s.additionalProperties === false) errs.push(`${at}: ${k} is not documented`);
      }
    }
    for (const sub of (s.allOf ?? []) as Schema[]) errs.push(...this.check(sub, value, at));
    if (Array.isArray(s.oneOf)) {
      const matches = (s.oneOf as Schema[]).filter((sub) => this.check(sub, value, at).length === 0).length;
      if (matches !== 1) errs.push(`${at}: matches ${matches} of oneOf, not exactly 1`);
    }
    return errs;
  }

  /** Throws unless `status` and `body` (parsed JSON, or undefined for none) are what the document says. */
  assertResponse(method: string, path: string, status: number, body: unknown): void {
    const template = this.#template(path);
    if (!template) throw new Error(`${path} is not documented`);
    const op = this.doc.paths[template]![method.toLowerCase()];
    if (!op) throw new Error(`${method} ${template} is not documented`);
    const key = `${method.toUpperCase()} ${template}`;
    if (!this.seen.has(key)) this.seen.set(key, new Set());
    this.seen.get(key)!.add(status);
    const documented = op.responses[String(status)];
    if (!documented) throw new Error(`${key} answered ${status}, which is not documented`);
    const r = this.#resolve(documented);
    const schema = r.content?.['application/json']?.schema;
    if (!schema) {
      if (body !== undefined) throw new Error(`${key} ${status} has a body the document does not describe`);
      return;
    }
    if (body === undefined) throw new Error(`${key} ${status} has no body`);
    const errs = this.check(schema, body);
    if (errs.length) throw new Error(`${key} ${status}: ${errs.join('; ')} in ${JSON.stringify(body)}`);
  }

  /** Throws unless `message` (a parsed /events message) is one of the documented events. */
  assertEvent(message: unknown): void {
    const errs = this.check(this.doc.components.schemas.event!, message);
    if (errs.length) throw new Error(`event ${JSON.stringify(message)}: ${errs.join('; ')}`);
  }

  /** Documented operations not seen yet. */
  unseen(): string[] {
    const out: string[] = [];
    for (const [path, ops] of Object.entries(this.doc.paths))
      for (const m of Object.keys(ops)) {
        if (m === 'parameters') continue;
        if (!this.seen.has(`${m.toUpperCase()} ${path}`)) out.push(`${m.toUpperCase()} ${path}`);
      }
    return out;
  }
}
