import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/query/index.ts
var SEARCH_FORMATS = {
  text: async () => (await import("./search-USDW6WZX.js")).searchText,
  markdown: async () => (await import("./search-USDW6WZX.js")).searchMarkdown,
  csv: async () => (await import("./search-USDW6WZX.js")).searchCsv,
  json: async () => (await import("./search-USDW6WZX.js")).searchJson
}, COMPARE_FORMATS = {
  text: async () => (await import("./compare-YNGQMFVY.js")).compareText,
  markdown: async () => (await import("./compare-YNGQMFVY.js")).compareMarkdown,
  csv: async () => (await import("./compare-YNGQMFVY.js")).compareCsv,
  json: async () => (await import("./compare-YNGQMFVY.js")).compareJson
};
export {
  COMPARE_FORMATS,
  SEARCH_FORMATS
};
