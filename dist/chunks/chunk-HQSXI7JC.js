import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/formatters/markdown/gfm.ts
function cell(text2) {
  return text2.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>").trim();
}
function table(header, rows) {
  let line = (cells) => `| ${cells.map((c) => cell(c) || " ").join(" | ")} |`;
  return [line(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(line)].join(`
`);
}
function text(s) {
  return s.replace(/([\\`*_[\]<>|])/g, "\\$1").replace(/^([#+\-=>]|\d+\.)/gm, "\\$1");
}

export {
  table,
  text
};
