import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  require_dist
} from "./chunk-ED2TTB4K.js";
import {
  __toESM
} from "./chunk-XYDU2MH7.js";

// src/formatters/export/data.ts
var import_yaml = __toESM(require_dist(), 1);
function standardsJson(standards) {
  return `${JSON.stringify(standards.length === 1 ? standards[0] : standards, null, 2)}
`;
}
function standardsYaml(standards) {
  return (0, import_yaml.stringify)(standards.length === 1 ? standards[0] : standards, { lineWidth: 0 });
}
export {
  standardsJson,
  standardsYaml
};
