import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { CourseMapping } from '../model/course.js';
import type { Standard } from '../model/schema.js';
import { coverage } from './coverage.js';
import { impact, migrate } from './impact.js';
import { mappingFromGrid, templateGrid } from './template.js';
import { courseYaml } from './serialize.js';
import type { StandardDiff } from '../diff/types.js';

const root = new URL('../../', import.meta.url);
const v3 = parse(readFileSync(new URL('standards/IIS3512-001/v3.yaml', root), 'utf8')) as Standard;
const example = parse(readFileSync(new URL('docs/examples/IIS3512-001v3.course.yaml', root), 'utf8')) as CourseMapping;
const label = (id: string) => id;

describe('coverage', () => {
  it('puts gaps first and counts per kind', () => {
    const one: CourseMapping = { course: { title: 't', provider: 'p' }, standard: 'IIS3512-001v3', units: [{ id: 'A', title: 'a', knowledge: ['K02'] }] };
    const c = coverage(one, v3);
    expect(c.items.at(-1)).toEqual({ kind: 'knowledge', code: 'K02', name: '雲端產品概念', units: ['A'] });
    expect(c.kinds.find((k) => k.kind === 'knowledge')).toEqual({ kind: 'knowledge', covered: 1, total: 9, percent: 11.1 });
    expect(c.total).toEqual({ covered: 1, total: 28, percent: 3.5 });
  });
});

describe('template', () => {
  it('a grid written from a mapping reads back as that mapping', () => {
    const { rows } = templateGrid(v3, label, example);
    expect(mappingFromGrid(rows)?.mapping).toEqual(example);
  });

  it('an empty template reads back as no unit; any mark counts, 0 and - do not', () => {
    const { rows } = templateGrid(v3, label);
    const header = rows[5]!;
    rows[7]![1] = '單元一';
    rows[7]![header.indexOf('K01')] = 'x';
    rows[7]![header.indexOf('K02')] = '0';
    rows[7]![header.indexOf('S01')] = '✓';
    const read = mappingFromGrid(rows)!;
    expect(read.mapping.units).toEqual([{ id: 'U1', title: '單元一', knowledge: ['K01'], skills: ['S01'] }]);
  });

  it('is not a template without a standard code in row 1', () => {
    expect(mappingFromGrid([['a', 'b'], ['K01']])).toBeUndefined();
  });
});

describe('impact and migrate', () => {
  const diff: StandardDiff = {
    from: 'IIS3512-001v3',
    to: 'IIS3512-001v4',
    classification: 'not-equivalent',
    summary: { major: 1, minor: 0, patch: 1 },
    sides: {} as StandardDiff['sides'],
    titles: {},
    changes: [
      { kind: 'renumbered', element: 'knowledge', code: 'K10', fromCode: 'K09', toCode: 'K10', severity: 'patch' },
      { kind: 'removed', element: 'skill', code: 'S06', severity: 'major' },
    ],
  };
  it('sorts what needs a person first and names the units', () => {
    const i = impact(example, diff);
    expect(i.items.map((x) => [x.action, x.units])).toEqual([
      ['review', ['U4']],
      ['migrate', ['U5']],
    ]);
  });

  it('migrates the renumbered code and takes the removed one out for review', () => {
    const all = (k: string[]) => new Set(k);
    const codes = { tasks: all(['T1.1', 'T1.2', 'T2.1', 'T2.2']), knowledge: all(['K01', 'K02', 'K03', 'K04', 'K05', 'K06', 'K07', 'K08', 'K09']), skills: all(['S01', 'S02', 'S03', 'S04', 'S05', 'S06', 'S07', 'S08', 'S09']), attitudes: all(['A01', 'A02', 'A03', 'A04', 'A05', 'A06']) };
    const next = { ...codes, knowledge: all([...codes.knowledge].map((c) => (c === 'K09' ? 'K10' : c))), skills: all([...codes.skills].filter((c) => c !== 'S06')) };
    const m = migrate(example, diff, next, codes);
    expect(m.mapping.standard).toBe('IIS3512-001v4');
    expect(m.renamed).toEqual([{ unit: 'U5', kind: 'knowledge', from: 'K09', to: 'K10' }]);
    expect(m.review).toEqual([{ unit: 'U4', index: 3, kind: 'skills', code: 'S06', reason: 'removed' }]);
    const text = courseYaml(m.mapping, { comments: new Map([[3, ['review S06']]]) });
    expect(text).toContain('  # review S06\n  - id: U4');
    expect(parse(text)).toEqual(m.mapping);
  });
});
