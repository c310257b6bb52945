import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/query/index.ts
var SEARCH_FORMATS = {
  text: async () => (await import("./search-BS5S5LUR.js")).searchText,
  markdown: async () => (await import("./search-BS5S5LUR.js")).searchMarkdown,
  csv: async () => (await import("./search-BS5S5LUR.js")).searchCsv,
  json: async () => (await import("./search-BS5S5LUR.js")).searchJson
}, COMPARE_FORMATS = {
  text: async () => (await import("./compare-OH4VSYH6.js")).compareText,
  markdown: async () => (await import("./compare-OH4VSYH6.js")).compareMarkdown,
  csv: async () => (await import("./compare-OH4VSYH6.js")).compareCsv,
  json: async () => (await import("./compare-OH4VSYH6.js")).compareJson
};
export {
  COMPARE_FORMATS,
  SEARCH_FORMATS
};
