import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/list/index.ts
var LIST_FORMATS = {
  text: async () => (await import("./table-DQUPXFFA.js")).listText,
  markdown: async () => (await import("./table-DQUPXFFA.js")).listMarkdown,
  csv: async () => (await import("./csv-NF4CPQM4.js")).listCsvFormatter,
  json: async () => (await import("./json-EHNRLCQM.js")).listJsonFormatter
};
export {
  LIST_FORMATS
};
