/** The limits messages (what compstd refuses to do at a size that would not finish) in English. Ids: `limits.<what>`. */
import type { Catalogue } from '../../i18n.js';

export const LIMITS_EN = {
  'limits.exportWide':
    'The wide matrix of these {standards} standards would be {rows} rows × {columns} columns ({cells} cells, nearly all blank): more than {limit}. Use --layout long (one row per task × competency), or export fewer standards',
  'limits.regexUnsupported': '--regex: {detail}. The pattern runs on a linear-time engine (RE2 syntax): no back-references (\\1) and no look-around ((?=…), (?<=…))',
} satisfies Catalogue;
