import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  summarize,
  summaryLine
} from "./chunk-2QCWKGHO.js";
import {
  displayWidth,
  padEnd,
  padStart
} from "./chunk-FIWZPUBZ.js";
import "./chunk-VRRIJLYY.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/findings/stylish.ts
var MAX_FRAME_LINE = 160;
function codeFrame(source, f, style) {
  let lines = source.split(/\r?\n/), at = f.line - 1;
  if (at < 0 || at >= lines.length) return [];
  let numberWidth = String(f.line).length, clip = (s) => s.length > MAX_FRAME_LINE ? `${s.slice(0, MAX_FRAME_LINE)}\u2026` : s, out = [];
  at > 0 && out.push(style.dim(`    ${padStart(String(f.line - 1), numberWidth)} | ${clip(lines[at - 1])}`));
  let line = clip(lines[at]);
  out.push(`  ${style.warn(">")} ${padStart(String(f.line), numberWidth)} | ${line}`);
  let caretAt = displayWidth(line.slice(0, Math.max(0, f.column - 1)));
  return out.push(`    ${" ".repeat(numberWidth)} | ${" ".repeat(caretAt)}${style.warn("^")}`), out;
}
function severityText(f, style) {
  let word = padEnd(f.severity, 7);
  return f.severity === "error" ? style.warn(word) : f.severity === "warning" ? style.accent(word) : style.dim(word);
}
function stylish(report, o) {
  let { findings, files, sources } = report, out = [], byFile = /* @__PURE__ */ new Map();
  for (let f of findings) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  for (let [file, list] of byFile) {
    out.push(o.style.heading(file));
    let posWidth = Math.max(...list.map((f) => `${f.line}:${f.column}`.length));
    for (let f of list) {
      out.push(`  ${o.style.dim(padEnd(`${f.line}:${f.column}`, posWidth))}  ${severityText(f, o.style)}  ${f.message}  ${o.style.dim(f.ruleId)}`);
      let source = sources.get(file);
      o.frames !== !1 && source !== void 0 && out.push(...codeFrame(source, f, o.style));
    }
    out.push("");
  }
  let s = summarize(findings, files), mark = s.errors > 0 ? "\u2716" : s.warnings > 0 ? "\u26A0" : "\u2714";
  return out.push(`${mark} ${summaryLine(s)}`), `${out.join(`
`)}
`;
}
export {
  codeFrame,
  stylish
};
