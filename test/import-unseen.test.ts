// The importer on documents it was not written against: new texts in both layouts with what real
// documents throw at it (FORMAT.md), and variants of the four real documents. Recall = the share
// of the expected texts and codes that the imported standard holds.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importDocument } from '../src/import/index.js';
import { documentItems, readExpected, recall } from './import-helpers.js';
import { FIXTURES } from './helpers.js';

const UNSEEN = `${FIXTURES}import/unseen/`;

// HBR5120-003v2 was written by a second engineer after the importer was done, and added unchanged
// (a blind test: all 57 expected texts and codes on first import).
describe.each(['MPP7412-005v2', 'TDL4321-001', 'HBR5120-003v2'])('unseen document %s', (name) => {
  const { standard, report } = importDocument(readFileSync(`${UNSEEN}${name}.txt`, 'utf8'), `${name}.txt`);
  const expected = readExpected(`${UNSEEN}${name}.expected.tsv`);

  it('holds at least 95% of its texts and codes', () => {
    const r = recall(standard, expected);
    expect(r.missing).toEqual([]);
    expect(r.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('the file loads (the schema holds); a transcription has no errors, the defects of the original are published defects', () => {
    expect(report.findings.filter((f) => f.ruleId === 'schema' || f.ruleId.startsWith('yaml'))).toEqual([]);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // MPP7412-005v2 prints a malformed code (S20.20); TDL4321-001 an empty version table.
    const published = name === 'MPP7412-005v2' ? ['published-element-code-format'] : name === 'TDL4321-001' ? ['published-version-table'] : [];
    for (const id of published) expect(report.findings.map((f) => f.ruleId)).toContain(id);
  });
});

describe('what the unseen documents exercise', () => {
  const mpp = importDocument(readFileSync(`${UNSEEN}MPP7412-005v2.txt`, 'utf8'), 'MPP.txt').standard;
  const tdl = importDocument(readFileSync(`${UNSEEN}TDL4321-001.txt`, 'utf8'), 'TDL.txt').standard;

  it('reads a shifted version table, v1 printed without v1, several 職類別 and 行業別 rows, a name filled in as 職類', () => {
    expect(mpp.versions.map((v) => [v.version, v.code, v.status, v.date])).toEqual([
      [2, 'MPP7412-005v2', 'current', '2023-06-30'],
      [1, 'MPP7412-005', 'historical', '2019-12-31'],
    ]);
    expect(mpp.nameKind).toBe('category');
    expect(mpp.categories).toHaveLength(2);
    expect(mpp.industries.map((i) => i.code)).toEqual(['C26', 'C2611']);
  });

  it('keeps a task with rows at two levels, and a continuation row after a repeated head', () => {
    const t12 = mpp.duties[0]!.tasks[1]!;
    expect(t12.rows.map((r) => r.level)).toEqual([3, 4]);
    const t21 = mpp.duties[1]!.tasks[0]!;
    expect(t21.rows).toHaveLength(1);
    expect(t21.rows[0]!.skills).toEqual(['S06', 'S20.20', 'S08']);
    expect(mpp.repairs?.some((r) => r.kind === 'merged-continuation-row' && r.at === 'T2.1')).toBe(true);
  });

  it('attitudes as bare names, 「無。」 as no qualifications', () => {
    expect(mpp.attitudes).toEqual([
      { code: 'A01', name: '主動積極' },
      { code: 'A02', name: '謹慎細心' },
      { code: 'A03', name: '團隊合作' },
      { code: 'A05', name: '持續學習' },
    ]);
    expect(mpp.notes.qualifications).toEqual([]);
  });

  it('an empty version table, the code without v1, old numbering with tags, a cut K name, wrapped attitudes', () => {
    expect(tdl.versions).toEqual([]);
    expect([tdl.code, tdl.version]).toEqual(['TDL4321-001v1', 1]);
    expect(tdl.duties[0]!.shared?.rows[0]!.knowledge.map((k) => (typeof k === 'string' ? k : k.code))).toEqual(['K01', 'K03', 'K02', 'K04']);
    expect(tdl.knowledge.find((k) => k.code === 'K08')?.name).toBe('倉儲管理系統概念與應用');
    expect(tdl.attitudes[0]!.definition).toBe('對於任務的執行過程，能謹慎考量及處理所有細節，精確地檢視每個程序，並持續對其保持高度關注。');
    expect(tdl.notes.other).toEqual([]);
  });
});

/** Variants of the real documents: the same data, copied differently. */
const REAL = ['IIS3512-001v3', 'IDC3512-002v2', 'LPS5404-001v3', 'SET3115-001v5'];

function tableLine(raw: string): boolean {
  return raw.trimStart().startsWith('|') || raw.includes('\t');
}

function cellsOf(raw: string): string[] {
  return raw.trimStart().startsWith('|') ? raw.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()) : raw.split('\t').map((c) => c.trim());
}

/** Pipe tables ↔ tab-separated cells. */
function switchLayout(text: string): string {
  return text
    .split('\n')
    .filter((l) => !/^\s*\|[-|\s:]+\|\s*$/.test(l))
    .map((l) => {
      if (!tableLine(l)) return l;
      const cells = cellsOf(l);
      return l.trimStart().startsWith('|') ? cells.join('\t') : `| ${cells.join(' | ')} |`;
    })
    .join('\n');
}

/** The task table's head repeated before every other row, as page breaks do. */
function pageBreaks(text: string): string {
  const lines = text.split('\n');
  const head = lines.find((l) => l.includes('主要職責') && l.includes('工作任務'))!;
  const out: string[] = [];
  let inTable = false;
  let n = 0;
  for (const l of lines) {
    if (l === head) inTable = true;
    else if (inTable && tableLine(l) && !/^\s*\|[-|\s:]+\|\s*$/.test(l) && /^\s*\|?\s*T[0-9]/.test(l) && n++ % 2 === 1) out.push('', head);
    else if (inTable && l.trim() === '' && out.at(-1)?.trim() !== '') inTable = !/職能內涵/.test(l);
    out.push(l);
  }
  return out.join('\n');
}

/** A line break inside cells: before every indicator after a cell's first, in pipe rows. */
function cellBreaks(text: string): string {
  return text
    .split('\n')
    .map((l) => (l.trimStart().startsWith('|') ? l.replace(/ (P[0-9]+\.[0-9]+\.[2-9])/g, '\n$1') : l))
    .join('\n');
}

describe.each(REAL)('variants of %s', (code) => {
  const text = readFileSync(`${FIXTURES}icap/${code}.txt`, 'utf8');
  const base = importDocument(text, `${code}.txt`).standard;
  const items = documentItems(text);
  const baseline = recall(base, items).recall;

  it('in the other layout: the same standard', () => {
    const { standard } = importDocument(switchLayout(text), `${code}.txt`);
    expect({ ...standard, repairs: [] }).toEqual({ ...base, repairs: [] });
  });

  it('with the task table head repeated by page breaks: the same standard', () => {
    const { standard } = importDocument(pageBreaks(text), `${code}.txt`);
    expect({ ...standard, repairs: [] }).toEqual({ ...base, repairs: [] });
  });

  it('with line breaks inside cells: the same texts and codes', () => {
    const varied = cellBreaks(text);
    const { standard } = importDocument(varied, `${code}.txt`);
    expect(recall(standard, items).recall).toBeGreaterThanOrEqual(Math.min(baseline, 0.95));
    expect(standard.duties).toEqual(base.duties);
  });
});
