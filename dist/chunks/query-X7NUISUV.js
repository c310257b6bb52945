import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/query/index.ts
var SEARCH_FORMATS = {
  text: async () => (await import("./search-4DP5P2CV.js")).searchText,
  markdown: async () => (await import("./search-4DP5P2CV.js")).searchMarkdown,
  csv: async () => (await import("./search-4DP5P2CV.js")).searchCsv,
  json: async () => (await import("./search-4DP5P2CV.js")).searchJson
}, COMPARE_FORMATS = {
  text: async () => (await import("./compare-DDZMHE5H.js")).compareText,
  markdown: async () => (await import("./compare-DDZMHE5H.js")).compareMarkdown,
  csv: async () => (await import("./compare-DDZMHE5H.js")).compareCsv,
  json: async () => (await import("./compare-DDZMHE5H.js")).compareJson
};
export {
  COMPARE_FORMATS,
  SEARCH_FORMATS
};
