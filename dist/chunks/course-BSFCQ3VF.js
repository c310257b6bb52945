import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/course/index.ts
var COVERAGE_FORMATS = {
  text: async () => (await import("./coverage-CZOIJ66J.js")).coverageText,
  markdown: async () => (await import("./coverage-CZOIJ66J.js")).coverageMarkdown,
  csv: async () => (await import("./coverage-CZOIJ66J.js")).coverageCsv,
  json: async () => (await import("./coverage-CZOIJ66J.js")).coverageJson,
  xlsx: async () => (await import("./xlsx-D54G3MP7.js")).coverageXlsx
}, IMPACT_FORMATS = {
  text: async () => (await import("./impact-JBVMYAA4.js")).impactText,
  markdown: async () => (await import("./impact-JBVMYAA4.js")).impactMarkdown,
  json: async () => (await import("./impact-JBVMYAA4.js")).impactJson
}, TEMPLATE_FORMATS = {
  csv: async () => (await import("./xlsx-D54G3MP7.js")).templateCsv,
  xlsx: async () => (await import("./xlsx-D54G3MP7.js")).templateXlsx
};
export {
  COVERAGE_FORMATS,
  IMPACT_FORMATS,
  TEMPLATE_FORMATS
};
