/** Whole standards as JSON or YAML: one standard as its file's object, several as a list. */
import { stringify } from 'yaml';
import type { Standard } from '../../model/schema.js';

export function standardsJson(standards: readonly Standard[]): string {
  return `${JSON.stringify(standards.length === 1 ? standards[0] : standards, null, 2)}\n`;
}

export function standardsYaml(standards: readonly Standard[]): string {
  return stringify(standards.length === 1 ? standards[0] : standards, { lineWidth: 0 });
}
