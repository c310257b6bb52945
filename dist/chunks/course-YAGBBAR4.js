import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/course/index.ts
var COVERAGE_FORMATS = {
  text: async () => (await import("./coverage-QBVHBCSK.js")).coverageText,
  markdown: async () => (await import("./coverage-QBVHBCSK.js")).coverageMarkdown,
  csv: async () => (await import("./coverage-QBVHBCSK.js")).coverageCsv,
  json: async () => (await import("./coverage-QBVHBCSK.js")).coverageJson,
  xlsx: async () => (await import("./xlsx-YMNPEZ2K.js")).coverageXlsx
}, IMPACT_FORMATS = {
  text: async () => (await import("./impact-CFBKL27L.js")).impactText,
  markdown: async () => (await import("./impact-CFBKL27L.js")).impactMarkdown,
  json: async () => (await import("./impact-CFBKL27L.js")).impactJson
}, TEMPLATE_FORMATS = {
  csv: async () => (await import("./xlsx-YMNPEZ2K.js")).templateCsv,
  xlsx: async () => (await import("./xlsx-YMNPEZ2K.js")).templateXlsx
};
export {
  COVERAGE_FORMATS,
  IMPACT_FORMATS,
  TEMPLATE_FORMATS
};
