import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  table,
  text
} from "./chunk-USSJRPOD.js";
import {
  hang,
  wrap
} from "./chunk-CCO2HTWX.js";
import "./chunk-VRRIJLYY.js";
import {
  formatter
} from "./chunk-RAD7MORV.js";
import "./chunk-H42XODIB.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-TU2EU5MG.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/course/impact.ts
function codeOf(i) {
  return i.fromCode !== void 0 && i.toCode !== void 0 && i.fromCode !== i.toCode ? `${i.fromCode} \u2192 ${i.toCode}` : i.toCode ?? i.fromCode ?? "";
}
function detail(i) {
  let c = i.change;
  return c.element === "level" ? `${c.before ?? ""} \u2192 ${c.after ?? ""}` : c.element === "link" ? `${c.kind === "added" ? "+" : "\u2212"}${c.target ?? ""}` : c.kind === "modified" && c.before !== void 0 && c.after !== void 0 ? `${c.before} \u2192 ${c.after}` : c.after ?? c.before ?? "";
}
function lines(d, rc) {
  let out = [rc.tr("course.impact.title", { from: d.from, to: d.to })];
  d.missingContent.length > 0 && out.push(rc.tr("course.impact.missing", { codes: d.missingContent }));
  let people = d.items.filter((i) => i.action !== "migrate").length;
  return out.push(d.items.length === 0 ? rc.tr("course.impact.none") : rc.tr("course.impact.summary", { people, auto: d.items.length - people })), out;
}
var impactText = formatter("text", (d, rc) => {
  let w = rc.fit ? rc.width : Number.MAX_SAFE_INTEGER, out = lines(d, rc).flatMap((l) => wrap(l, w));
  for (let i of d.items)
    out.push(""), out.push(...hang(`[${rc.tr(`course.action.${i.action}`)}] `, `${codeOf(i)} ${detail(i)}`.trim(), w)), out.push(...hang("  ", rc.tr("course.impact.units", { units: i.units }), w)), out.push(...hang("  ", rc.tr(`course.impact.do.${i.action}`), w));
  return d.untouched > 0 && out.push("", ...wrap(rc.tr("course.impact.untouched", { count: d.untouched }), w)), `${out.join(`
`)}
`;
}), impactMarkdown = formatter("markdown", (d, rc) => {
  let [title, ...rest] = lines(d, rc), rows = d.items.map((i) => [rc.tr(`course.action.${i.action}`), codeOf(i), detail(i), i.units.join(", "), rc.tr(`course.impact.do.${i.action}`)]), body = rows.length > 0 ? `

${table([rc.tr("course.col.action"), rc.tr("course.col.code"), rc.tr("course.col.change"), rc.tr("course.col.units"), ""], rows)}` : "", tail = d.untouched > 0 ? `

${text(rc.tr("course.impact.untouched", { count: d.untouched }))}` : "";
  return `# ${text(title)}

${rest.map(text).join(`

`)}${body}${tail}
`;
}), impactJson = formatter("json", (d) => `${JSON.stringify(d, null, 2)}
`);
export {
  impactJson,
  impactMarkdown,
  impactText
};
