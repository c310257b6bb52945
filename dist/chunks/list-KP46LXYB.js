import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/list/index.ts
var LIST_FORMATS = {
  text: async () => (await import("./table-P46DE3PL.js")).listText,
  markdown: async () => (await import("./table-P46DE3PL.js")).listMarkdown,
  csv: async () => (await import("./csv-PNCK2RBN.js")).listCsvFormatter,
  json: async () => (await import("./json-F7EV6PDO.js")).listJsonFormatter
};
export {
  LIST_FORMATS
};
