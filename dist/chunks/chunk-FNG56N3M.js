import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/query/texts.ts
var TEXT_KINDS = [
  "name",
  "description",
  "category",
  "occupation",
  "industry",
  "duty",
  "task",
  "output",
  "indicator",
  "knowledge",
  "skill",
  "attitude",
  "qualification",
  "note"
];
function searchTexts(s) {
  let out = [
    { kind: "name", code: void 0, text: s.name },
    { kind: "description", code: void 0, text: s.description }
  ];
  for (let c of s.categories) out.push({ kind: "category", code: c.code, text: c.name });
  for (let c of s.occupations) out.push({ kind: "occupation", code: c.code, text: c.name });
  for (let c of s.industries) out.push({ kind: "industry", code: c.code, text: c.name });
  for (let d of s.duties) {
    out.push({ kind: "duty", code: d.code, text: d.title });
    let rowsOf = (rows) => rows.forEach((r) => r.indicators.forEach((p) => out.push({ kind: "indicator", code: p.code, text: p.text })));
    for (let t of d.tasks) {
      out.push({ kind: "task", code: t.code, text: t.title });
      for (let o of t.outputs) out.push({ kind: "output", code: o.code, text: o.text });
      rowsOf(t.rows);
    }
    if (d.shared) {
      for (let o of d.shared.outputs) out.push({ kind: "output", code: o.code, text: o.text });
      rowsOf(d.shared.rows);
    }
  }
  for (let k of s.knowledge) out.push({ kind: "knowledge", code: k.code, text: k.name });
  for (let k of s.skills) out.push({ kind: "skill", code: k.code, text: k.name });
  for (let a of s.attitudes) out.push({ kind: "attitude", code: a.code, text: a.definition === void 0 ? a.name : `${a.name}\uFF1A${a.definition}` });
  for (let q of s.notes.qualifications) out.push({ kind: "qualification", code: void 0, text: q });
  for (let n of s.notes.other) out.push({ kind: "note", code: void 0, text: n });
  return out;
}

export {
  TEXT_KINDS,
  searchTexts
};
