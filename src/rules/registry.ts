/** Every rule, in the order `compstd rules` lists them. */
import { cjkSpace } from './rules/cjk-space.js';
import { codeGap } from './rules/code-gap.js';
import { codeHierarchy } from './rules/code-hierarchy.js';
import { duplicateCode } from './rules/duplicate-code.js';
import { duplicateVersion } from './rules/duplicate-version.js';
import { elementCodeFormat } from './rules/element-code-format.js';
import { emptyText } from './rules/empty-text.js';
import { filePath } from './rules/file-path.js';
import { footnoteMissing } from './rules/footnote-missing.js';
import { gluedCode } from './rules/glued-code.js';
import { levelFarFromStandard } from './rules/level-far-from-standard.js';
import { levelRange } from './rules/level-range.js';
import { lineEnds } from './rules/line-ends.js';
import { staleCurrent } from './rules/stale-current.js';
import { standardCodeFormat } from './rules/standard-code-format.js';
import { undefinedCompetency } from './rules/undefined-competency.js';
import { unexplainedRename } from './rules/unexplained-rename.js';
import { unusedCompetency } from './rules/unused-competency.js';
import { versionSuccession } from './rules/version-succession.js';
import { versionTable } from './rules/version-table.js';
import { ruleMeta, type RuleMeta, type Rule } from './types.js';
import { msg } from '../model/i18n.js';

export const RULES: readonly Rule[] = [
  standardCodeFormat,
  elementCodeFormat,
  codeHierarchy,
  duplicateCode,
  codeGap,
  undefinedCompetency,
  unusedCompetency,
  levelRange,
  levelFarFromStandard,
  versionTable,
  versionSuccession,
  filePath,
  duplicateVersion,
  staleCurrent,
  unexplainedRename,
  cjkSpace,
  gluedCode,
  emptyText,
  footnoteMissing,
  lineEnds,
];

/**
 * Checks done while loading a file, before the rules: they have ids and docs too, so that
 * findings, `compstd rules` and SARIF name them the same way. They can't be turned off.
 */
export const LOAD_CHECKS: readonly RuleMeta[] = [
  ['yaml-syntax', 'The file is well-formed YAML'],
  ['yaml-duplicate-key', 'No key appears twice in one mapping'],
  ['yaml-unknown-tag', 'No custom tags such as !!js/function'],
  ['yaml-alias-bomb', 'Aliases do not expand without bound (billion laughs)'],
  ['yaml-too-deep', 'Nesting is not so deep that it exhausts the parser'],
  ['empty-file', 'The file is not empty'],
  ['binary-file', 'The file is text, not binary'],
  ['invalid-utf8', 'The file is valid UTF-8'],
  ['file-too-large', 'The file is not larger than a standard can be'],
  ['unreadable', 'The file can be read'],
  ['schema', 'The file follows schemas/standard.schema.json'],
].map(([id, description]) => ruleMeta(id!, 'error', description!));

/**
 * The published defects: in a transcription of a published document (`source.kind:
 * transcription`), a rule that has a `published` variant reports under that id, as a warning or
 * an info — never an error. Their severities are set like any rule's (error is refused). One page
 * documents them all: docs/rules/published.md.
 */
export const PUBLISHED_CHECKS: readonly RuleMeta[] = RULES.flatMap((r) =>
  r.meta.published
    ? [
        {
          id: r.meta.published.id,
          severity: r.meta.published.severity,
          description: `${r.meta.description} — in a transcription: a defect of the published document, kept as published`,
          descriptionMessage: msg('findings.rule.published', { rule: r.meta.id }),
          docs: `docs/rules/published.md#${r.meta.published.id}`,
        },
      ]
    : [],
);

/** The stale-entry check of `validate --baseline`. */
export const BASELINE_CHECK: RuleMeta = ruleMeta('baseline-stale', 'warning', 'Every entry of the baseline still matches a finding');

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
