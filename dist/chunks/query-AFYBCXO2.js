import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/query/index.ts
var SEARCH_FORMATS = {
  text: async () => (await import("./search-JQOLUO4T.js")).searchText,
  markdown: async () => (await import("./search-JQOLUO4T.js")).searchMarkdown,
  csv: async () => (await import("./search-JQOLUO4T.js")).searchCsv,
  json: async () => (await import("./search-JQOLUO4T.js")).searchJson
}, COMPARE_FORMATS = {
  text: async () => (await import("./compare-OR4XA747.js")).compareText,
  markdown: async () => (await import("./compare-OR4XA747.js")).compareMarkdown,
  csv: async () => (await import("./compare-OR4XA747.js")).compareCsv,
  json: async () => (await import("./compare-OR4XA747.js")).compareJson
};
export {
  COMPARE_FORMATS,
  SEARCH_FORMATS
};
