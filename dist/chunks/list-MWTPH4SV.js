import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/list/index.ts
var LIST_FORMATS = {
  text: async () => (await import("./table-JDEEZVQ7.js")).listText,
  markdown: async () => (await import("./table-JDEEZVQ7.js")).listMarkdown,
  csv: async () => (await import("./csv-DTD6RKDN.js")).listCsvFormatter,
  json: async () => (await import("./json-G4HK2SPO.js")).listJsonFormatter
};
export {
  LIST_FORMATS
};
