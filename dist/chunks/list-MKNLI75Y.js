import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/list/index.ts
var LIST_FORMATS = {
  text: async () => (await import("./table-NYMYYOMA.js")).listText,
  markdown: async () => (await import("./table-NYMYYOMA.js")).listMarkdown,
  csv: async () => (await import("./csv-VHJUESQR.js")).listCsvFormatter,
  json: async () => (await import("./json-ZOHEFHXC.js")).listJsonFormatter
};
export {
  LIST_FORMATS
};
