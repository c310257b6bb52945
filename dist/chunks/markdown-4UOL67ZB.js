import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  table,
  text
} from "./chunk-USSJRPOD.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/export/markdown.ts
function tablesMarkdown(title, tables) {
  let parts = [`# ${text(title)}`];
  for (let t of tables)
    parts.push(`## ${text(t.title)}`, table(t.header, t.rows.map((r) => r.map((c) => c === null ? "" : String(c)))));
  return `${parts.join(`

`)}
`;
}
export {
  tablesMarkdown
};
