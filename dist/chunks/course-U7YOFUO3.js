import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/course/index.ts
var COVERAGE_FORMATS = {
  text: async () => (await import("./coverage-JCJNJMUV.js")).coverageText,
  markdown: async () => (await import("./coverage-JCJNJMUV.js")).coverageMarkdown,
  csv: async () => (await import("./coverage-JCJNJMUV.js")).coverageCsv,
  json: async () => (await import("./coverage-JCJNJMUV.js")).coverageJson,
  xlsx: async () => (await import("./xlsx-QML3MJ3W.js")).coverageXlsx
}, IMPACT_FORMATS = {
  text: async () => (await import("./impact-DUADZYWR.js")).impactText,
  markdown: async () => (await import("./impact-DUADZYWR.js")).impactMarkdown,
  json: async () => (await import("./impact-DUADZYWR.js")).impactJson
}, TEMPLATE_FORMATS = {
  csv: async () => (await import("./xlsx-QML3MJ3W.js")).templateCsv,
  xlsx: async () => (await import("./xlsx-QML3MJ3W.js")).templateXlsx
};
export {
  COVERAGE_FORMATS,
  IMPACT_FORMATS,
  TEMPLATE_FORMATS
};
