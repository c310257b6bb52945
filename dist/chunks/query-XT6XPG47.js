import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/query/index.ts
var SEARCH_FORMATS = {
  text: async () => (await import("./search-NCKYUAJC.js")).searchText,
  markdown: async () => (await import("./search-NCKYUAJC.js")).searchMarkdown,
  csv: async () => (await import("./search-NCKYUAJC.js")).searchCsv,
  json: async () => (await import("./search-NCKYUAJC.js")).searchJson
}, COMPARE_FORMATS = {
  text: async () => (await import("./compare-QBTDCZTA.js")).compareText,
  markdown: async () => (await import("./compare-QBTDCZTA.js")).compareMarkdown,
  csv: async () => (await import("./compare-QBTDCZTA.js")).compareCsv,
  json: async () => (await import("./compare-QBTDCZTA.js")).compareJson
};
export {
  COMPARE_FORMATS,
  SEARCH_FORMATS
};
