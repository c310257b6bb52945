import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/query/index.ts
var SEARCH_FORMATS = {
  text: async () => (await import("./search-L4FG3NCL.js")).searchText,
  markdown: async () => (await import("./search-L4FG3NCL.js")).searchMarkdown,
  csv: async () => (await import("./search-L4FG3NCL.js")).searchCsv,
  json: async () => (await import("./search-L4FG3NCL.js")).searchJson
}, COMPARE_FORMATS = {
  text: async () => (await import("./compare-27RZ2ZWE.js")).compareText,
  markdown: async () => (await import("./compare-27RZ2ZWE.js")).compareMarkdown,
  csv: async () => (await import("./compare-27RZ2ZWE.js")).compareCsv,
  json: async () => (await import("./compare-27RZ2ZWE.js")).compareJson
};
export {
  COMPARE_FORMATS,
  SEARCH_FORMATS
};
