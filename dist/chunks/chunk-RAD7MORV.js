import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  DEFAULT_CSV
} from "./chunk-H42XODIB.js";
import {
  t,
  tr
} from "./chunk-J3TOLC5V.js";
import {
  DEFAULT_LANG
} from "./chunk-TE5S4JRX.js";
import {
  PLAIN
} from "./chunk-TU2EU5MG.js";

// src/formatters/types.ts
var FORMAT_ALIASES = { md: "markdown", table: "text", stylish: "text", yml: "yaml" };
function canonicalFormat(map, name) {
  let names = Array.isArray(map) ? map : Object.keys(map), n = name.trim().toLowerCase();
  if (names.includes(n)) return n;
  let alias = FORMAT_ALIASES[n];
  return alias !== void 0 && names.includes(alias) ? alias : void 0;
}
function formatter(medium, format) {
  return { medium, format };
}
function makeRenderContext(o = {}) {
  let lang = o.lang ?? DEFAULT_LANG;
  return {
    width: o.width ?? 80,
    fit: o.fit ?? !0,
    style: o.style ?? PLAIN,
    border: o.border ?? "unicode",
    lang,
    csv: o.csv ?? DEFAULT_CSV,
    t: (m) => t(lang, m),
    tr: (id, params) => tr(lang, id, params)
  };
}

export {
  FORMAT_ALIASES,
  canonicalFormat,
  formatter,
  makeRenderContext
};
