import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/list/index.ts
var LIST_FORMATS = {
  text: async () => (await import("./table-NJSBC7AS.js")).listText,
  markdown: async () => (await import("./table-NJSBC7AS.js")).listMarkdown,
  csv: async () => (await import("./csv-SXVBJ2LQ.js")).listCsvFormatter,
  json: async () => (await import("./json-W3A23SOF.js")).listJsonFormatter
};
export {
  LIST_FORMATS
};
