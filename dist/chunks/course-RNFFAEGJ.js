import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/course/index.ts
var COVERAGE_FORMATS = {
  text: async () => (await import("./coverage-SN5YMZFU.js")).coverageText,
  markdown: async () => (await import("./coverage-SN5YMZFU.js")).coverageMarkdown,
  csv: async () => (await import("./coverage-SN5YMZFU.js")).coverageCsv,
  json: async () => (await import("./coverage-SN5YMZFU.js")).coverageJson,
  xlsx: async () => (await import("./xlsx-ZZPPNGLK.js")).coverageXlsx
}, IMPACT_FORMATS = {
  text: async () => (await import("./impact-4CGOKILX.js")).impactText,
  markdown: async () => (await import("./impact-4CGOKILX.js")).impactMarkdown,
  json: async () => (await import("./impact-4CGOKILX.js")).impactJson
}, TEMPLATE_FORMATS = {
  csv: async () => (await import("./xlsx-ZZPPNGLK.js")).templateCsv,
  xlsx: async () => (await import("./xlsx-ZZPPNGLK.js")).templateXlsx
};
export {
  COVERAGE_FORMATS,
  IMPACT_FORMATS,
  TEMPLATE_FORMATS
};
