import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  inlineDiff
} from "./chunk-5ML2DINF.js";
import {
  CLASSIFICATION_LABEL,
  KIND_LABEL,
  KIND_MARK,
  SEVERITY_LABEL,
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
import "./chunk-NQCPKRAQ.js";
import {
  displayWidth,
  hang,
  wrap
} from "./chunk-CCO2HTWX.js";
import "./chunk-VRRIJLYY.js";
import {
  label
} from "./chunk-MDKOZTUU.js";
import "./chunk-5BHPBIFA.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/diff/text.ts
var PLAIN_MARKS = { delOpen: "[-", delClose: "-]", insOpen: "{+", insClose: "+}" }, COLOR_MARKS = { delOpen: "\u2039", delClose: "\u203A", insOpen: "\xAB", insClose: "\xBB" };
function marked(c, marks, lang) {
  if (c.kind !== "modified" || c.before === void 0 || c.after === void 0)
    return ((c.kind === "removed" ? c.before : c.after) ?? "") + usersPart(c);
  let arrow = arrowValues(c, lang);
  return arrow ? `${arrow.before} \u2192 ${arrow.after}` : inlineDiff(c.before, c.after).map((s) => s.op === "same" ? s.text : s.op === "del" ? marks.delOpen + s.text + marks.delClose : marks.insOpen + s.text + marks.insClose).join("");
}
function colorize(lines, style) {
  let state = "same", paint = (run) => state === "del" ? style.del(run) : state === "ins" ? style.ins(run) : run;
  return lines.map((line) => {
    let done = "", run = "";
    for (let ch of line) {
      let next = ch === COLOR_MARKS.delOpen ? "del" : ch === COLOR_MARKS.insOpen ? "ins" : ch === COLOR_MARKS.delClose || ch === COLOR_MARKS.insClose ? "same" : void 0;
      if (next === void 0) {
        run += ch;
        continue;
      }
      done += paint(run), run = "", state = next;
    }
    return done + paint(run);
  });
}
function changeLines(c, indent, inTask, o) {
  let mark = c.severity === "major" ? `${KIND_MARK[c.kind]}!` : `${KIND_MARK[c.kind]} `, lang = o.lang ?? "zh", tag = c.severity === "major" ? lang === "en" ? "[major] " : `\u3010${label(SEVERITY_LABEL.major)}\u3011` : "", paintMark = (t) => c.kind === "added" ? o.style.ins(t) : c.kind === "removed" ? o.style.del(t) : o.style.accent(t), code = codePart(c, inTask), head = `${tag}${label(KIND_LABEL[c.kind], lang)} ${elementLabel(c, lang)}${code ? ` ${code}` : ""} `, body = marked(c, o.colored ? COLOR_MARKS : PLAIN_MARKS, lang), prefix = `${indent}${mark}${head}`, lines = displayWidth(prefix) <= o.width / 2 ? hang(prefix, body, o.width) : [...wrap(prefix.trimEnd(), o.width), ...hang(`${indent}  `, body, o.width)];
  if (!o.colored) return lines;
  let painted = colorize(lines, o.style);
  return painted[0].startsWith(prefix) && (painted[0] = `${indent}${paintMark(mark)}${tag ? o.style.warn(tag) : ""}${o.style.dim(`${label(KIND_LABEL[c.kind], lang)} ${elementLabel(c, lang)}`)}${code ? ` ${o.style.code(code)}` : ""} ${painted[0].slice(prefix.length)}`), painted;
}
function oneDiff(d, o) {
  let { style } = o, out = [], names = d.sides.from.name === d.sides.to.name ? d.sides.to.name : `${d.sides.from.name} \u2192 ${d.sides.to.name}`;
  out.push(...wrap(`${d.from} \u2192 ${d.to}  ${names}`, o.width).map((l) => style.heading(l)));
  let lang = o.lang ?? "zh", sources = sourcesLine(d, lang);
  sources && out.push(...wrap(sources, o.width).map((l) => style.dim(l))), out.push(...wrap(`${sideLine(d.sides.from, lang)} \u2192 ${sideLine(d.sides.to, lang)}`, o.width).map((l) => style.dim(l)));
  for (let m of missingLines(d, lang)) out.push(...hang("\u26A0 ", m, o.width).map((l) => style.warn(l)));
  let cls = `${d.classification} \u2014 ${label(CLASSIFICATION_LABEL[d.classification], lang)}`, paintCls = (t) => d.classification === "equivalent" ? style.ins(t) : d.classification === "unknown" ? style.warn(t) : style.accent(t);
  if (out.push(...wrap(cls, o.width).map((l) => paintCls(l))), out.push(...wrap(summaryLine(d, lang), o.width).map((l) => style.dim(l))), d.changes.length === 0)
    return d.missingContent || out.push("", label("diffNoChanges", lang)), out;
  let g = groupChanges(d), section = (title, changes) => {
    if (changes.length !== 0) {
      out.push("", style.heading(title));
      for (let c of changes) out.push(...changeLines(c, "  ", !1, o));
    }
  };
  section(label("diffFile", lang), g.file), section(label("diffHeader", lang), g.header), section(label("diffVersionRow", lang), g.version);
  for (let duty of g.duties) {
    out.push("", ...wrap(`${duty.code} ${duty.title ?? ""}`.trimEnd(), o.width).map((l) => style.heading(l)));
    for (let c of duty.own) out.push(...changeLines(c, "  ", !1, o));
    for (let t of duty.tasks) {
      out.push(...hang("  ", `${t.code} ${t.title ?? ""}`.trimEnd(), o.width));
      for (let c of t.changes) out.push(...changeLines(c, "    ", !0, o));
    }
  }
  return section(label("knowledge", lang), g.knowledge), section(label("skills", lang), g.skill), section(label("attitudes", lang), g.attitude), section(label("notes", lang), g.note), out;
}
function diffText(diffs, o) {
  return diffs.length === 0 ? `${o.nothing ?? "Nothing to compare."}
` : `${diffs.map((d) => oneDiff(d, o).join(`
`)).join(`

`)}
`;
}
export {
  diffText
};
