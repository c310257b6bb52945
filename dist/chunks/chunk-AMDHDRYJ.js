import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/formatters/standard/sections.ts
var SECTIONS = ["header", "history", "tasks", "attitudes", "notes"], SECTION_KEYS = {
  header: ["code", "version", "name", "nameKind", "title", "categories", "occupations", "industries", "description", "level"],
  history: ["versions"],
  tasks: ["duties", "knowledge", "skills"],
  attitudes: ["attitudes"],
  notes: ["notes", "repairs"]
};

export {
  SECTIONS,
  SECTION_KEYS
};
