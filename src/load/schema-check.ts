/**
 * Checks a parsed document against the standard schema with the precompiled (standalone) ajv
 * validator, and turns ajv's errors into located findings with plain messages.
 */
import type { ErrorObject } from 'ajv';
import type { Document, LineCounter } from 'yaml';
import type { Finding } from '../model/finding.js';
import { msg, type Message, type Params } from '../model/i18n.js';
import { loadFinding } from './yaml.js';
import { validate } from './generated/standard-validator.js';
import { locate, parsePointer } from './locate.js';

/** What a schema branch accepts, as a word the catalogues put into words: integer, string, …, or its enum. */
function expectedOf(schema: unknown): string {
  if (typeof schema !== 'object' || schema === null) return 'value';
  const s = schema as { type?: string };
  return s.type === 'integer' || s.type === 'null' || s.type === 'string' || s.type === 'object' || s.type === 'array' ? s.type : 'value';
}

/** A value as the catalogues describe it: its kind, and for a scalar its text. */
function found(value: unknown): Params {
  if (value === null) return { foundKind: 'null' };
  if (Array.isArray(value)) return { foundKind: 'array' };
  if (typeof value === 'object') return { foundKind: 'object' };
  if (typeof value === 'string') return { foundKind: 'string', foundValue: JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) };
  if (typeof value === 'number') return { foundKind: Number.isInteger(value) ? 'integer' : 'number', foundValue: String(value) };
  if (typeof value === 'boolean') return { foundKind: 'boolean', foundValue: String(value) };
  return { foundKind: typeof value };
}

function where(path: ReadonlyArray<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function message(err: ErrorObject, path: ReadonlyArray<string | number>): Message {
  const at = where(path);
  switch (err.keyword) {
    case 'additionalProperties':
      return msg('findings.schema.unknownProperty', { at, name: (err.params as { additionalProperty: string }).additionalProperty });
    case 'type':
      return msg('findings.schema.type', { at, expected: [expectedOf({ type: (err.params as { type: string }).type })], ...found(err.data) });
    case 'enum':
      return msg('findings.schema.enum', { at, allowed: (err.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)), ...found(err.data) });
    case 'anyOf': {
      const branches = ((err.parentSchema as { anyOf?: unknown[] } | undefined)?.anyOf ?? []).map(expectedOf);
      return msg('findings.schema.type', { at, expected: branches, ...found(err.data) });
    }
    case 'pattern':
      if (err.schema === '\\S') return msg('findings.schema.empty', { at });
      if (path[path.length - 1] === 'date') return msg('findings.schema.date', { at, ...found(err.data) });
      return msg('findings.schema.pattern', { at, pattern: String(err.schema), ...found(err.data) });
    case 'minimum':
      return msg('findings.schema.minimum', { at, min: String(err.schema), ...found(err.data) });
    default:
      return msg('findings.schema.other', { at, detail: err.message ?? 'is not valid' });
  }
}

function typeMatches(schema: unknown, data: unknown): boolean {
  const type = (schema as { type?: string } | undefined)?.type;
  switch (type) {
    case 'integer':
    case 'number':
      return typeof data === 'number';
    case 'null':
      return data === null;
    case 'string':
      return typeof data === 'string';
    case 'array':
      return Array.isArray(data);
    case 'object':
      return typeof data === 'object' && data !== null && !Array.isArray(data);
    default:
      return false;
  }
}

/**
 * ajv reports a failed anyOf with the errors of every branch and then the anyOf itself. When the
 * value's type picks exactly one branch (a mapping where a code or a mapping is allowed), that
 * branch's errors say what is wrong; otherwise the anyOf's own finding says what was expected.
 */
function withoutBranchNoise(errors: readonly ErrorObject[]): ErrorObject[] {
  const drop = new Set<ErrorObject>();
  for (const anyOf of errors.filter((e) => e.keyword === 'anyOf')) {
    const branches = (anyOf.parentSchema as { anyOf?: unknown[] } | undefined)?.anyOf ?? [];
    const matching = branches.map((b, i) => (typeMatches(b, anyOf.data) ? i : -1)).filter((i) => i >= 0);
    const prefix = `${anyOf.schemaPath}/`;
    const keep = matching.length === 1 ? `${prefix}${matching[0]}/` : undefined;
    for (const e of errors) {
      if (!e.schemaPath.startsWith(prefix)) continue;
      if (keep === undefined || !e.schemaPath.startsWith(keep)) drop.add(e);
    }
    if (keep !== undefined) drop.add(anyOf);
  }
  return errors.filter((e) => !drop.has(e));
}

export function checkSchema(
  file: string,
  value: unknown,
  doc: Document.Parsed | undefined,
  lineCounter: LineCounter,
  validator: typeof validate = validate,
): Finding[] {
  if (validator(value)) return [];
  const findings: Finding[] = [];
  const errors = withoutBranchNoise(validator.errors ?? []);
  // Missing properties of one mapping make one finding, not one each.
  const missing = new Map<string, string[]>();
  for (const err of errors) {
    if (err.keyword !== 'required') continue;
    const list = missing.get(err.instancePath) ?? [];
    list.push((err.params as { missingProperty: string }).missingProperty);
    missing.set(err.instancePath, list);
  }
  for (const [pointer, props] of missing) {
    const path = parsePointer(pointer);
    findings.push({ ...loadFinding(file, 'schema', 'error', msg('findings.schema.missing', { at: where(path), props })), ...locate(doc, lineCounter, path), path });
  }
  for (const err of errors) {
    if (err.keyword === 'required') continue;
    const path = parsePointer(err.instancePath);
    const key = err.keyword === 'additionalProperties' ? (err.params as { additionalProperty: string }).additionalProperty : undefined;
    const pos = locate(doc, lineCounter, path, key);
    findings.push({ ...loadFinding(file, 'schema', 'error', message(err, path)), ...pos, path: key === undefined ? path : [...path, key] });
  }
  return findings;
}
