import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/list/index.ts
var LIST_FORMATS = {
  text: async () => (await import("./table-XE6SAJI6.js")).listText,
  markdown: async () => (await import("./table-XE6SAJI6.js")).listMarkdown,
  csv: async () => (await import("./csv-CKXKYEUX.js")).listCsvFormatter,
  json: async () => (await import("./json-4TYEFQ6S.js")).listJsonFormatter
};
export {
  LIST_FORMATS
};
