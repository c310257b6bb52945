/** `export --format`: one formatter per name, each loaded on demand. */
import type { PublishedEntry } from '../../model/entry.js';
import { formatter, type FormatMap } from '../types.js';

export interface ExportData {
  entries: readonly PublishedEntry[];
  matrix: 'knowledge' | 'skills' | 'all' | 'attitudes';
  layout: 'wide' | 'long';
}

/** The tables of an export, with their labels in the reader's language. */
async function tablesOf(d: ExportData, lang: 'zh' | 'en', forPeople: boolean) {
  const { matrixTables, attitudeTable, taskTable } = await import('../../matrix/tables.js');
  const matrices = d.matrix === 'attitudes' ? [] : matrixTables(d.entries, d.matrix, d.layout, lang, forPeople);
  return { matrices, attitudes: attitudeTable(d.entries, lang), tasks: taskTable(d.entries, lang) };
}

const langOf = (lang: string) => (lang === 'en' ? 'en' : 'zh');

export const EXPORT_FORMATS = {
  csv: async () => {
    const { tableCsv } = await import('./csv.js');
    return formatter<ExportData>('csv', async (d, rc) => {
      // One table: only it is built (the task table of 1,000 standards is not free).
      const { matrixTables, attitudeTable } = await import('../../matrix/tables.js');
      const lang = langOf(rc.lang);
      return tableCsv(d.matrix === 'attitudes' ? attitudeTable(d.entries, lang) : matrixTables(d.entries, d.matrix, d.layout, lang, false)[0]!, rc.csv);
    });
  },
  markdown: async () => {
    const { tablesMarkdown } = await import('./markdown.js');
    return formatter<ExportData>('markdown', async (d, rc) => {
      const t = await tablesOf(d, langOf(rc.lang), true);
      const title = d.entries.map((e) => `${e.standard.code} ${e.standard.name}`).join('、');
      return tablesMarkdown(title, [...t.matrices, ...(d.matrix === 'attitudes' || d.matrix === 'all' ? [t.attitudes] : []), t.tasks]);
    });
  },
  json: async () => {
    const { standardsJson } = await import('./data.js');
    return formatter<ExportData>('json', (d) => standardsJson(d.entries.map((e) => e.standard)));
  },
  yaml: async () => {
    const { standardsYaml } = await import('./data.js');
    return formatter<ExportData>('yaml', (d) => standardsYaml(d.entries.map((e) => e.standard)));
  },
  xlsx: async () => {
    const [{ tablesXlsx }, { prepareDisplayWidth, stringsOf }] = await Promise.all([import('./xlsx.js'), import('../text/width.js')]);
    return formatter<ExportData>('binary', async (d, rc) => {
      const t = await tablesOf(d, langOf(rc.lang), true);
      const tables = [...t.matrices, ...(d.matrix === 'attitudes' || d.matrix === 'all' ? [t.attitudes] : []), t.tasks];
      // Column widths are measured in display columns.
      await prepareDisplayWidth(stringsOf(tables));
      return tablesXlsx(tables);
    });
  },
} as const satisfies FormatMap<ExportData>;
