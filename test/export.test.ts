// compstd export end to end: the matrix in CSV (parsed back cell for cell), Markdown (parsed),
// XLSX (read back by an independent reader), JSON/YAML; formula injection; atomic writes.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import * as XLSX from '@e965/xlsx';
import { unzipSync, strFromU8 } from 'fflate';
import type { Standard } from '../src/model/schema.js';
import { compstd, FIXTURES, ROOT } from './helpers.js';

const IIS = parseYaml(readFileSync(`${ROOT}standards/IIS3512-001/v3.yaml`, 'utf8')) as Standard;
const tmp = () => mkdtempSync(join(tmpdir(), 'compstd-export-'));

/** The K and S codes each task row of a standard needs, from the data itself. */
function needs(s: Standard): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const d of s.duties) for (const t of d.tasks) for (const r of t.rows) m.set(t.code, new Set([...r.knowledge, ...r.skills].map(String)));
  return m;
}

describe('export CSV', () => {
  it('writes a BOM-prefixed matrix of IIS3512-001v3: K01–K09, S01–S09 × T1.1, T1.2, T2.1, T2.2, cell for cell', () => {
    const dir = tmp();
    const r = compstd(['export', 'IIS3512-001v3', '--format', 'csv', '-o', 'm.csv'], { cwd: dir });
    expect(r.code).toBe(0);
    const bytes = readFileSync(join(dir, 'm.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'), { bom: true }) as string[][];
    const header = rows[0]!;
    const codes = header.slice(5).map((h) => h.split(' ')[0]);
    expect(codes).toEqual([...Array.from({ length: 9 }, (_, i) => `K0${i + 1}`), ...Array.from({ length: 9 }, (_, i) => `S0${i + 1}`)]);
    expect(header.slice(0, 5)).toEqual(['職責代碼', '主要職責', '任務代碼', '工作任務', '職能級別']);
    expect(header[5]).toBe('K01 資訊技術現況與發展趨勢');
    expect(rows.slice(1).map((row) => row[2])).toEqual(['T1.1', 'T1.2', 'T2.1', 'T2.2']);
    expect(rows[1]!.slice(0, 4)).toEqual(['T1', '雲端系統環境檢視', 'T1.1', '辨識現有系統環境架構']);
    const want = needs(IIS);
    for (const row of rows.slice(1)) {
      const task = row[2]!;
      expect(row[4]).toBe(task === 'T2.2' ? '3' : '2');
      codes.forEach((code, i) => expect(row[5 + i], `${task} ${code}`).toBe(want.get(task)!.has(code!) ? '●' : ''));
    }
  });

  it('neutralises a cell that would run as a formula', () => {
    const dir = tmp();
    const text = readFileSync(`${FIXTURES}rules/clean/ABC1234-001/v2.yaml`, 'utf8').replace('title: 撰寫測試計畫', 'title: \'=HYPERLINK("http://x")\'');
    writeFileSync(join(dir, 'v2.yaml'), text);
    const rows = parseCsv(compstd(['export', join(dir, 'v2.yaml'), '--format', 'csv']).stdout, { bom: true }) as string[][];
    expect(rows[1]![3]).toBe('\'=HYPERLINK("http://x")');
    const long = parseCsv(compstd(['export', join(dir, 'v2.yaml'), '--layout', 'long', '--format', 'csv']).stdout, { bom: true }) as string[][];
    expect(long[1]![4]).toBe('\'=HYPERLINK("http://x")');
    const plain = parseCsv(compstd(['export', join(dir, 'v2.yaml'), '--no-formula-guard']).stdout, { bom: true }) as string[][];
    expect(plain[1]![3]).toBe('=HYPERLINK("http://x")');
    const att = readFileSync(`${FIXTURES}rules/clean/ABC1234-001/v2.yaml`, 'utf8').replace('name: 謹慎細心', 'name: \'=HYPERLINK("http://x")\'');
    writeFileSync(join(dir, 'att.yaml'), att);
    const a = parseCsv(compstd(['export', join(dir, 'att.yaml'), '--matrix', 'attitudes']).stdout, { bom: true }) as string[][];
    expect(a[1]).toEqual(['A01', '\'=HYPERLINK("http://x")', '對於任務的執行過程，能謹慎考量及處理所有細節。']);
    const raw = parseCsv(compstd(['export', join(dir, 'att.yaml'), '--matrix', 'attitudes', '--no-formula-guard']).stdout, { bom: true }) as string[][];
    expect(raw[1]![1]).toBe('=HYPERLINK("http://x")');
  });

  it('long layout, English labels, no BOM, another delimiter', () => {
    const out = compstd(['export', 'IDC3512-002v2', '--layout', 'long', '--lang', 'en', '--no-bom', '--delimiter', ';']).stdout;
    expect(out.charCodeAt(0)).not.toBe(0xfeff);
    const rows = parseCsv(out, { delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual(['Standard', 'Duty code', 'Duty', 'Task code', 'Task', 'Level', 'Type', 'Code', 'Name']);
    // T2.1 holds the row continued after the page break: K06, K07 and S04 are its own.
    const t21 = rows.filter((r) => r[3] === 'T2.1').map((r) => r[7]);
    expect(t21).toEqual(['K03', 'K05', 'K06', 'K07', 'S01', 'S02', 'S04']);
  });

  it('several standards and --all make one file with a standard column', () => {
    const rows = parseCsv(compstd(['export', '--all', '--layout', 'long']).stdout, { bom: true }) as string[][];
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(['IDC3512-002v2', 'IIS3512-001v3']));
    const wide = parseCsv(compstd(['export', 'IIS3512-001', 'IDC3512-002']).stdout, { bom: true }) as string[][];
    expect(wide[0]![0]).toBe('職能基準代碼');
    expect(wide[0]).toContain('IDC3512-002v2 K10 客戶導向及服務');
  });
});

describe('export Markdown, JSON, YAML', () => {
  it('markdown tables have as many cells on every row as in their header', () => {
    const out = compstd(['export', 'IDC3512-002v2', '--format', 'markdown']).stdout;
    const tokens = new MarkdownIt().parse(out, {});
    let cells = 0;
    let header = -1;
    let tables = 0;
    for (const t of tokens) {
      if (t.type === 'table_open') {
        header = -1;
        tables++;
      }
      if (t.type === 'tr_open') cells = 0;
      if (t.type === 'th_open' || t.type === 'td_open') cells++;
      if (t.type === 'tr_close') {
        if (header < 0) header = cells;
        else expect(cells).toBe(header);
      }
    }
    expect(tables).toBe(4); // knowledge and skills matrices, attitudes, the task table
  });

  it('json and yaml are the whole standard', () => {
    expect(JSON.parse(compstd(['export', 'IIS3512-001v3', '--format', 'json']).stdout)).toEqual(IIS);
    expect(parseYaml(compstd(['export', 'IIS3512-001v3', '--format', 'yaml']).stdout)).toEqual(IIS);
    expect(JSON.parse(compstd(['export', '--all', '--format', 'json']).stdout)).toHaveLength(2);
  });
});

describe('export XLSX', () => {
  it('reads back with the same cells, a frozen header and CJK-wide columns', () => {
    const dir = tmp();
    expect(compstd(['export', 'IIS3512-001v3', '-o', 'm.xlsx'], { cwd: dir }).code).toBe(0);
    const bytes = readFileSync(join(dir, 'm.xlsx'));
    const book = XLSX.read(bytes);
    expect(book.SheetNames).toEqual(['知識矩陣', '技能矩陣', '態度', '工作任務']);
    const k = XLSX.utils.sheet_to_json<string[]>(book.Sheets['知識矩陣']!, { header: 1, defval: '' });
    const csv = parseCsv(compstd(['export', 'IIS3512-001v3', '--matrix', 'knowledge']).stdout, { bom: true }) as string[][];
    expect(k.map((r) => r.map(String))).toEqual(csv);
    const tasks = XLSX.utils.sheet_to_json<string[]>(book.Sheets['工作任務']!, { header: 1, defval: '' });
    expect(tasks[1]![3]).toBe('P1.1.1 依使用者反映的問題，檢視並確認使用者現有系統環境。\nP1.1.2 依檢視結果完成系統環境確認書。');
    const files = unzipSync(new Uint8Array(bytes));
    const sheet1 = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet1).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    const widths = [...sheet1.matchAll(/<col [^>]*width="([0-9.]+)"/g)].map((m) => Number(m[1]));
    // 「雲端系統環境檢視」: 8 CJK characters, 16 columns of display width, and a margin.
    expect(widths[1]).toBe(18);
    expect(widths[0]).toBeLessThanOrEqual(10); // duty codes (T1): as wide as the header 職責代碼
    expect(widths[4]).toBeLessThan(12); // the level column
    // Printed: every sheet one page wide, its header row on every page, the wide matrix landscape.
    for (const [i, name] of book.SheetNames.entries()) {
      const xml = strFromU8(files[`xl/worksheets/sheet${i + 1}.xml`]!);
      expect(xml, name).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
      expect(xml, name).toMatch(/<pageSetup [^>]*fitToWidth="1" fitToHeight="0"/);
      expect(strFromU8(files['xl/workbook.xml']!)).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${name}'!$1:$1</definedName>`);
    }
    expect(sheet1).toMatch(/orientation="landscape"/);
  });

  it('needs a file', () => {
    expect(compstd(['export', 'IIS3512-001v3', '--format', 'xlsx']).code).toBe(2);
  });
});

describe('export writes whole or not at all', () => {
  it('replaces an existing file only by a complete one, and leaves no temporary file', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'm.csv'), 'old');
    expect(compstd(['export', 'NOPE1234-001v1', '-o', 'm.csv'], { cwd: dir }).code).toBe(2);
    expect(readFileSync(join(dir, 'm.csv'), 'utf8')).toBe('old');
    expect(compstd(['export', 'IIS3512-001v2', '-o', 'm.csv'], { cwd: dir }).code).toBe(2);
    expect(compstd(['export', 'IIS3512-001v3', '-o', 'm.csv', '--matrix', 'everything'], { cwd: dir }).code).toBe(2);
    expect(readFileSync(join(dir, 'm.csv'), 'utf8')).toBe('old');
    expect(compstd(['export', 'IIS3512-001v3', '-o', 'm.csv'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'm.csv'), 'utf8')).toContain('K09');
    expect(readdirSync(dir)).toEqual(['m.csv']);
  });

  it('exits 2 and writes nothing into a folder that does not exist', () => {
    const dir = tmp();
    const r = compstd(['export', 'IIS3512-001v3', '-o', 'no/such/m.csv'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('compstd: 無法寫入 no/such/m.csv：沒有這個檔案或資料夾\n');
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });
});
