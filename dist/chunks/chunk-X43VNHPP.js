import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  LABELS
} from "./chunk-MDKOZTUU.js";
import {
  SECTIONS,
  SECTION_KEYS
} from "./chunk-AMDHDRYJ.js";
import {
  entryCode
} from "./chunk-5BHPBIFA.js";

// src/formatters/standard/json.ts
function showData(entry, sections) {
  if (entry.kind === "history")
    return {
      code: entryCode(entry),
      version: entry.version,
      name: entry.row.name,
      status: entry.row.status,
      note: entry.row.note,
      date: entry.row.date,
      replacedBy: entry.replacedBy ?? null,
      listedIn: entry.listedIn,
      content: null,
      message: LABELS.contentNotPublished.en
    };
  let standard = entry.standard;
  if (SECTIONS.every((s) => sections.includes(s))) return standard;
  let keys = new Set(sections.flatMap((s) => SECTION_KEYS[s]));
  return Object.fromEntries(Object.entries(standard).filter(([k]) => keys.has(k)));
}
function showJson(entry, o) {
  return `${JSON.stringify(showData(entry, o.sections), null, 2)}
`;
}

export {
  showData,
  showJson
};
