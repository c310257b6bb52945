import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/list/index.ts
var LIST_FORMATS = {
  text: async () => (await import("./table-5QUFNQMY.js")).listText,
  markdown: async () => (await import("./table-5QUFNQMY.js")).listMarkdown,
  csv: async () => (await import("./csv-MSPUOXGX.js")).listCsvFormatter,
  json: async () => (await import("./json-4OKURFXL.js")).listJsonFormatter
};
export {
  LIST_FORMATS
};
