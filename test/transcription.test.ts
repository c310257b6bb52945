// The bundled standards hold every code and text of their published documents: each cell of
// the document text (test/fixtures/icap/*.txt, copied out of the PDFs) is found in the file —
// a coded text under its own code — once the repairs the file records are applied; and the file
// holds no code the document does not have.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Standard } from '../src/model/schema.js';
import { ROOT } from './helpers.js';
import { FORM_LABELS } from './import-helpers.js';

/** Cells that are labels of the printed form, not data. */
const LABELS = new Set(FORM_LABELS);

const CODE = /(?<![A-Za-z0-9])([TOPKSA][0-9]{1,2}(?:\.[0-9]+)*)(?![0-9])/g;

function cells(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^#+\s*/, '').replace(/^●\s*/, '').replace(/\*\*/g, '');
    if (/^\|?[-|\s]+\|?$/.test(line)) continue; // a markdown table's separator
    for (let cell of line.split(/\t|\|/)) {
      cell = cell.trim().replace(/^-\s+/, '');
      if (cell !== '' && !LABELS.has(cell)) out.push(cell);
    }
  }
  return out;
}

/** Splits a cell into its coded parts: 「K01 名稱 K02名稱」 → [[K01, 名稱], [K02, 名稱]]. */
function codedParts(cell: string): Array<[string, string]> | undefined {
  const starts = [...cell.matchAll(CODE)].map((m) => m.index);
  if (starts.length === 0 || starts[0] !== 0) return undefined;
  return starts.map((s, i) => {
    const part = cell.slice(s, starts[i + 1] ?? cell.length).trim();
    const code = /^[TOPKSA][0-9.]+/.exec(part)![0];
    return [code, part.slice(code.length).trim()];
  });
}

/** Every coded element of a standard with its text(s). */
function codedTexts(s: Standard): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (code: string, text: string) => map.set(code, (map.get(code) ?? new Set()).add(text));
  for (const d of s.duties) {
    add(d.code, d.title);
    for (const t of d.tasks) {
      add(t.code, t.title);
      for (const o of t.outputs) add(o.code, o.text);
      for (const r of t.rows) for (const p of r.indicators) add(p.code, p.text);
    }
  }
  for (const k of [...s.knowledge, ...s.skills]) add(k.code, k.name);
  for (const a of s.attitudes) add(a.code, a.definition === undefined ? a.name : `${a.name}：${a.definition}`);
  return map;
}

function scalars(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) scalars(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) scalars(v, out);
  else out.add(String(value));
  return out;
}

describe.each([
  ['IIS3512-001v3', 'standards/IIS3512-001/v3.yaml'],
  ['IDC3512-002v2', 'standards/IDC3512-002/v2.yaml'],
  // A third real standard, kept as a fixture: it has the defects validate must report.
  ['LPS5404-001v3', 'test/fixtures/real/LPS5404-001/v3.yaml'],
])('%s', (code, path) => {
  const source = readFileSync(`${ROOT}test/fixtures/icap/${code}.txt`, 'utf8');
  const standard = parse(readFileSync(`${ROOT}${path}`, 'utf8')) as Standard;
  const repaired = new Map((standard.repairs ?? []).filter((r) => r.before !== undefined).map((r) => [r.before!, r.after!]));
  const coded = codedTexts(standard);
  const values = scalars(standard);

  it('holds every cell of the document', () => {
    const missing: string[] = [];
    for (const cell of cells(source)) {
      const parts = codedParts(cell);
      if (parts) {
        for (const [c, text] of parts) {
          const want = repaired.get(text) ?? text;
          if (!coded.get(c)?.has(want)) missing.push(`${c} ${want}`);
        }
        continue;
      }
      const date = /^([0-9]{4})\/([0-9]{2})\/([0-9]{2})$/.exec(cell);
      const want = date ? `${date[1]}-${date[2]}-${date[3]}` : /^V[0-9]+$/.test(cell) ? cell.slice(1) : cell;
      if (!values.has(want) && !values.has(repaired.get(want) ?? want)) missing.push(cell);
    }
    expect(missing).toEqual([]);
  });

  it('holds no code that the document does not have', () => {
    const inSource = new Set([...source.matchAll(CODE)].map((m) => m[1]));
    expect([...coded.keys()].filter((c) => !inSource.has(c))).toEqual([]);
    expect(coded.size).toBe(inSource.size);
  });

  it('records a before/after for every text it repaired, and each before is in the document', () => {
    for (const r of standard.repairs ?? []) {
      if (r.kind === 'removed-space') {
        expect(source).toContain(r.before);
        expect(r.after).toBe(r.before!.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, ''));
        expect(coded.get(r.at)?.has(r.after!)).toBe(true);
      }
    }
  });
});

describe('IDC3512-002v2 page break', () => {
  it('gives the continuation row after the page break to T2.1', () => {
    const s = parse(readFileSync(`${ROOT}standards/IDC3512-002/v2.yaml`, 'utf8')) as Standard;
    const t21 = s.duties[1]!.tasks[0]!;
    expect(t21.code).toBe('T2.1');
    expect(t21.rows).toHaveLength(1);
    expect(t21.rows[0]!.knowledge).toEqual(['K03', 'K05', 'K06', 'K07']);
    expect(t21.rows[0]!.skills).toEqual(['S01', 'S02', 'S04']);
    expect(s.repairs?.find((r) => r.kind === 'merged-continuation-row')?.at).toBe('T2.1');
  });
});
