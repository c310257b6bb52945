import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/list/json.ts
function listJson(rows) {
  return `${JSON.stringify(rows, null, 2)}
`;
}
export {
  listJson
};
