import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  inlineDiff
} from "./chunk-5ML2DINF.js";
import {
  CLASSIFICATION_LABEL,
  KIND_LABEL,
  arrowValues,
  codePart,
  elementLabel,
  groupChanges,
  missingLines,
  sideLine,
  sourcesLine,
  summaryLine,
  usersPart
} from "./chunk-26EDUISN.js";
import {
  text
} from "./chunk-USSJRPOD.js";
import "./chunk-NQCPKRAQ.js";
import {
  label
} from "./chunk-MDKOZTUU.js";
import "./chunk-5BHPBIFA.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/diff/markdown.ts
function body(c) {
  if (c.kind !== "modified" || c.before === void 0 || c.after === void 0)
    return text(((c.kind === "removed" ? c.before : c.after) ?? "") + usersPart(c));
  let arrow = arrowValues(c);
  return arrow ? `${text(arrow.before)} \u2192 ${text(arrow.after)}` : inlineDiff(c.before, c.after).map((s) => s.op === "same" ? text(s.text) : s.op === "del" ? `<del>${text(s.text)}</del>` : `<ins>${text(s.text)}</ins>`).join("");
}
function item(c, inTask) {
  let code = codePart(c, inTask);
  return `- **${label(KIND_LABEL[c.kind])}** ${elementLabel(c)}${code ? ` \`${code}\`` : ""}${c.severity === "major" ? " \u26A0\uFE0F" : ""}\uFF1A${body(c)}`;
}
function oneDiff(d, level) {
  let h = (n) => "#".repeat(Math.min(6, level + n)), out = [], names = d.sides.from.name === d.sides.to.name ? text(d.sides.to.name) : `${text(d.sides.from.name)} \u2192 ${text(d.sides.to.name)}`;
  out.push(`${h(0)} ${d.from} \u2192 ${d.to}`, "");
  let sources = sourcesLine(d);
  sources && out.push(`\`${sources.replace(/`/g, "'")}\``, ""), out.push(`${names} \xB7 ${sideLine(d.sides.from)} \u2192 ${sideLine(d.sides.to)}`, ""), out.push(`**${d.classification}**\uFF1A${label(CLASSIFICATION_LABEL[d.classification])}\uFF08${summaryLine(d)}\uFF09`);
  for (let m of missingLines(d)) out.push("", "> [!WARNING]", `> ${text(m)}`);
  d.changes.length === 0 && !d.missingContent && out.push("", label("diffNoChanges"));
  let g = groupChanges(d), section = (title, changes) => {
    changes.length !== 0 && out.push("", `${h(1)} ${title}`, "", ...changes.map((c) => item(c, !1)));
  };
  section(label("diffFile"), g.file), section(label("diffHeader"), g.header), section(label("diffVersionRow"), g.version);
  for (let duty of g.duties) {
    out.push("", `${h(1)} ${duty.code} ${text(duty.title ?? "")}`.trimEnd()), duty.own.length > 0 && out.push("", ...duty.own.map((c) => item(c, !1)));
    for (let t of duty.tasks) out.push("", `${h(2)} ${t.code} ${text(t.title ?? "")}`.trimEnd(), "", ...t.changes.map((c) => item(c, !0)));
  }
  return section(label("knowledge"), g.knowledge), section(label("skills"), g.skill), section(label("attitudes"), g.attitude), section(label("notes"), g.note), out.join(`
`);
}
function diffMarkdown(diffs) {
  return diffs.length === 0 ? `Nothing to compare.
` : `${diffs.map((d) => oneDiff(d, 2)).join(`

`)}
`;
}
export {
  diffMarkdown
};
