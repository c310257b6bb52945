import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/query/index.ts
var SEARCH_FORMATS = {
  text: async () => (await import("./search-T3GBTUSY.js")).searchText,
  markdown: async () => (await import("./search-T3GBTUSY.js")).searchMarkdown,
  csv: async () => (await import("./search-T3GBTUSY.js")).searchCsv,
  json: async () => (await import("./search-T3GBTUSY.js")).searchJson
}, COMPARE_FORMATS = {
  text: async () => (await import("./compare-XL3GA2KG.js")).compareText,
  markdown: async () => (await import("./compare-XL3GA2KG.js")).compareMarkdown,
  csv: async () => (await import("./compare-XL3GA2KG.js")).compareCsv,
  json: async () => (await import("./compare-XL3GA2KG.js")).compareJson
};
export {
  COMPARE_FORMATS,
  SEARCH_FORMATS
};
