import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/rules/index.ts
var RULES_FORMATS = {
  text: async () => (await import("./rules-52F4TIMA.js")).rulesText,
  markdown: async () => (await import("./rules-52F4TIMA.js")).rulesMarkdown,
  csv: async () => (await import("./rules-52F4TIMA.js")).rulesCsv,
  json: async () => (await import("./rules-52F4TIMA.js")).rulesJson
};
export {
  RULES_FORMATS
};
