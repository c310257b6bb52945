/** `rules --format`: the rules of validate, one formatter per name, each loaded on demand. */
import type { FormatMap } from '../types.js';

export interface RuleRow {
  id: string;
  severity: 'error' | 'warning' | 'info';
  description: string;
  /** The description's message id (src/model/messages/<lang>/findings.ts). */
  descriptionId?: string;
  docs: string;
  scope: 'file' | 'catalog' | 'load' | 'published' | 'baseline';
  configurable: boolean;
}

export interface RulesData {
  rules: readonly RuleRow[];
}

export const RULES_FORMATS = {
  text: async () => (await import('./rules.js')).rulesText,
  markdown: async () => (await import('./rules.js')).rulesMarkdown,
  csv: async () => (await import('./rules.js')).rulesCsv,
  json: async () => (await import('./rules.js')).rulesJson,
} as const satisfies FormatMap<RulesData>;
