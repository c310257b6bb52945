import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  summarize,
  summaryLine
} from "./chunk-NP6P4WZZ.js";
import {
  displayWidth,
  hang,
  padEnd,
  padStart,
  wrap
} from "./chunk-CCO2HTWX.js";
import "./chunk-VRRIJLYY.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import {
  PLAIN
} from "./chunk-TU2EU5MG.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/findings/stylish.ts
var UNITS_PER_COLUMN = 4;
function frameWindow(line, column, width) {
  let units = UNITS_PER_COLUMN * Math.max(8, width) + 16, from = Math.max(0, Math.min(column - 1, line.length) - Math.floor(units / 2));
  from > 0 && /[\udc00-\udfff]/.test(line[from]) && from++;
  let to = Math.min(line.length, from + units), cutBefore = from > 0, cutAfter = to < line.length, chars = [...line.slice(from, to)], widths = chars.map((c) => displayWidth(c)), unit = from, at = 0;
  for (; at < chars.length && unit < column - 1; ) unit += chars[at++].length;
  let avail = Math.max(8, width), used = widths.reduce((a, b) => a + b, 0);
  if (used <= avail && !cutBefore && !cutAfter) return { text: line, caret: widths.slice(0, at).reduce((a, b) => a + b, 0) };
  let before = 0, start = at;
  for (; start > 0 && before + widths[start - 1] <= Math.floor(avail / 3); ) before += widths[--start];
  let lead = start > 0 || cutBefore ? "\u2026" : "", end = start;
  for (used = lead.length; end < chars.length && used + widths[end] <= avail - 1; ) used += widths[end++];
  let tail = end < chars.length || cutAfter ? "\u2026" : "";
  return { text: lead + chars.slice(start, end).join("") + tail, caret: lead.length + widths.slice(start, at).reduce((a, b) => a + b, 0) };
}
function codeFrame(source, f, style, width = 160) {
  let lines = typeof source == "string" ? sourceLines(source) : source, at = f.line - 1;
  if (at < 0 || at >= lines.length) return [];
  let numberWidth = String(f.line).length, avail = width - numberWidth - 7, out = [];
  at > 0 && out.push(style.dim(`    ${padStart(String(f.line - 1), numberWidth)} | ${frameWindow(lines[at - 1], 1, avail).text}`));
  let { text, caret } = frameWindow(lines[at], f.column, avail);
  return out.push(`  ${style.warn(">")} ${padStart(String(f.line), numberWidth)} | ${text}`), out.push(`    ${" ".repeat(numberWidth)} | ${" ".repeat(caret)}${style.warn("^")}`), out;
}
function sourceLines(source) {
  return source.split(/\r?\n/);
}
function severityText(f, style, rc) {
  let word = padEnd(rc ? rc.tr(`cli.severity.${f.severity}`) : f.severity, rc?.lang === "zh-Hant" ? 4 : 7);
  return f.severity === "error" ? style.warn(word) : f.severity === "warning" ? style.accent(word) : style.dim(word);
}
function findingLines(f, posWidth, frameLines, o, width) {
  let severity = severityText(f, PLAIN, o.rc), prefix = `  ${padEnd(`${f.line}:${f.column}`, posWidth)}  ${severity}  `, lines = hang(prefix, f.message, width);
  lines[0] = `  ${o.style.dim(padEnd(`${f.line}:${f.column}`, posWidth))}  ${severityText(f, o.style, o.rc)}  ${lines[0].slice(prefix.length)}`;
  let last = lines.length - 1;
  return displayWidth(stripStyle(lines[last])) + 2 + displayWidth(f.ruleId) <= width ? lines[last] = `${lines[last]}  ${o.style.dim(f.ruleId)}` : lines.push(`${" ".repeat(displayWidth(prefix))}${o.style.dim(f.ruleId)}`), frameLines !== void 0 && lines.push(...codeFrame(frameLines, f, o.style, width)), lines;
}
var SGR = new RegExp("\x1B\\[[0-9;]*m", "g");
function stripStyle(line) {
  return line.replace(SGR, "");
}
function stylish(report, o) {
  let { findings, files, sources } = report, out = [], byFile = /* @__PURE__ */ new Map();
  for (let f of findings) {
    let list = byFile.get(f.file);
    list ? list.push(f) : byFile.set(f.file, [f]);
  }
  let width = o.rc?.width ?? 160;
  for (let [file, list] of byFile) {
    out.push(...wrap(file, width).map((l) => o.style.heading(l)));
    let posWidth = list.reduce((w, f) => Math.max(w, `${f.line}:${f.column}`.length), 0), source = sources.get(file), frameLines = source !== void 0 && o.frames !== !1 ? sourceLines(source) : void 0, shown = /* @__PURE__ */ new Map();
    for (let f of list) {
      let key = `${f.line}:${f.column}\0${f.severity}\0${f.ruleId}\0${f.message}`, block = shown.get(key);
      block === void 0 && shown.set(key, block = findingLines(f, posWidth, frameLines, o, width)), out.push(...block);
    }
    out.push("");
  }
  let s = summarize(findings, files, report.suppressed), mark = s.errors > 0 ? "\u2716" : s.warnings > 0 ? "\u26A0" : "\u2714";
  return out.push(...hang(`${mark} `, summaryLine(s, o.rc?.tr), width)), report.catalog !== void 0 && out.push(...wrap(report.catalog, width).map((l) => o.style.dim(l))), `${out.join(`
`)}
`;
}
export {
  codeFrame,
  frameWindow,
  sourceLines,
  stylish
};
