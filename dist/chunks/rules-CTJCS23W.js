import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/rules/index.ts
var RULES_FORMATS = {
  text: async () => (await import("./rules-3BMZN74N.js")).rulesText,
  markdown: async () => (await import("./rules-3BMZN74N.js")).rulesMarkdown,
  csv: async () => (await import("./rules-3BMZN74N.js")).rulesCsv,
  json: async () => (await import("./rules-3BMZN74N.js")).rulesJson
};
export {
  RULES_FORMATS
};
