import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadStandardFile } from '../load/read.js';
import type { Standard } from '../model/schema.js';
import { diffStandards } from './diff.js';
import { classify } from './classify.js';
import type { Change } from './types.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const load = (path: string): Standard => {
  const f = loadStandardFile(`${ROOT}${path}`);
  if (!f.standard) throw new Error(`${path}: ${JSON.stringify(f.findings)}`);
  return f.standard;
};
const IIS = load('standards/IIS3512-001/v3.yaml');
const IDC = load('standards/IDC3512-002/v2.yaml');
const LPS = load('test/fixtures/real/LPS5404-001/v3.yaml');
const fixture = (name: string) => load(`test/fixtures/diff/${name}.yaml`);

/** A change as a short line: kind element code [from→to] severity. */
const brief = (c: Change) =>
  [c.kind, c.element, c.field, c.fromCode !== undefined ? `${c.fromCode}→${c.toCode}` : c.code, c.target, c.severity].filter((x) => x !== undefined).join(' ');

describe('diff of the derived version pairs (test/fixtures/diff, from make.mjs)', () => {
  it.each([
    ['reworded-knowledge', IIS, ['modified knowledge K03 patch']],
    ['swapped-knowledge', IIS, ['renumbered knowledge K05→K04 patch', 'renumbered knowledge K04→K05 patch']],
    ['added-task', IIS, ['added task T2.3 minor']],
    ['removed-knowledge', IIS, ['renumbered knowledge K07→K06 patch', 'renumbered knowledge K08→K07 patch', 'renumbered knowledge K09→K08 patch', 'removed knowledge K06 major']],
    ['level-changed', IIS, ['modified level T1.1 major']],
    [
      'moved-task',
      IIS,
      [
        'moved task T1.2→T2.1 patch',
        'renumbered output O1.2.1→O2.1.1 patch',
        'renumbered output O1.2.2→O2.1.2 patch',
        'renumbered indicator P1.2.1→P2.1.1 patch',
        'renumbered indicator P1.2.2→P2.1.2 patch',
        'renumbered task T2.1→T2.2 patch',
        'renumbered indicator P2.1.1→P2.2.1 patch',
        'renumbered task T2.2→T2.3 patch',
        'renumbered output O2.2.1→O2.3.1 patch',
        'renumbered output O2.2.2→O2.3.2 patch',
        'renumbered indicator P2.2.1→P2.3.1 patch',
        'renumbered indicator P2.2.2→P2.3.2 patch',
        'renumbered indicator P2.2.3→P2.3.3 patch',
        'renumbered indicator P2.2.4→P2.3.4 patch',
      ],
    ],
    ['links', IIS, ['added link T1.2 K01 minor', 'removed link T2.2 S02 major']],
    [
      'header-attitudes-notes',
      IIS,
      [
        'added header industries J6201 minor',
        'modified header description major'.replace('major', 'patch'),
        'modified header level major',
        'modified attitude definition A04 patch',
        'added attitude A07 minor',
        'modified note qualifications patch',
        'removed note other major',
      ],
    ],
    ['indicators-outputs', IIS, ['modified indicator P1.1.2 patch', 'added indicator P1.1.3 minor', 'moved output O1.2.2→O2.1.1 patch', 'removed indicator P2.2.4 major']],
    [
      'mixed-idc',
      IDC,
      ['modified duty T1 patch', 'modified level T1.1 major', 'added task T2.4 minor', 'renumbered knowledge K02→K01 patch', 'renumbered knowledge K01→K02 patch', 'removed skill S11 major'],
    ],
  ] as const)('%s', (name, from, expected) => {
    const changes = diffStandards(from, fixture(name));
    expect(changes.map(brief)).toEqual(expected);
  });

  it('a reworded K is one `modified` with its text before and after; equivalent', () => {
    const changes = diffStandards(IIS, fixture('reworded-knowledge'));
    expect(changes).toEqual([{ kind: 'modified', element: 'knowledge', code: 'K03', before: '系統環境概念', after: '系統環境架構概念', severity: 'patch' }]);
    expect(classify(changes, true)).toBe('equivalent');
  });

  it('two K codes swapped throughout: only `renumbered`, equivalent', () => {
    const changes = diffStandards(IIS, fixture('swapped-knowledge'));
    expect(new Set(changes.map((c) => c.kind))).toEqual(new Set(['renumbered']));
    expect(classify(changes, true)).toBe('equivalent');
  });

  it('a removed K names the tasks that used it, and its links are not listed again', () => {
    const changes = diffStandards(IIS, fixture('removed-knowledge'));
    expect(changes.find((c) => c.kind === 'removed')).toMatchObject({ code: 'K06', before: '職業安全與衛生相關規範', tasks: ['T1.1', 'T1.2', 'T2.1', 'T2.2'] });
    expect(changes.some((c) => c.element === 'link')).toBe(false);
  });

  it('a moved task keeps where it came from and where it went', () => {
    const moved = diffStandards(IIS, fixture('moved-task')).find((c) => c.kind === 'moved');
    expect(moved).toMatchObject({ element: 'task', fromCode: 'T1.2', toCode: 'T2.1', fromParent: 'T1', toParent: 'T2', duty: 'T2', task: 'T2.1' });
  });

  it('the reverse diff mirrors: added ↔ removed, from ↔ to', () => {
    for (const name of ['added-task', 'indicators-outputs', 'mixed-idc', 'header-attitudes-notes', 'links']) {
      const b = fixture(name);
      const a = name === 'mixed-idc' ? IDC : IIS;
      const fwd = diffStandards(a, b).map(mirror).map(brief).sort();
      const back = diffStandards(b, a).map(brief).sort();
      expect(back, name).toEqual(fwd);
    }
  });

  it('a standard against itself has no changes (each real one)', () => {
    for (const s of [IIS, IDC, LPS]) expect(diffStandards(s, structuredClone(s))).toEqual([]);
  });

  it('order within lists is not a change', () => {
    const b = structuredClone(IIS);
    b.knowledge.reverse();
    b.attitudes.reverse();
    b.duties[0]!.tasks[0]!.rows[0]!.knowledge.reverse();
    b.notes.other.reverse();
    expect(diffStandards(IIS, b)).toEqual([]);
  });

  it('a duty reworded beyond recognition is still the duty holding the same tasks', () => {
    const b = structuredClone(IIS);
    b.duties[1]!.title = '用戶端技術協助';
    expect(diffStandards(IIS, b).map(brief)).toEqual(['modified duty T2 patch']);
  });

  it('old numbering (a shared row, tagged K): a tag dropped is one link removed from that task', () => {
    const shared = loadStandardFile(`${ROOT}test/fixtures/catalog-mixed/ABC1234-001/v2.yaml`).standard!;
    const b = structuredClone(shared);
    const duty = b.duties.find((d) => d.shared)!;
    const ref = duty.shared!.rows.flatMap((r) => r.knowledge).find((k) => typeof k !== 'string' && (k.tasks?.length ?? 0) > 1);
    expect(ref).toBeDefined();
    if (typeof ref === 'string' || !ref) return;
    const dropped = ref.tasks!.pop()!;
    expect(diffStandards(shared, b).map(brief)).toEqual([`removed link ${dropped} ${ref.code} major`]);
  });
});

/** The change diff(b, a) should have for a change of diff(a, b). */
function mirror(c: Change): Change {
  const m: Change = { ...c };
  const kind = c.kind === 'added' ? 'removed' : c.kind === 'removed' ? 'added' : c.kind;
  m.kind = kind;
  if (c.fromCode !== undefined) {
    m.fromCode = c.toCode;
    m.toCode = c.fromCode;
    m.code = c.fromCode;
  }
  m.severity = kind === 'removed' ? 'major' : kind === 'added' ? 'minor' : c.element === 'level' || c.field === 'level' ? 'major' : 'patch';
  return m;
}

// ---------------------------------------------------------------------------------------------
// Property tests: random standards built from real vocabulary.

const WORDS = ['雲端', '系統', '環境', '資料', '分析', '監控', '訊號', '維運', '紀錄', '測試', '服務', '客戶', '安全', '規範', '網路', '平台', '品質', '管理', '程序', '設備'];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 5 }).map((ws) => ws.join(''));
/** `n` distinct texts. */
const texts = (min: number, max: number) => fc.uniqueArray(text, { minLength: min, maxLength: max });

const standardArb: fc.Arbitrary<Standard> = fc
  .record({
    k: texts(1, 8),
    s: texts(1, 8),
    a: texts(0, 4),
    duties: fc.array(fc.record({ title: text, tasks: fc.array(fc.record({ title: text, outputs: texts(0, 2), indicators: texts(1, 3), level: fc.integer({ min: 1, max: 6 }) }), { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
    pick: fc.array(fc.nat(), { minLength: 16, maxLength: 16 }),
  })
  .map(({ k, s, a, duties, pick }) => {
    const code = (p: string, n: number) => `${p}${String(n + 1).padStart(2, '0')}`;
    // Texts of the table made unique across the standard, as an identity should be.
    const seen = new Set<string>();
    const unique = (t: string) => {
      let u = t;
      for (let n = 2; seen.has(u); n++) u = `${t}${n}`;
      seen.add(u);
      return u;
    };
    let p = 0;
    const refs = (list: string[], prefix: string) => list.map((_, n) => code(prefix, n)).filter((_, n) => (pick[(p++ + n) % pick.length]! + n) % 2 === 0);
    return {
      code: 'ABC1234-001v1',
      version: 1,
      name: '測試人員',
      nameKind: 'occupation',
      versions: [],
      categories: [],
      occupations: [],
      industries: [],
      description: '測試',
      level: 3,
      duties: duties.map((d, di) => ({
        code: `T${di + 1}`,
        title: unique(d.title),
        tasks: d.tasks.map((t, ti) => {
          const tc = `${di + 1}.${ti + 1}`;
          return {
            code: `T${tc}`,
            title: unique(t.title),
            outputs: t.outputs.map((o, n) => ({ code: `O${tc}.${n + 1}`, text: unique(o) })),
            rows: [{ level: t.level, indicators: t.indicators.map((x, n) => ({ code: `P${tc}.${n + 1}`, text: unique(x) })), knowledge: refs(k, 'K'), skills: refs(s, 'S') }],
          };
        }),
      })),
      knowledge: k.map((name, n) => ({ code: code('K', n), name })),
      skills: s.map((name, n) => ({ code: code('S', n), name })),
      attitudes: a.map((name, n) => ({ code: code('A', n), name })),
      notes: { qualifications: [], other: [] },
    } satisfies Standard;
  });

/** A random edit of a standard: reword, drop, add or re-level things. */
const editedArb = standardArb.chain((a) =>
  fc
    .record({ drop: fc.nat(), reword: fc.nat(), add: fc.boolean(), level: fc.boolean(), which: fc.nat() })
    .map(({ drop, reword, add, level, which }) => {
      const b = structuredClone(a);
      const tasks = b.duties.flatMap((d) => d.tasks);
      const t = tasks[which % tasks.length]!;
      if (b.knowledge.length > 1) {
        const gone = b.knowledge.splice(drop % b.knowledge.length, 1)[0]!;
        for (const x of tasks) for (const r of x.rows) r.knowledge = r.knowledge.filter((c) => c !== gone.code);
      }
      t.rows[0]!.indicators[reword % t.rows[0]!.indicators.length]!.text += '並回報';
      if (add) b.skills.push({ code: 'S99', name: '新增技能測試' });
      if (level) t.rows[0]!.level = ((t.rows[0]!.level ?? 1) % 6) + 1;
      return [a, b] as const;
    }),
);

describe('diff properties (fast-check)', () => {
  it('diff(a, a) has no changes', () => {
    fc.assert(fc.property(standardArb, (a) => diffStandards(a, structuredClone(a)).length === 0));
  });

  it('diff(b, a) mirrors diff(a, b): added ↔ removed, codes swapped', () => {
    fc.assert(
      fc.property(editedArb, ([a, b]) => {
        const fwd = diffStandards(a, b).map(mirror).map(brief).sort();
        const back = diffStandards(b, a).map(brief).sort();
        expect(back).toEqual(fwd);
      }),
    );
  });

  it('renaming every code consistently gives only `renumbered` changes, and equivalent', () => {
    fc.assert(
      fc.property(standardArb, fc.nat(), (a, seed) => {
        const b = structuredClone(a);
        // A permutation of each list's codes, and duties renumbered in reverse.
        const permute = <T extends { code: string }>(list: T[]) => {
          const codes = list.map((x) => x.code);
          const shift = codes.length > 0 ? seed % codes.length : 0;
          const map = new Map(codes.map((c, n) => [c, codes[(n + shift) % codes.length]!]));
          for (const x of list) x.code = map.get(x.code)!;
          return map;
        };
        const km = permute(b.knowledge);
        const sm = permute(b.skills);
        permute(b.attitudes);
        const nd = b.duties.length;
        for (const [di, d] of b.duties.entries()) {
          const to = nd - di;
          d.code = `T${to}`;
          for (const t of d.tasks) {
            const [, tn] = t.code.slice(1).split('.');
            t.code = `T${to}.${tn}`;
            for (const o of t.outputs) o.code = `O${to}.${tn}.${o.code.split('.')[2]}`;
            for (const r of t.rows) {
              for (const p of r.indicators) p.code = `P${to}.${tn}.${p.code.split('.')[2]}`;
              r.knowledge = r.knowledge.map((c) => km.get(c as string)!);
              r.skills = r.skills.map((c) => sm.get(c as string)!);
            }
          }
        }
        const changes = diffStandards(a, b);
        expect(changes.every((c) => c.kind === 'renumbered')).toBe(true);
        expect(classify(changes, true)).toBe('equivalent');
      }),
    );
  });

  it('the matching stays near-linear: 1,000 tasks each side, every element found again', () => {
    const big = (shift: number): Standard => ({
      ...IIS,
      duties: Array.from({ length: 100 }, (_, d) => ({
        code: `T${d + 1}`,
        title: `職責${d}${WORDS[d % WORDS.length]}`,
        tasks: Array.from({ length: 10 }, (_, t) => ({
          code: `T${d + 1}.${t + 1 + shift}`,
          title: `任務${d}-${t}${WORDS[(d + t) % WORDS.length]}`,
          outputs: [{ code: `O${d + 1}.${t + 1}.1`, text: `產出${d}-${t}` }],
          rows: [{ level: 3, indicators: [{ code: `P${d + 1}.${t + 1}.1`, text: `指標${d}-${t}${WORDS[t % WORDS.length]}` }], knowledge: ['K01'], skills: ['S01'] }],
        })),
      })),
    });
    const changes = diffStandards(big(0), big(1));
    expect(changes.length).toBe(1000);
    expect(changes.every((c) => c.kind === 'renumbered' && c.element === 'task')).toBe(true);
  });
});

describe('a move is a move to another parent, and one line is one change', () => {
  const clone = (s: Standard): Standard => JSON.parse(JSON.stringify(s)) as Standard;

  it('a duty reworded beyond recognition keeps its tasks in place: no move from T1 to T1', () => {
    const b = clone(IIS);
    b.duties[0]!.title = '完全不同的職責名稱甲乙丙';
    b.duties[0]!.tasks[0]!.title = `${b.duties[0]!.tasks[0]!.title}並記錄`;
    const changes = diffStandards(IIS, b);
    expect(changes.filter((c) => c.kind === 'moved' && c.fromParent === c.toParent)).toEqual([]);
    expect(changes.filter((c) => c.kind === 'moved')).toEqual([]);
    const lines = changes.map((c) => `${c.element}:${c.code}`);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('a task moved to another duty and reworded is one change, moved, with its text before and after', () => {
    const b = clone(IIS);
    const [task] = b.duties[0]!.tasks.splice(1, 1);
    task!.title = `${task!.title}與追蹤`;
    b.duties[1]!.tasks.push(task!);
    const changes = diffStandards(IIS, b).filter((c) => c.element === 'task' && c.code === task!.code);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'moved', fromParent: 'T1', toParent: 'T2', before: IIS.duties[0]!.tasks[1]!.title, after: task!.title });
  });

  it('never, on random rewordings and moves of the real standards', () => {
    fc.assert(
      fc.property(fc.constantFrom(IIS, IDC, LPS), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 6 }), (s, edits) => {
        const b = clone(s);
        for (const [d, t, reword] of edits) {
          const duty = b.duties[d % b.duties.length]!;
          if (reword) duty.title = `改寫${d}`;
          else if (duty.tasks.length > 1) {
            const [task] = duty.tasks.splice(t % duty.tasks.length, 1);
            b.duties[(d + 1) % b.duties.length]!.tasks.push(task!);
          }
        }
        for (const c of diffStandards(s, b)) if (c.kind === 'moved') expect(c.fromParent).not.toBe(c.toParent);
      }),
      { numRuns: 60 },
    );
  });
});
