import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/query/index.ts
var SEARCH_FORMATS = {
  text: async () => (await import("./search-G62SYYD7.js")).searchText,
  markdown: async () => (await import("./search-G62SYYD7.js")).searchMarkdown,
  csv: async () => (await import("./search-G62SYYD7.js")).searchCsv,
  json: async () => (await import("./search-G62SYYD7.js")).searchJson
}, COMPARE_FORMATS = {
  text: async () => (await import("./compare-MEJBRRSK.js")).compareText,
  markdown: async () => (await import("./compare-MEJBRRSK.js")).compareMarkdown,
  csv: async () => (await import("./compare-MEJBRRSK.js")).compareCsv,
  json: async () => (await import("./compare-MEJBRRSK.js")).compareJson
};
export {
  COMPARE_FORMATS,
  SEARCH_FORMATS
};
