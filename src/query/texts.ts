/** Every text of a standard with what it is and its code: what search looks through. */
import type { Standard } from '../model/schema.js';

export const TEXT_KINDS = [
  'name',
  'description',
  'category',
  'occupation',
  'industry',
  'duty',
  'task',
  'output',
  'indicator',
  'knowledge',
  'skill',
  'attitude',
  'qualification',
  'note',
] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

export interface SearchText {
  kind: TextKind;
  /** The element's code (T1.1, K01, A02, IIS) where it has one. */
  code: string | undefined;
  text: string;
}

export function searchTexts(s: Standard): SearchText[] {
  const out: SearchText[] = [
    { kind: 'name', code: undefined, text: s.name },
    { kind: 'description', code: undefined, text: s.description },
  ];
  for (const c of s.categories) out.push({ kind: 'category', code: c.code, text: c.name });
  for (const c of s.occupations) out.push({ kind: 'occupation', code: c.code, text: c.name });
  for (const c of s.industries) out.push({ kind: 'industry', code: c.code, text: c.name });
  for (const d of s.duties) {
    out.push({ kind: 'duty', code: d.code, text: d.title });
    const rowsOf = (rows: (typeof d.tasks)[number]['rows']) =>
      rows.forEach((r) => r.indicators.forEach((p) => out.push({ kind: 'indicator', code: p.code, text: p.text })));
    for (const t of d.tasks) {
      out.push({ kind: 'task', code: t.code, text: t.title });
      for (const o of t.outputs) out.push({ kind: 'output', code: o.code, text: o.text });
      rowsOf(t.rows);
    }
    if (d.shared) {
      for (const o of d.shared.outputs) out.push({ kind: 'output', code: o.code, text: o.text });
      rowsOf(d.shared.rows);
    }
  }
  for (const k of s.knowledge) out.push({ kind: 'knowledge', code: k.code, text: k.name });
  for (const k of s.skills) out.push({ kind: 'skill', code: k.code, text: k.name });
  for (const a of s.attitudes) out.push({ kind: 'attitude', code: a.code, text: a.definition === undefined ? a.name : `${a.name}：${a.definition}` });
  for (const q of s.notes.qualifications) out.push({ kind: 'qualification', code: undefined, text: q });
  for (const n of s.notes.other) out.push({ kind: 'note', code: undefined, text: n });
  return out;
}
