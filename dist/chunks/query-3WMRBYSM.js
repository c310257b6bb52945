import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/query/index.ts
var SEARCH_FORMATS = {
  text: async () => (await import("./search-L3WUW4Y6.js")).searchText,
  markdown: async () => (await import("./search-L3WUW4Y6.js")).searchMarkdown,
  csv: async () => (await import("./search-L3WUW4Y6.js")).searchCsv,
  json: async () => (await import("./search-L3WUW4Y6.js")).searchJson
}, COMPARE_FORMATS = {
  text: async () => (await import("./compare-ISCSATVH.js")).compareText,
  markdown: async () => (await import("./compare-ISCSATVH.js")).compareMarkdown,
  csv: async () => (await import("./compare-ISCSATVH.js")).compareCsv,
  json: async () => (await import("./compare-ISCSATVH.js")).compareJson
};
export {
  COMPARE_FORMATS,
  SEARCH_FORMATS
};
