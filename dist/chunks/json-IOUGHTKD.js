import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/formatters/diff/json.ts
function diffJson(diffs, many) {
  return `${JSON.stringify(many ? diffs : diffs[0] ?? null, null, 2)}
`;
}
export {
  diffJson
};
