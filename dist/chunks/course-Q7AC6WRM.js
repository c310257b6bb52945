import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/course/index.ts
var COVERAGE_FORMATS = {
  text: async () => (await import("./coverage-3SBQIV7I.js")).coverageText,
  markdown: async () => (await import("./coverage-3SBQIV7I.js")).coverageMarkdown,
  csv: async () => (await import("./coverage-3SBQIV7I.js")).coverageCsv,
  json: async () => (await import("./coverage-3SBQIV7I.js")).coverageJson,
  xlsx: async () => (await import("./xlsx-YLJTXTNU.js")).coverageXlsx
}, IMPACT_FORMATS = {
  text: async () => (await import("./impact-QM6FNBT4.js")).impactText,
  markdown: async () => (await import("./impact-QM6FNBT4.js")).impactMarkdown,
  json: async () => (await import("./impact-QM6FNBT4.js")).impactJson
}, TEMPLATE_FORMATS = {
  csv: async () => (await import("./xlsx-YLJTXTNU.js")).templateCsv,
  xlsx: async () => (await import("./xlsx-YLJTXTNU.js")).templateXlsx
};
export {
  COVERAGE_FORMATS,
  IMPACT_FORMATS,
  TEMPLATE_FORMATS
};
