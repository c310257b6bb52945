// Real published standards, as published (issue 12): each defect class seen in real documents is
// planted in a real document (test/fixtures/icap/), imported, and validated. A transcription
// validates without errors — the defects are listed as published defects — while the same defect
// in an authored standard fails at its line. And no import holds a code its document lacks.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDocument } from '../src/import/index.js';
import { InputError } from '../src/model/errors.js';
import type { Standard } from '../src/model/schema.js';
import { refCode } from '../src/model/standard.js';
import { validate } from '../src/rules/validate.js';
import { compstd, FIXTURES, ROOT } from './helpers.js';

const icap = (code: string) => readFileSync(`${FIXTURES}icap/${code}.txt`, 'utf8');
const LPS = icap('LPS5404-001v3');
const IIS = icap('IIS3512-001v3');
const SET = icap('SET3115-001v5');
const IDC = icap('IDC3512-002v2');

function replaced(text: string, from: string | RegExp, to: string): string {
  const out = typeof from === 'string' ? text.replaceAll(from, to) : text.replace(from, to);
  if (out === text) throw new Error(`variant: nothing to replace for ${String(from)}`);
  return out;
}

/** Old numbering in task rows: outputs and indicators numbered per duty (O1.3, P2.4), K and S of one digit. */
function oldNumbering(text: string): string {
  const next = new Map<string, number>();
  const seen = new Map<string, string>();
  return text
    .replace(/(?<![A-Za-z0-9.])([OP])([0-9]+)\.([0-9]+)\.([0-9]+)(?![0-9])/g, (whole, kind: string, duty: string) => {
      if (!seen.has(whole)) {
        const key = `${kind}${duty}`;
        const n = (next.get(key) ?? 0) + 1;
        next.set(key, n);
        seen.set(whole, `${kind}${duty}.${n}`);
      }
      return seen.get(whole)!;
    })
    .replace(/(?<![A-Za-z0-9])([KS])0([1-9])(?![0-9])/g, '$1$2');
}

/** Each defect class of the issue, planted in a real document. `rules`: the published defects it must give. */
const VARIANTS: Record<string, { text: string; rules: string[] }> = {
  'empty version table': { text: replaced(LPS, /\| V3 \|[^\n]*\n\| V2 \|[^\n]*\n\| V1 \|[^\n]*\n/, ''), rules: ['published-version-table'] },
  'old numbering in task rows (P1.1, O2.3, K1, S1)': { text: oldNumbering(IIS), rules: [] },
  'garbled version table (status 略, V1 under the v2 code, status and note columns doubled)': {
    text: replaced(
      replaced(LPS, '| V3 | LPS5404-001v3 | 系統機動保全人員 | 最新版本 | 略 | 2023/12/15 |', '| V3 | LPS5404-001v3 | 系統機動保全人員 | 略 | 略 | 2023/12/15 |'),
      '| V1 | LPS5404-001v1 | 系統保全人員 | 歷史版本 | 已被《LPS5404-001v2》取代 | 2017/12/31 |',
      '| V1 | LPS5404-001v2 | 系統保全人員 | 歷史版本 | 歷史版本 | 已被《LPS5404-001v2》取代 | 已被《LPS5404-001v2》取代 | 2017/12/31 |',
    ),
    rules: ['published-version-table'],
  },
  'a 【註1】 marker in the name that the version table lacks': {
    text: replaced(LPS, '|  |  | 職業 | 系統機動保全人員 |  |  |', '|  |  | 職業 | 系統機動保全人員【註1】 |  |  |'),
    rules: ['published-version-table'],
  },
  'a malformed code (S20.20)': { text: replaced(IIS, 'S03 溝通協調能力', 'S20.20 溝通協調能力'), rules: ['published-element-code-format'] },
};

function importAndValidate(text: string, name: string) {
  const dir = mkdtempSync(join(tmpdir(), 'compstd-published-'));
  const imported = importDocument(text, `${name}.txt`);
  const file = join(dir, imported.standard.code.replace(/v[0-9]+$/, ''), `v${imported.standard.version}.yaml`);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, imported.yaml);
  return { dir, file, imported };
}

const run = (input: string) => validate({ inputs: [input], cwd: ROOT, configDir: ROOT, ruleFlags: [] });

describe.each(Object.entries(VARIANTS))('%s', (name, { text, rules }) => {
  it('imports; as a transcription it validates without errors, its defects listed as published', async () => {
    const { file, imported } = importAndValidate(text, name);
    expect(imported.standard.source?.kind).toBe('transcription');
    const { findings } = await run(file);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    for (const rule of rules) expect(findings.map((f) => f.ruleId)).toContain(rule);
    expect(findings.filter((f) => !f.ruleId.startsWith('published-') && f.severity !== 'info').map((f) => f.ruleId)).toEqual([]);
  });

  it('the same defects in an authored standard are errors, at the same lines', async () => {
    const { file } = importAndValidate(text, name);
    const published = (await run(file)).findings.filter((f) => rules.includes(f.ruleId));
    expect(published.length >= rules.length).toBe(true);
    writeFileSync(file, readFileSync(file, 'utf8').replace('  kind: transcription\n', '  kind: authored\n'));
    const authored = (await run(file)).findings;
    for (const p of published) {
      const own = p.ruleId.replace(/^published-/, '');
      expect(authored.find((f) => f.ruleId === own && f.line === p.line && f.column === p.column), `${own} at ${p.line}:${p.column}`).toMatchObject({ severity: 'error' });
    }
    if (rules.length === 0) expect(authored.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('the old numbering is a layout, not a malformed code', () => {
  it('P1.1, O2.3 in task rows and K1, S1 are accepted, authored or not', async () => {
    const { file, imported } = importAndValidate(VARIANTS['old numbering in task rows (P1.1, O2.3, K1, S1)']!.text, 'old');
    expect(imported.standard.duties[0]!.tasks[0]!.rows[0]!.indicators[0]!.code).toBe('P1.1');
    expect(imported.standard.knowledge[0]!.code).toBe('K1');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  kind: transcription\n', '  kind: authored\n'));
    expect((await run(file)).findings.filter((f) => f.ruleId.includes('element-code-format') || f.ruleId.includes('code-hierarchy'))).toEqual([]);
  });
});

describe('import fixes, each on a document shaped like the failing one', () => {
  it('a garbled version table: the doubled status is not the note; nothing is left out', () => {
    const { standard } = importDocument(VARIANTS['garbled version table (status 略, V1 under the v2 code, status and note columns doubled)']!.text, 'x.txt');
    expect(standard.versions.map((v) => [v.version, v.code, v.name, v.status, v.note, v.date])).toEqual([
      // 略 in the status column of the file's own version, and no other row current: the current one.
      [3, 'LPS5404-001v3', '系統機動保全人員', 'current', '略', '2023-12-15'],
      [2, 'LPS5404-001v2', '系統駐衛保全人員', 'historical', '已被《LPS5404-001v3》取代', '2020-12-31'],
      [1, 'LPS5404-001v2', '系統保全人員', 'historical', '已被《LPS5404-001v2》取代', '2017-12-31'],
    ]);
  });

  it('the 版本 column holding whole codes (LPS5404-001v3 instead of V3): names are the name column’s', () => {
    const text = ['V3', 'V2', 'V1'].reduce((t, v) => replaced(t, `| ${v} | LPS5404-001${v.toLowerCase()} |`, `| LPS5404-001${v.toLowerCase()} | LPS5404-001${v.toLowerCase()} |`), LPS);
    const { standard } = importDocument(text, 'x.txt');
    expect(standard.versions.map((v) => [v.version, v.code, v.name, v.status])).toEqual([
      [3, 'LPS5404-001v3', '系統機動保全人員', 'current'],
      [2, 'LPS5404-001v2', '系統駐衛保全人員', 'historical'],
      [1, 'LPS5404-001v1', '系統保全人員', 'historical'],
    ]);
  });

  it.each([
    ['glued', 'T1.1 辨識現有系統環境架構T1.2 協助修正相關手冊'],
    ['spaced', 'T1.1 辨識現有系統環境架構 T1.2 協助修正相關手冊'],
  ])('a task cell that swallowed its neighbour (%s) makes no phantom task; the text stays, with a warning', (_, cell) => {
    const text = replaced(IIS, '\tT1.1 辨識現有系統環境架構\t', `\t${cell}\t`);
    const { standard, report } = importDocument(text, 'x.txt');
    const tasks = standard.duties[0]!.tasks;
    expect(tasks.map((t) => t.code)).toEqual(importDocument(IIS, 'y.txt').standard.duties[0]!.tasks.map((t) => t.code));
    expect(tasks[0]!.title).toContain('T1.2 協助修正相關手冊');
    expect(tasks[0]!.rows.length).toBeGreaterThan(0);
    expect(standard.duties[0]!.shared).toBeUndefined();
    expect(report.findings.filter((f) => f.ruleId.includes('duplicate-code'))).toEqual([]);
    expect(report.warnings.map((w) => w.messageId)).toContain('import.warn.swallowed');
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a code with a stray dot (P.1.2.1) is a code, not text glued onto the indicator before it', () => {
    const text = replaced(IIS, 'P1.2.1 ', 'P.1.2.1 ');
    const { standard, report } = importDocument(text, 'x.txt');
    const original = importDocument(IIS, 'y.txt').standard;
    const inds = (s: Standard) => s.duties[0]!.tasks[1]!.rows.flatMap((r) => r.indicators);
    expect(inds(standard).map((p) => p.code)).toEqual(inds(original).map((p) => (p.code === 'P1.2.1' ? 'P.1.2.1' : p.code)));
    expect(inds(standard).map((p) => p.text)).toEqual(inds(original).map((p) => p.text));
    expect(report.findings.map((f) => f.ruleId)).toContain('published-element-code-format');
  });

  it('a code glued to a name that begins with digits is split by the widths of the document’s own codes (K052D/3D… = K05 + 2D/3D…)', () => {
    const text = replaced(IIS, 'K05 雲端技術概念', 'K052D/3D雲端技術概念');
    const { standard, report } = importDocument(text, 'x.txt');
    expect(standard.knowledge.find((k) => k.code === 'K05')?.name).toBe('2D/3D雲端技術概念');
    expect(standard.knowledge.some((k) => k.code === 'K052')).toBe(false);
    expect(report.repairs.some((r) => r.kind === 'split-code' && r.at === 'K05' && r.before === 'K0522D/3D雲端技術概念'.replace('K0522', 'K052'))).toBe(true);
  });

  it('a line break inside a version-table cell (tab layout) keeps the rest of the row', () => {
    const line = IIS.split('\n').find((l) => l.startsWith('V2\t'))!;
    const broken = line.replace('》取代', '》\n取代');
    expect(broken).not.toBe(line);
    const { standard, report } = importDocument(replaced(IIS, line, broken), 'x.txt');
    const original = importDocument(IIS, 'y.txt').standard;
    expect(standard.versions).toEqual(original.versions);
    expect(report.warnings.map((w) => w.messageId)).toContain('import.warn.versionRowJoined');
  });

  it('a wrap space after a full-width 、 is removed (「防盜、 防火」), and the repair recorded', () => {
    const text = replaced(LPS, '之防盜、防火及防災', '之防盜、 防火及防災');
    const { standard, report } = importDocument(text, 'x.txt');
    expect(JSON.stringify(standard)).toContain('之防盜、防火及防災');
    expect(report.repairs.some((r) => r.kind === 'removed-space' && r.before?.includes('防盜、 防火') === true)).toBe(true);
  });

  it('findings are located at the line of the input document, not in a file that does not exist', () => {
    const { report } = importDocument(LPS, 'LPS5404-001v3.txt');
    const lines = LPS.split('\n');
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      expect(f.file).toBe('LPS5404-001v3.txt');
      const code = (f.params?.code as string | undefined) ?? '';
      expect(lines[f.line - 1], `${f.ruleId} ${f.message}`).toContain(code);
      expect(lines[f.line - 1]!.indexOf(code) + 1).toBe(f.column);
    }
  });
});

/** Every code the standard holds, anywhere: elements, references, tags, version rows. */
function codesOf(s: Standard): string[] {
  const out: string[] = [];
  const rows = (rs: Standard['duties'][number]['tasks'][number]['rows']) => {
    for (const r of rs) {
      for (const p of r.indicators) out.push(p.code);
      for (const ref of [...r.knowledge, ...r.skills]) {
        out.push(refCode(ref));
        if (typeof ref !== 'string') out.push(...(ref.tasks ?? []));
      }
    }
  };
  for (const d of s.duties) {
    out.push(d.code);
    for (const t of d.tasks) {
      out.push(t.code, ...t.outputs.map((o) => o.code));
      rows(t.rows);
    }
    if (d.shared) {
      out.push(...d.shared.outputs.map((o) => o.code));
      rows(d.shared.rows);
    }
  }
  out.push(...s.knowledge.map((k) => k.code), ...s.skills.map((k) => k.code), ...s.attitudes.map((a) => a.code));
  return out;
}

describe('an import invents no element', () => {
  const documents = [LPS, IIS, SET, IDC, ...Object.values(VARIANTS).map((v) => v.text)];

  it('every code of the result stands in the document: real documents and their variants', () => {
    for (const text of documents) {
      const { standard } = importDocument(text, 'x.txt');
      expect(codesOf(standard).filter((c) => !text.includes(c))).toEqual([]);
    }
  });

  it('every code of the result stands in the document: with lines dropped, moved, cells blanked, codes glued', () => {
    const edit = fc.record({ kind: fc.constantFrom('drop', 'move', 'blank', 'glue'), at: fc.nat(), to: fc.nat() });
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.array(edit, { minLength: 1, maxLength: 4 }), (doc, edits) => {
        const lines = doc.split('\n');
        for (const e of edits) {
          const at = e.at % lines.length;
          if (e.kind === 'drop') lines.splice(at, 1);
          else if (e.kind === 'move') lines.splice(e.to % lines.length, 0, ...lines.splice(at, 1));
          else if (e.kind === 'blank') lines[at] = (lines[at] ?? '').replace(/[^\t|]+/, ' ');
          else lines[at] = (lines[at] ?? '').replace(/[\t ]+(?=[TOPKS][0-9])/, '');
        }
        const text = lines.join('\n');
        let standard: Standard;
        try {
          standard = importDocument(text, 'x.txt').standard;
        } catch (e) {
          if (e instanceof InputError) return;
          throw e;
        }
        expect(codesOf(standard).filter((c) => !text.includes(c))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('end to end: import, then validate, both exit 0 on every real standard and every variant', () => {
  it('compstd import --into, then compstd validate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'compstd-published-e2e-'));
    const docs = { LPS, IIS, SET, IDC, ...Object.fromEntries(Object.entries(VARIANTS).map(([, v], i) => [`variant${i}`, v.text] as const)) };
    Object.entries(docs).forEach(([name, text], i) => {
      const src = join(dir, `${name}.txt`);
      writeFileSync(src, text);
      const r = compstd(['import', src, '--into', join(dir, `catalog${i}`)]);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      // Warnings name the input document's lines.
      for (const l of r.stderr.split('\n').filter((x) => / (warning|info|error): /.test(x))) expect(l).toContain(`${name}.txt:`);
      const v = compstd(['validate', join(dir, `catalog${i}`)]);
      expect(v.code, `${name}: ${v.stdout}`).toBe(0);
    });
  });
});
