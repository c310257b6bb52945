import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/model/entry.ts
function summaryOf(s) {
  return {
    code: s.code,
    version: s.version,
    name: s.name,
    versions: s.versions,
    categories: s.categories,
    occupations: s.occupations,
    industries: s.industries,
    level: s.level
  };
}
function entryCode(entry) {
  return `${entry.base}v${entry.version}`;
}
function entryName(entry) {
  return entry.kind === "published" ? entry.standard.name : entry.row.name;
}

export {
  summaryOf,
  entryCode,
  entryName
};
