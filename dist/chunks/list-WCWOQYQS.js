import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/list/index.ts
var LIST_FORMATS = {
  text: async () => (await import("./table-OLBFTQGD.js")).listText,
  markdown: async () => (await import("./table-OLBFTQGD.js")).listMarkdown,
  csv: async () => (await import("./csv-3TM67OHA.js")).listCsvFormatter,
  json: async () => (await import("./json-BTMJXCXJ.js")).listJsonFormatter
};
export {
  LIST_FORMATS
};
