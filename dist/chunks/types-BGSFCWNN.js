import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/diff/types.ts
var CHANGE_KINDS = ["added", "removed", "modified", "renumbered", "moved"], ELEMENTS = ["duty", "task", "output", "indicator", "knowledge", "skill", "attitude", "level", "link", "header", "note", "version", "file"], SEVERITIES = ["major", "minor", "patch"], SEVERITY_RANK = { major: 3, minor: 2, patch: 1 };
function hasSeverity(diff, atLeast) {
  return diff.changes.some((c) => SEVERITY_RANK[c.severity] >= SEVERITY_RANK[atLeast]);
}
export {
  CHANGE_KINDS,
  ELEMENTS,
  SEVERITIES,
  SEVERITY_RANK,
  hasSeverity
};
