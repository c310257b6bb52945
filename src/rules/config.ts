/** Rule severities: the defaults, a catalogue's config file, and --rule id=severity, in that order. */
import { UsageError } from '../model/errors.js';
import { CONFIG_KEYS } from '../load/config-file.js';
import { PUBLISHED_CHECKS, RULES } from './registry.js';
import type { RuleSetting } from './types.js';

export const SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'off'];

export type Settings = ReadonlyMap<string, RuleSetting>;

export function defaultSettings(): Map<string, RuleSetting> {
  return new Map([...RULES.map((r) => [r.meta.id, r.meta.severity] as const), ...PUBLISHED_CHECKS.map((m) => [m.id, m.severity] as const)]);
}

const PUBLISHED_IDS = new Set(PUBLISHED_CHECKS.map((m) => m.id));

function setting(id: string, value: unknown, where: string): RuleSetting {
  if (!RULES.some((r) => r.meta.id === id) && !PUBLISHED_IDS.has(id)) {
    throw new UsageError(`${where}: there is no rule "${id}" (compstd rules lists them)`);
  }
  if (typeof value !== 'string' || !(SETTINGS as readonly string[]).includes(value)) {
    throw new UsageError(`${where}: rule ${id} must be one of ${SETTINGS.join(', ')}, not ${JSON.stringify(value)}`);
  }
  // A published defect is a fact about a publication, never an error of the repository.
  if (PUBLISHED_IDS.has(id) && value === 'error') throw new UsageError(`${where}: ${id} is a defect of a published document: warning, info or off, not error`);
  return value as RuleSetting;
}

/** A config file's `rules:` mapping: `{ code-gap: off, level-far-from-standard: warning }`. */
export function applyConfig(settings: Map<string, RuleSetting>, config: unknown, where: string): void {
  if (config === null || config === undefined) return;
  if (typeof config !== 'object' || Array.isArray(config)) throw new UsageError(`${where}: expected a mapping with a "rules" key`);
  for (const key of Object.keys(config)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) throw new UsageError(`${where}: unknown key "${key}" (expected ${CONFIG_KEYS.join(', ')})`);
  }
  const rules = (config as { rules?: unknown }).rules;
  if (rules === undefined || rules === null) return;
  if (typeof rules !== 'object' || Array.isArray(rules)) throw new UsageError(`${where}: "rules" must map rule ids to ${SETTINGS.join(', ')}`);
  for (const [id, value] of Object.entries(rules)) settings.set(id, setting(id, value, where));
}

/** `--rule code-gap=off` */
export function applyFlag(settings: Map<string, RuleSetting>, flag: string): void {
  const m = /^([a-z0-9-]+)=([a-z]+)$/.exec(flag.trim());
  if (!m) throw new UsageError(`--rule ${flag}: expected id=severity, e.g. --rule code-gap=off`);
  settings.set(m[1]!, setting(m[1]!, m[2], `--rule ${flag}`));
}
