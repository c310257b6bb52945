/**
 * Checks a parsed document against the standard schema with the precompiled (standalone) ajv
 * validator, and turns ajv's errors into located findings with plain messages.
 */
import type { ErrorObject } from 'ajv';
import type { Document, LineCounter } from 'yaml';
import type { Finding } from '../model/finding.js';
import { validate } from './generated/standard-validator.js';
import { locate, parsePointer } from './locate.js';

/** A short English name of what a schema branch accepts: "an integer", "a string". */
function describeSchema(schema: unknown): string {
  if (typeof schema !== 'object' || schema === null) return 'a value';
  const s = schema as { type?: string; enum?: unknown[] };
  if (s.enum) return `one of ${s.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  switch (s.type) {
    case 'integer':
      return 'an integer';
    case 'null':
      return 'null';
    case 'string':
      return 'a string';
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    default:
      return 'a value';
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return `${Number.isInteger(value) ? 'the integer' : 'the number'} ${value}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  return `a ${typeof value}`;
}

function where(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return 'the document';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function message(err: ErrorObject, path: ReadonlyArray<string | number>): string {
  const at = where(path);
  switch (err.keyword) {
    case 'additionalProperties':
      return `${at} has an unknown property "${(err.params as { additionalProperty: string }).additionalProperty}"`;
    case 'type':
      return `${at} must be ${describeSchema({ type: (err.params as { type: string }).type })}, found ${describeValue(err.data)}`;
    case 'enum':
      return `${at} must be ${describeSchema({ enum: (err.params as { allowedValues: unknown[] }).allowedValues })}, found ${describeValue(err.data)}`;
    case 'anyOf': {
      const branches = ((err.parentSchema as { anyOf?: unknown[] } | undefined)?.anyOf ?? []).map(describeSchema);
      return `${at} must be ${branches.join(' or ')}, found ${describeValue(err.data)}`;
    }
    case 'pattern':
      if (err.schema === '\\S') return `${at} must not be empty`;
      if (path[path.length - 1] === 'date') return `${at} must be a date written YYYY-MM-DD, found ${describeValue(err.data)}`;
      return `${at} must match ${String(err.schema)}, found ${describeValue(err.data)}`;
    case 'minimum':
      return `${at} must be at least ${String(err.schema)}, found ${describeValue(err.data)}`;
    default:
      return `${at} ${err.message ?? 'is not valid'}`;
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
    const names = props.map((p) => `"${p}"`).join(', ');
    findings.push({
      ruleId: 'schema',
      severity: 'error',
      message: `${where(path)} is missing the required ${props.length === 1 ? 'property' : 'properties'} ${names}`,
      file,
      ...locate(doc, lineCounter, path),
      path,
    });
  }
  for (const err of errors) {
    if (err.keyword === 'required') continue;
    const path = parsePointer(err.instancePath);
    const key = err.keyword === 'additionalProperties' ? (err.params as { additionalProperty: string }).additionalProperty : undefined;
    const pos = locate(doc, lineCounter, path, key);
    findings.push({
      ruleId: 'schema',
      severity: 'error',
      message: message(err, path),
      file,
      ...pos,
      path: key === undefined ? path : [...path, key],
    });
  }
  return findings;
}
