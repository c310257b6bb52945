/** The cli messages in English. Ids: `cli.<what>`; the same ids as in ../zh-Hant/cli.ts. */
import type { Catalogue, Params } from '../../i18n.js';

const n = (count: unknown, one: string, many: string) => `${String(count)} ${Number(count) === 1 ? one : many}`;

export const CLI_EN = {
  'cli.unknown-format': 'There is no output format "{format}"; allowed: {allowed}',
  'cli.binary-needs-output': '{format} is binary: give a file to write with -o',
  'cli.wrote': 'wrote {file}',
  'cli.list.summary': (p: Params) => `${n(p.versions, 'version', 'versions')} of ${n(p.standards, 'standard', 'standards')}`,
  'cli.list.none': 'No standards match.',
  'cli.list.history-legend': '— marks a version known only from a version table: the catalogue does not hold its content.',
} satisfies Catalogue;
