import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  standardItems
} from "./chunk-PWFPJ7LD.js";
import {
  COVER_KINDS,
  unitCodes
} from "./chunk-WUPCKFHW.js";
import "./chunk-XYDU2MH7.js";

// src/course/coverage.ts
function share(covered, total) {
  return { covered, total, percent: total === 0 ? 100 : Math.floor(covered / total * 1e3) / 10 };
}
function coverage(mapping, standard) {
  let all = standardItems(standard), items = [];
  for (let kind of COVER_KINDS)
    for (let item of all[kind])
      items.push({ kind, code: item.code, name: item.name, units: mapping.units.filter((u) => unitCodes(u, kind).includes(item.code)).map((u) => u.id) });
  let kinds = COVER_KINDS.map((kind) => {
    let of = items.filter((i) => i.kind === kind);
    return { kind, ...share(of.filter((i) => i.units.length > 0).length, of.length) };
  }), own = standard.versions.find((v) => v.version === standard.version);
  return {
    course: mapping.course,
    standard: { code: standard.code, name: standard.name, version: standard.version, level: standard.level, date: own?.date ?? null },
    units: mapping.units.map((u) => ({
      id: u.id,
      title: u.title,
      ...u.hours !== void 0 ? { hours: u.hours } : {},
      ...u.level !== void 0 ? { level: u.level } : {},
      codes: Object.fromEntries(COVER_KINDS.map((k) => [k, [...unitCodes(u, k)]]))
    })),
    items: [...items.filter((i) => i.units.length === 0), ...items.filter((i) => i.units.length > 0)],
    kinds,
    total: share(items.filter((i) => i.units.length > 0).length, items.length)
  };
}
export {
  coverage,
  share
};
