import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/query/index.ts
var SEARCH_FORMATS = {
  text: async () => (await import("./search-QTVTWXEL.js")).searchText,
  markdown: async () => (await import("./search-QTVTWXEL.js")).searchMarkdown,
  csv: async () => (await import("./search-QTVTWXEL.js")).searchCsv,
  json: async () => (await import("./search-QTVTWXEL.js")).searchJson
}, COMPARE_FORMATS = {
  text: async () => (await import("./compare-IXUDJOCE.js")).compareText,
  markdown: async () => (await import("./compare-IXUDJOCE.js")).compareMarkdown,
  csv: async () => (await import("./compare-IXUDJOCE.js")).compareCsv,
  json: async () => (await import("./compare-IXUDJOCE.js")).compareJson
};
export {
  COMPARE_FORMATS,
  SEARCH_FORMATS
};
