import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/formatters/markdown/gfm.ts
function entities(text2) {
  return text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function cell(text2) {
  return entities(text2).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r\n|\r|\n/g, "<br>").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").trim();
}
function table(header, rows, markdown = /* @__PURE__ */ new Set()) {
  let line = (cells, head) => `| ${cells.map((c, i) => (!head && markdown.has(i) ? c : cell(c)) || " ").join(" | ")} |`;
  return [line(header, !0), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((r) => line(r, !1))].join(`
`);
}
function text(s) {
  return s.replace(/\r\n?/g, `
`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").replace(/([\\`*_[\]|])/g, "\\$1").replace(/[&<>]/g, (c) => entities(c)).replace(/^([#+\-=]|\d+\.)/gm, "\\$1");
}

export {
  cell,
  table,
  text
};
