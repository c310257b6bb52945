/** `diff --format`: one formatter per name, each loaded on demand. */
import type { StandardDiff } from '../../diff/types.js';
import { formatter, type FormatMap } from '../types.js';

export interface DiffData {
  diffs: readonly StandardDiff[];
  /** A chain or several standards: JSON gives an array. */
  many: boolean;
}

export const DIFF_FORMATS = {
  text: async () => {
    const { diffText } = await import('./text.js');
    return formatter<DiffData>('text', ({ diffs }, rc) =>
      diffText(diffs, { style: rc.style, width: rc.width, colored: rc.style.ins('x') !== 'x', nothing: rc.tr('cli.diff.nothing'), lang: rc.lang === 'en' ? 'en' : 'zh' }),
    );
  },
  markdown: async () => {
    const { diffMarkdown } = await import('./markdown.js');
    return formatter<DiffData>('markdown', ({ diffs }) => diffMarkdown(diffs));
  },
  csv: async () => (await import('./csv.js')).diffCsv,
  json: async () => {
    const { diffJson } = await import('./json.js');
    return formatter<DiffData>('json', ({ diffs, many }) => diffJson(diffs, many));
  },
  'changelog-zh': async () => {
    const { diffChangelog } = await import('./changelog.js');
    return formatter<DiffData>('markdown', ({ diffs }) => diffChangelog(diffs));
  },
} as const satisfies FormatMap<DiffData>;
