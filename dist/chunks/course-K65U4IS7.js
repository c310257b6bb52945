import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/course/index.ts
var COVERAGE_FORMATS = {
  text: async () => (await import("./coverage-EPMAQPG7.js")).coverageText,
  markdown: async () => (await import("./coverage-EPMAQPG7.js")).coverageMarkdown,
  csv: async () => (await import("./coverage-EPMAQPG7.js")).coverageCsv,
  json: async () => (await import("./coverage-EPMAQPG7.js")).coverageJson,
  xlsx: async () => (await import("./xlsx-TTCVW42C.js")).coverageXlsx
}, IMPACT_FORMATS = {
  text: async () => (await import("./impact-3QXMKUKI.js")).impactText,
  markdown: async () => (await import("./impact-3QXMKUKI.js")).impactMarkdown,
  json: async () => (await import("./impact-3QXMKUKI.js")).impactJson
}, TEMPLATE_FORMATS = {
  csv: async () => (await import("./xlsx-TTCVW42C.js")).templateCsv,
  xlsx: async () => (await import("./xlsx-TTCVW42C.js")).templateXlsx
};
export {
  COVERAGE_FORMATS,
  IMPACT_FORMATS,
  TEMPLATE_FORMATS
};
