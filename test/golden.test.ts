// Golden tests of every show and list format, on the bundled standards, a history-only version
// and a fixture with the rarer shapes (two rows at different levels, a null level, a shared row
// of old numbering, tagged K, empty outputs). Update with `npx vitest run -u` and review the diff.
import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import stringWidth from 'string-width';
import { Catalog } from '../src/load/catalog.js';
import { bundledCatalogRoot } from '../src/load/paths.js';
import { showText } from '../src/formatters/standard/text.js';
import { showMarkdown } from '../src/formatters/standard/markdown.js';
import { showJson } from '../src/formatters/standard/json.js';
import { showYaml } from '../src/formatters/standard/yaml.js';
import { SHOW_FORMATS } from '../src/formatters/standard/index.js';
import { SECTIONS } from '../src/formatters/standard/sections.js';
import { PLAIN } from '../src/formatters/text/style.js';
import { listRows } from '../src/query/list.js';
import { listMarkdown, listText } from '../src/formatters/list/table.js';
import { listCsvFormatter } from '../src/formatters/list/csv.js';
import { listJsonFormatter } from '../src/formatters/list/json.js';
import { makeRenderContext } from '../src/formatters/types.js';
import { FIXTURES, markdownTableRows, ROOT } from './helpers.js';

const bundled = new Catalog({ root: bundledCatalogRoot(), cwd: ROOT });
const fixture = new Catalog({ root: `${FIXTURES}catalog-mixed`, cwd: ROOT });
const entries = {
  'IIS3512-001v3': await bundled.resolve('IIS3512-001v3'),
  'IDC3512-002v2': await bundled.resolve('IDC3512-002v2'),
  'IIS3512-001v2': await bundled.resolve('IIS3512-001v2'),
  'ABC1234-001v2': await fixture.resolve('ABC1234-001v2'),
};
const options = (width: number, border: 'unicode' | 'ascii' = 'unicode') => ({ sections: SECTIONS, width, border, style: PLAIN });

describe.each(Object.entries(entries))('show %s', (name, entry) => {
  it.each([
    [80, 'unicode'],
    [140, 'unicode'],
    [100, 'ascii'],
  ] as const)('text at %i columns, %s borders', async (width, border) => {
    const out = showText(entry, options(width, border));
    for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
    await expect(out).toMatchFileSnapshot(`golden/show/${name}.w${width}.${border}.txt`);
  });

  it('markdown, every table row with as many cells as its header', async () => {
    const out = showMarkdown(entry, options(80));
    const tables = markdownTableRows(new MarkdownIt().parse(out, {}));
    for (const rows of tables) for (const cells of rows) expect(cells).toBe(rows[0]);
    expect(tables.flat().length).toBeGreaterThan(2);
    await expect(out).toMatchFileSnapshot(`golden/show/${name}.md`);
  });

  it('yaml and json', async () => {
    await expect(showYaml(entry, options(80))).toMatchFileSnapshot(`golden/show/${name}.yaml`);
    await expect(showJson(entry, { ...options(80), sections: ['header', 'attitudes'] })).toMatchFileSnapshot(
      `golden/show/${name}.header-attitudes.json`,
    );
  });
});

describe('show formats', () => {
  it('loads one formatter per --format name, each giving what the module\'s pure function gives', async () => {
    const { SHOW_FORMAT_NAMES } = await import('../src/cli/commands/show.js');
    expect(Object.keys(SHOW_FORMATS)).toEqual([...SHOW_FORMAT_NAMES]); // --format's choices are the map's keys
    const entry = entries['IIS3512-001v3'];
    const rc = makeRenderContext({ width: 80 });
    const o = { sections: SECTIONS, width: 80, border: 'unicode' as const, style: PLAIN };
    for (const [name, f] of [['text', showText], ['markdown', showMarkdown], ['json', showJson], ['yaml', showYaml]] as const) {
      expect((await SHOW_FORMATS[name]()).format({ entry, sections: SECTIONS }, rc)).toBe(f(entry, o));
    }
  });
});

const rows = listRows((await bundled.all()).entries, { allVersions: true });

describe('list', () => {
  it.each([
    [140, 'unicode', 'zh-Hant'],
    [80, 'ascii', 'zh-Hant'],
    [60, 'unicode', 'en'],
  ] as const)('text at %i columns, %s borders, %s', async (width, border, lang) => {
    const out = listText.format({ rows }, makeRenderContext({ width, border, lang })) as string;
    for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
    await expect(out).toMatchFileSnapshot(`golden/list/all.w${width}.${border}.${lang}.txt`);
  });
  it('text to a pipe: one line per record', async () => {
    const out = listText.format({ rows }, makeRenderContext({ fit: false })) as string;
    expect(out.split('\n').filter((l) => l.includes('IIS3512-001v3'))).toHaveLength(1);
    await expect(out).toMatchFileSnapshot('golden/list/all.lines.txt');
  });
  it('markdown, csv and json', async () => {
    await expect(listMarkdown.format({ rows }, makeRenderContext())).toMatchFileSnapshot('golden/list/all.md');
    await expect(listCsvFormatter.format({ rows }, makeRenderContext())).toMatchFileSnapshot('golden/list/all.csv');
    await expect(listCsvFormatter.format({ rows }, makeRenderContext({ lang: 'en' }))).toMatchFileSnapshot('golden/list/all.en.csv');
    await expect(listJsonFormatter.format({ rows }, makeRenderContext())).toMatchFileSnapshot('golden/list/all.json');
  });
});

describe('validate formats', async () => {
  const { validate } = await import('../src/rules/validate.js');
  const { FINDINGS_FORMATS } = await import('../src/formatters/findings/index.js');
  const result = await validate({
    inputs: [`${FIXTURES}rules/duplicate-code`, `${FIXTURES}rules/code-gap`, `${FIXTURES}rules/cjk-space`, `${FIXTURES}bad/not-yaml.yaml`],
    cwd: ROOT,
    configDir: ROOT,
    ruleFlags: [],
    jobs: 1,
  });
  // junit and sarif: test/ci-formats.test.ts (a fixed time, host and repository root).
  it.each(['text', 'json', 'github'] as const)('%s, in Chinese and in English', async (format) => {
    const f = await FINDINGS_FORMATS[format]();
    for (const lang of ['zh-Hant', 'en'] as const) {
      const out = (await f.format(result, makeRenderContext({ lang }))) as string;
      const ext = format === 'json' ? 'json' : 'txt';
      await expect(out).toMatchFileSnapshot(`golden/validate/findings.${format}.${lang}.${ext}`);
    }
  });
});

describe('export formats', async () => {
  const { matrixTables, attitudeTable, taskTable } = await import('../src/matrix/tables.js');
  const { tableCsv } = await import('../src/formatters/export/csv.js');
  const { tablesMarkdown } = await import('../src/formatters/export/markdown.js');
  const { tablesXlsx } = await import('../src/formatters/export/xlsx.js');
  const XLSX = await import('@e965/xlsx');
  const published = [entries['IIS3512-001v3'], entries['ABC1234-001v2']].filter((e) => e.kind === 'published');
  const csv = { bom: true, delimiter: ',', formulaGuard: true };

  it.each([
    ['wide.zh.csv', () => tableCsv(matrixTables(published, 'all', 'wide', 'zh', false)[0]!, csv)],
    ['long.en.csv', () => tableCsv(matrixTables(published, 'all', 'long', 'en', false)[0]!, { ...csv, bom: false })],
    ['attitudes.csv', () => tableCsv(attitudeTable(published, 'zh'), csv)],
    ['all.md', () => tablesMarkdown('matrices', [...matrixTables(published, 'all', 'wide', 'zh', true), attitudeTable(published, 'zh'), taskTable(published, 'zh')])],
  ])('%s', async (name, make) => {
    await expect(make()).toMatchFileSnapshot(`golden/export/${name}`);
  });

  it('xlsx, as an independent reader reads it back', async () => {
    const book = XLSX.read(await tablesXlsx([...matrixTables(published, 'all', 'wide', 'zh', true), taskTable(published, 'zh')]));
    const cells = Object.fromEntries(book.SheetNames.map((n) => [n, XLSX.utils.sheet_to_json(book.Sheets[n]!, { header: 1, defval: '' })]));
    await expect(`${JSON.stringify(cells, null, 1)}\n`).toMatchFileSnapshot('golden/export/workbook.json');
  });
});
