/** `compstd rules` as a table, Markdown, CSV and JSON. */
import { labelIn } from '../../model/labels.js';
import { csvDocument } from '../encode/csv.js';
import { table } from '../markdown/gfm.js';
import { renderTable } from '../text/table.js';
import { wrap } from '../text/width.js';
import { formatter, type RenderContext } from '../types.js';
import type { RuleRow, RulesData } from './index.js';

function severityOf(r: RuleRow, rc: RenderContext): string {
  const word = rc.tr(`cli.severity.${r.severity}`);
  return r.configurable ? word : rc.tr('cli.rules.always', { severity: word });
}

function cells(rules: readonly RuleRow[], rc: RenderContext): string[][] {
  return rules.map((r) => [r.id, severityOf(r, rc), r.description]);
}

export const rulesText = formatter<RulesData>('text', ({ rules }, rc) => {
  const l = labelIn(rc.lang);
  const body = renderTable({
    columns: [{ header: l('rule'), min: Math.min(24, Math.max(...rules.map((r) => r.id.length))) }, { header: l('severity'), min: 8 }, { header: l('checks') }],
    rows: cells(rules, rc),
    border: rc.border,
    maxWidth: rc.width,
    style: rc.style,
    fit: rc.fit,
  });
  return `${body}\n${wrap(rc.tr('cli.rules.footer'), rc.width).join('\n')}\n`;
});

export const rulesMarkdown = formatter<RulesData>('markdown', ({ rules }, rc) => {
  const l = labelIn(rc.lang);
  return `${table([l('rule'), l('severity'), l('checks')], cells(rules, rc))}\n\n${rc.tr('cli.rules.footer')}\n`;
});

export const rulesCsv = formatter<RulesData>('csv', ({ rules }, rc) => {
  const l = labelIn(rc.lang);
  return csvDocument([l('rule'), l('severity'), l('checks'), 'docs'], rules.map((r) => [r.id, severityOf(r, rc), r.description, r.docs]), rc.csv);
});

export const rulesJson = formatter<RulesData>('json', ({ rules }) => `${JSON.stringify(rules, null, 2)}\n`);
