/** Export as Markdown: each table under its heading, as GitHub-flavoured tables. */
import type { Table } from '../../matrix/tables.js';
import { table, text } from '../markdown/gfm.js';

export function tablesMarkdown(title: string, tables: readonly Table[]): string {
  const parts = [`# ${text(title)}`];
  for (const t of tables) {
    parts.push(`## ${text(t.title)}`, table(t.header, t.rows.map((r) => r.map((c) => (c === null ? '' : String(c))))));
  }
  return `${parts.join('\n\n')}\n`;
}
