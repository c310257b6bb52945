// compstd import on the four real documents: each imports, validates without errors of its own
// making, and keeps every text and code; the two founding documents give the bundled files exactly.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { importDocument } from '../src/import/index.js';
import type { Standard } from '../src/model/schema.js';
import { codedTexts, documentItems, recall } from './import-helpers.js';
import { FIXTURES, ROOT } from './helpers.js';

const icap = (code: string) => readFileSync(`${FIXTURES}icap/${code}.txt`, 'utf8');

describe('the founding documents import to the bundled files, byte for byte', () => {
  it.each([
    ['IIS3512-001v3', 'standards/IIS3512-001/v3.yaml'],
    ['IDC3512-002v2', 'standards/IDC3512-002/v2.yaml'],
  ])('%s', (code, path) => {
    const { yaml, report } = importDocument(icap(code), `${code}.txt`);
    expect(yaml).toBe(readFileSync(`${ROOT}${path}`, 'utf8'));
    expect(report.findings).toEqual([]);
  });
});

describe('the other real documents', () => {
  it('LPS5404-001v3 holds the data of its hand transcription; validate reports only its published defects', () => {
    const { standard, report } = importDocument(icap('LPS5404-001v3'), 'LPS5404-001v3.txt');
    expect(standard).toEqual(parse(readFileSync(`${FIXTURES}real/LPS5404-001/v3.yaml`, 'utf8')));
    // P1.1.2 printed under T1.2: a defect of the original, kept as published.
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.findings.map((f) => `${f.ruleId}:${f.severity}`).sort()).toEqual(['published-code-gap:info', 'published-code-hierarchy:warning', 'published-duplicate-code:warning']);
  });

  it('SET3115-001v5 (old numbering) gives its checked fixture, and validate finds nothing', () => {
    const { yaml, report } = importDocument(icap('SET3115-001v5'), 'SET3115-001v5.txt');
    expect(yaml).toBe(readFileSync(`${FIXTURES}real/SET3115-001/v5.yaml`, 'utf8'));
    expect(report.findings).toEqual([]);
    const s = parse(yaml) as Standard;
    expect(s.duties.map((d) => d.tasks.length)).toEqual([5, 6, 4, 3, 4]);
    expect(s.duties.every((d) => d.shared !== undefined)).toBe(true);
    expect(s.duties[1]!.tasks[4]!.title).toBe('規劃介面定義與系統整合');
    expect(s.duties[0]!.shared!.rows[0]!.knowledge[1]).toEqual({ code: 'K02', tasks: ['T1.1', 'T1.5'] });
  });
});

describe.each(['IIS3512-001v3', 'IDC3512-002v2', 'LPS5404-001v3', 'SET3115-001v5'])('%s round-trips', (code) => {
  const text = icap(code);
  const { standard } = importDocument(text, `${code}.txt`);

  it('holds every cell and coded text of the document', () => {
    const items = documentItems(text);
    const { missing } = recall(standard, items);
    // SET3115-001v5: the copy printed 「合」 (the end of T2.5's title) after T2.6's; both are repaired.
    expect(missing).toEqual(code === 'SET3115-001v5' ? ['T2.5 規劃介面定義與系統整', 'T2.6 訂定軟體驗證標準表合'] : []);
  });

  it('holds no code that the document does not have', () => {
    const inSource = new Set([...text.matchAll(/(?<![A-Za-z0-9【])([TOPKSA][0-9]{1,2}(?:\.[0-9]+)*)(?![0-9])/g)].map((m) => m[1]));
    expect([...codedTexts(standard).keys()].filter((c) => !inSource.has(c))).toEqual([]);
  });

  it('validates without errors (defects of the original are warnings)', () => {
    const { report } = importDocument(text, `${code}.txt`);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
