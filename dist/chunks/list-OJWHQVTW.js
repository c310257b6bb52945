import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/list/index.ts
var LIST_FORMATS = {
  text: async () => (await import("./table-RDJQPTUC.js")).listText,
  markdown: async () => (await import("./table-RDJQPTUC.js")).listMarkdown,
  csv: async () => (await import("./csv-HH7JF7MR.js")).listCsvFormatter,
  json: async () => (await import("./json-QHXQBEYP.js")).listJsonFormatter
};
export {
  LIST_FORMATS
};
