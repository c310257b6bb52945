import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/course/index.ts
var COVERAGE_FORMATS = {
  text: async () => (await import("./coverage-UQK4IO6E.js")).coverageText,
  markdown: async () => (await import("./coverage-UQK4IO6E.js")).coverageMarkdown,
  csv: async () => (await import("./coverage-UQK4IO6E.js")).coverageCsv,
  json: async () => (await import("./coverage-UQK4IO6E.js")).coverageJson,
  xlsx: async () => (await import("./xlsx-R7Q3R3RT.js")).coverageXlsx
}, IMPACT_FORMATS = {
  text: async () => (await import("./impact-WDAUHT2U.js")).impactText,
  markdown: async () => (await import("./impact-WDAUHT2U.js")).impactMarkdown,
  json: async () => (await import("./impact-WDAUHT2U.js")).impactJson
}, TEMPLATE_FORMATS = {
  csv: async () => (await import("./xlsx-R7Q3R3RT.js")).templateCsv,
  xlsx: async () => (await import("./xlsx-R7Q3R3RT.js")).templateXlsx
};
export {
  COVERAGE_FORMATS,
  IMPACT_FORMATS,
  TEMPLATE_FORMATS
};
