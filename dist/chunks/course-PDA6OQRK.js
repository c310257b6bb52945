import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/course/index.ts
var COVERAGE_FORMATS = {
  text: async () => (await import("./coverage-IUS72NRS.js")).coverageText,
  markdown: async () => (await import("./coverage-IUS72NRS.js")).coverageMarkdown,
  csv: async () => (await import("./coverage-IUS72NRS.js")).coverageCsv,
  json: async () => (await import("./coverage-IUS72NRS.js")).coverageJson,
  xlsx: async () => (await import("./xlsx-GWUIAE2Q.js")).coverageXlsx
}, IMPACT_FORMATS = {
  text: async () => (await import("./impact-XQ46K3QK.js")).impactText,
  markdown: async () => (await import("./impact-XQ46K3QK.js")).impactMarkdown,
  json: async () => (await import("./impact-XQ46K3QK.js")).impactJson
}, TEMPLATE_FORMATS = {
  csv: async () => (await import("./xlsx-GWUIAE2Q.js")).templateCsv,
  xlsx: async () => (await import("./xlsx-GWUIAE2Q.js")).templateXlsx
};
export {
  COVERAGE_FORMATS,
  IMPACT_FORMATS,
  TEMPLATE_FORMATS
};
