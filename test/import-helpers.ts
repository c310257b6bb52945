// Shared by the import tests: what a standard holds, and how much of a document's text it keeps.
import { readFileSync } from 'node:fs';
import type { Standard } from '../src/model/schema.js';
import { removeCjkSpaces } from '../src/import/text.js';

/** A text compared without the spaces copying put in Chinese words, or task tags. */
export function norm(text: string): string {
  return removeCjkSpaces(text.replace(/\s+/g, ' ').trim())
    .replace(/(?:[\s、，,]*【T[0-9.]+】)+[\s、，,]*$/u, '')
    .trim();
}

/** Every coded element of a standard with its text(s), old numbering and row names included. */
export function codedTexts(s: Standard): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (code: string, text: string) => map.set(code, (map.get(code) ?? new Set()).add(norm(text)));
  const rows = (rs: Standard['duties'][number]['tasks'][number]['rows']) => {
    for (const r of rs) {
      for (const p of r.indicators) add(p.code, p.text);
      for (const ref of [...r.knowledge, ...r.skills]) if (typeof ref !== 'string' && ref.name !== undefined) add(ref.code, ref.name);
    }
  };
  for (const d of s.duties) {
    add(d.code, d.title);
    for (const t of d.tasks) {
      add(t.code, t.title);
      for (const o of t.outputs) add(o.code, o.text);
      rows(t.rows);
    }
    if (d.shared) {
      for (const o of d.shared.outputs) add(o.code, o.text);
      rows(d.shared.rows);
    }
  }
  for (const k of [...s.knowledge, ...s.skills]) add(k.code, k.name);
  for (const a of s.attitudes) add(a.code, a.definition === undefined ? a.name : `${a.name}：${a.definition}`);
  return map;
}

/** Every scalar of a value, as text. */
export function scalars(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) scalars(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) scalars(v, out);
  else out.add(norm(String(value)));
  return out;
}

/** An expected list: `CODE<TAB>text` for a coded text, `<TAB>text` for any other datum. */
export function readExpected(path: string): Array<[string, string]> {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [code, ...rest] = l.split('\t');
      return [code!, rest.join('\t')];
    });
}

/** Share of the expected texts and codes that the standard holds, and what it misses. */
export function recall(s: Standard, expected: ReadonlyArray<[string, string]>): { recall: number; missing: string[] } {
  const coded = codedTexts(s);
  const values = scalars(s);
  const missing = expected.filter(([code, text]) => (code === '' ? !values.has(norm(text)) : !coded.get(code)?.has(norm(text)))).map(([c, t]) => `${c} ${t}`.trim());
  return { recall: (expected.length - missing.length) / expected.length, missing };
}

/** Cells that are labels of the printed form, not data. */
export const FORM_LABELS: readonly string[] = [
  '版本', '職能基準代碼', '職能基準名稱', '狀態', '更新說明', '發展更新日期', '職能基準名稱 (擇一填寫)', '職類', '職業',
  '所屬 類別', '職類別', '職業別', '行業別', '職類別代碼', '職業別代碼', '行業別代碼', '工作描述', '基準級別',
  '主要職責', '工作任務', '工作產出', '行為指標', '職能 級別', '職能級別', '職能內涵 (K=knowledge 知識)',
  '職能內涵 (S=skills 技能)', '職能內涵 ( A=attitude 態度 )', '職能內涵 (A=attitude 態度)', '說明與補充事項',
  '建議擔任此職類 / 職業之學歷 / 經驗 / 或能力條件：', '其他補充說明：', '其他補充說明：無。', '最新版本', '歷史版本',
];
const LABELS = new Set(FORM_LABELS.map((l) => l.replace(/\s+/g, '')));

const CODE = /(?<![A-Za-z0-9【])([TOPKSA][0-9]{1,2}(?:\.[0-9]+)*)(?![0-9])/g;

/** A document's text as expected items: coded parts of its cells, and its other cells. */
export function documentItems(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^#+\s*/, '').replace(/^●\s*/, '').replace(/\*\*/g, '');
    if (/^\|?[-|\s]+\|?$/.test(line)) continue;
    for (let cell of line.split(/\t|\|/)) {
      cell = cell.trim().replace(/^-\s+/, '');
      if (cell === '' || LABELS.has(cell.replace(/\s+/g, ''))) continue;
      const starts = [...cell.matchAll(CODE)].map((m) => m.index);
      if (starts.length > 0 && starts[0] === 0) {
        starts.forEach((s, i) => {
          const part = cell.slice(s, starts[i + 1] ?? cell.length).trim();
          const code = /^[TOPKSA][0-9.]+/.exec(part)![0];
          out.push([code, part.slice(code.length).trim()]);
        });
        continue;
      }
      const date = /^([0-9]{4})\/([0-9]{2})\/([0-9]{2})$/.exec(cell);
      out.push(['', date ? `${date[1]}-${date[2]}-${date[3]}` : /^V[0-9]+$/.test(cell) ? cell.slice(1) : cell]);
    }
  }
  return out;
}
