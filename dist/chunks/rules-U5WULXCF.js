import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/rules/index.ts
var RULES_FORMATS = {
  text: async () => (await import("./rules-HDLXU7Z7.js")).rulesText,
  markdown: async () => (await import("./rules-HDLXU7Z7.js")).rulesMarkdown,
  csv: async () => (await import("./rules-HDLXU7Z7.js")).rulesCsv,
  json: async () => (await import("./rules-HDLXU7Z7.js")).rulesJson
};
export {
  RULES_FORMATS
};
