// Property tests: no text crashes the importer. It either says what it expected (InputError) or
// gives a standard whose file passes the schema.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { importDocument } from '../src/import/index.js';
import { loadStandardText } from '../src/load/read.js';
import { InputError } from '../src/model/errors.js';
import { FIXTURES } from './helpers.js';

const REAL = ['IIS3512-001v3', 'IDC3512-002v2', 'LPS5404-001v3', 'SET3115-001v5'].map((c) => readFileSync(`${FIXTURES}icap/${c}.txt`, 'utf8'));

function check(text: string): void {
  try {
    const { yaml } = importDocument(text, 'doc.txt');
    const loaded = loadStandardText('X/v1.yaml', yaml);
    expect(loaded.findings.filter((f) => f.severity === 'error' && (f.ruleId === 'schema' || f.ruleId.startsWith('yaml')))).toEqual([]);
    expect(loaded.standard).toBeDefined();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.message).toMatch(/^doc\.txt:[0-9]+: /);
  }
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('shuffle' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('blank' as const), at: fc.nat(), cell: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string() }),
);

interface Mutation {
  kind: string;
  at: number;
  n?: number;
  to?: number;
  cell?: number;
  text?: string;
}

function mutate(text: string, ms: readonly Mutation[]): string {
  let lines = text.split('\n');
  for (const m of ms) {
    const at = m.at % Math.max(1, lines.length);
    if (m.kind === 'drop') lines.splice(at, m.n ?? 1);
    else if (m.kind === 'truncate') lines = lines.slice(0, at);
    else if (m.kind === 'shuffle') {
      const [l] = lines.splice(at, 1);
      lines.splice((m.to ?? 0) % Math.max(1, lines.length), 0, l ?? '');
    } else if (m.kind === 'blank') {
      const sep = lines[at]?.includes('\t') ? '\t' : '|';
      const cells = (lines[at] ?? '').split(sep);
      if (cells.length > 1) cells[(m.cell ?? 0) % cells.length] = sep === '|' ? ' ' : '';
      lines[at] = cells.join(sep);
    } else lines.splice(at, 0, m.text ?? '');
  }
  return lines.join('\n');
}

describe('import never crashes', () => {
  it('on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => check(s)), { numRuns: 300 });
  });

  it('on random table-like text', () => {
    const cell = fc.oneof(fc.constantFrom('主要職責', '工作任務', 'T1', 'T1.1 任務', 'P1.1.1 指標', 'K01 知識', 'S01', '3', '', '職能基準代碼', 'ABC1234-001v1', '職能內涵 (A=attitude 態度)', '說明與補充事項', 'A01 名稱：定義'), fc.string({ maxLength: 8 }));
    const row = fc.tuple(fc.constantFrom('|', '\t'), fc.array(cell, { maxLength: 8 })).map(([sep, cs]) => (sep === '|' ? `| ${cs.join(' | ')} |` : cs.join('\t')));
    fc.assert(fc.property(fc.array(row, { maxLength: 30 }), (rows) => check(rows.join('\n'))), { numRuns: 300 });
  });

  it('on real documents with lines dropped, truncated, shuffled, cells blanked or text inserted', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REAL), fc.array(mutation, { minLength: 1, maxLength: 4 }), (doc, ms) => check(mutate(doc, ms))),
      { numRuns: 400 },
    );
  });
});
