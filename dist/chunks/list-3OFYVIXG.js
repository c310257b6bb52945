import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/list/index.ts
var LIST_FORMATS = {
  text: async () => (await import("./table-H4VF6RXF.js")).listText,
  markdown: async () => (await import("./table-H4VF6RXF.js")).listMarkdown,
  csv: async () => (await import("./csv-THMUWOHN.js")).listCsvFormatter,
  json: async () => (await import("./json-GB5II5PN.js")).listJsonFormatter
};
export {
  LIST_FORMATS
};
