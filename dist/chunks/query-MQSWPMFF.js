import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/query/index.ts
var SEARCH_FORMATS = {
  text: async () => (await import("./search-QDSFOZIK.js")).searchText,
  markdown: async () => (await import("./search-QDSFOZIK.js")).searchMarkdown,
  csv: async () => (await import("./search-QDSFOZIK.js")).searchCsv,
  json: async () => (await import("./search-QDSFOZIK.js")).searchJson
}, COMPARE_FORMATS = {
  text: async () => (await import("./compare-4ZC4HVGK.js")).compareText,
  markdown: async () => (await import("./compare-4ZC4HVGK.js")).compareMarkdown,
  csv: async () => (await import("./compare-4ZC4HVGK.js")).compareCsv,
  json: async () => (await import("./compare-4ZC4HVGK.js")).compareJson
};
export {
  COMPARE_FORMATS,
  SEARCH_FORMATS
};
