import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/list/index.ts
var LIST_FORMATS = {
  text: async () => (await import("./table-6H7DFZIK.js")).listText,
  markdown: async () => (await import("./table-6H7DFZIK.js")).listMarkdown,
  csv: async () => (await import("./csv-5DGBW5ZZ.js")).listCsvFormatter,
  json: async () => (await import("./json-NQRETHJU.js")).listJsonFormatter
};
export {
  LIST_FORMATS
};
