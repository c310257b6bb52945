import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/model/entry.ts
function entryCode(entry) {
  return `${entry.base}v${entry.version}`;
}
function entryName(entry) {
  return entry.kind === "published" ? entry.standard.name : entry.row.name;
}

export {
  entryCode,
  entryName
};
