import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/model/course.ts
var COVER_KINDS = ["tasks", "knowledge", "skills", "attitudes"];
function unitCodes(unit, kind) {
  return unit[kind] ?? [];
}
function coversNothing(unit) {
  return COVER_KINDS.every((k) => unitCodes(unit, k).length === 0);
}
function courseModeline(schemaPath = "https://compstd.dev/schemas/course.schema.json") {
  return `# yaml-language-server: $schema=${schemaPath}`;
}

export {
  COVER_KINDS,
  unitCodes,
  coversNothing,
  courseModeline
};
