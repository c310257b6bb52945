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
  'cli.search.none': 'No matches.',
  'cli.search.summary': (p: Params) => `${n(p.hits, 'match', 'matches')} in ${n(p.standards, 'standard', 'standards')}`,
  'cli.compare.summary': '{kind}: {exact} shared, {close} close (score ≥ {threshold}), overlap {overlap}% ({counts})',
  'cli.compare.needs-two': 'compare needs two or more standards',
  'cli.compare.history-only': '{ref} is known only from a version table: it has no K, S or A to compare',
  'cli.threshold': '--threshold must be a number above 0 and at most 1',
  'cli.severity.error': 'error',
  'cli.severity.warning': 'warning',
  'cli.severity.info': 'info',
  'cli.rules.always': '{severity} (always)',
  'cli.rules.footer': 'Each rule is documented in docs/rules/<rule>.md; set severities with --rule id=severity or in .compstd.yaml.',
  'cli.diff.nothing': 'Nothing to compare.',
  'cli.diff.different-standards': '{from} and {to} are different standards: their codes are matched as if one were a version of the other',
  'cli.validate.summary': (p: Params) =>
    `${n(p.errors, 'error', 'errors')}, ${n(p.warnings, 'warning', 'warnings')}, ${n(p.infos, 'info', 'infos')} in ${String(p.filesWithFindings)} of ${n(p.files, 'file', 'files')}${Number(p.suppressed) > 0 ? ` (${String(p.suppressed)} suppressed by the baseline)` : ''}`,
  'cli.export.unknown-extension': 'Cannot tell the format from "{file}": give --format ({formats})',
  'cli.export.attitudes-layout': '--layout does not apply to --matrix attitudes: the attitudes are one table for the whole standard',
  'cli.export.nothing': 'Name the standards to export, or give --all',
  'cli.export.history-only': "{ref} is known only from a version table: its content is not in the catalogue, so it has no matrix",
  'cli.export.empty': 'The catalogue has no standard with content to export',
  'cli.import.repaired': (p: Params) => `repaired ${String(p.at)} (${String(p.kind)})${p.change ? `: ${String(p.change)}` : ''}${p.note ? ` — ${String(p.note)}` : ''}`,
} satisfies Catalogue;
