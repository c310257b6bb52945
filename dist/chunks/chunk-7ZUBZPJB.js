import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/model/code.ts
var STANDARD_CODE_PATTERN = /^([A-Z]{3}[0-9]{4}-[0-9]{3})(?:V([0-9]+))?$/;
function parseStandardCode(text) {
  let m = STANDARD_CODE_PATTERN.exec(text.trim().toUpperCase());
  if (m)
    return { base: m[1], version: m[2] === void 0 ? void 0 : Number(m[2]) };
}
function formatStandardCode(base, version) {
  return `${base}v${version}`;
}
function baseOf(code) {
  let parsed = parseStandardCode(code);
  return parsed ? parsed.base : code.trim().toUpperCase().replace(/V[0-9]+$/, "");
}
function replacedByFromNote(note) {
  let m = /已被\s*[《<〈]\s*([^》>〉]+?)\s*[》>〉]\s*取代/.exec(note);
  return m ? m[1] : void 0;
}

export {
  STANDARD_CODE_PATTERN,
  parseStandardCode,
  formatStandardCode,
  baseOf,
  replacedByFromNote
};
