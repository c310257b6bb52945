import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  showData
} from "./chunk-X43VNHPP.js";
import "./chunk-MDKOZTUU.js";
import {
  SECTIONS
} from "./chunk-AMDHDRYJ.js";
import {
  require_dist
} from "./chunk-ED2TTB4K.js";
import "./chunk-5BHPBIFA.js";
import {
  __toESM
} from "./chunk-XYDU2MH7.js";

// src/formatters/standard/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var MODELINE = "# yaml-language-server: $schema=../../schemas/standard.schema.json";
function showYaml(entry, o) {
  let body = (0, import_yaml.stringify)(showData(entry, o.sections), { lineWidth: 0, indent: 2, indentSeq: !0 });
  return entry.kind === "published" && SECTIONS.every((s) => o.sections.includes(s)) ? `${MODELINE}
${body}` : body;
}
export {
  MODELINE,
  showYaml
};
