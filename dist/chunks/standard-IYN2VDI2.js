import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/standard/index.ts
var SHOW_FORMATS = {
  text: async () => (await import("./text-A3MSFRFG.js")).showText,
  markdown: async () => (await import("./markdown-RNJIAEH3.js")).showMarkdown,
  json: async () => (await import("./json-W5CKPC2M.js")).showJson,
  yaml: async () => (await import("./yaml-UD5T35HW.js")).showYaml
};
export {
  SHOW_FORMATS
};
