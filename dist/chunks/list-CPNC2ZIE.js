import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/list/index.ts
var LIST_FORMATS = {
  text: async () => (await import("./table-WTMOGJNL.js")).listText,
  markdown: async () => (await import("./table-WTMOGJNL.js")).listMarkdown,
  csv: async () => (await import("./csv-O4EBJD4W.js")).listCsvFormatter,
  json: async () => (await import("./json-5NEWPMGC.js")).listJsonFormatter
};
export {
  LIST_FORMATS
};
