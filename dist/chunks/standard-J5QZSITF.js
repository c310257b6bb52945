import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  formatter
} from "./chunk-DR5MUGYW.js";
import "./chunk-4CNDWSYH.js";
import "./chunk-NDWF3NAI.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-TU2EU5MG.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/standard/index.ts
var show = (medium, f) => formatter(medium, (d, rc) => f(d.entry, { sections: d.sections, width: rc.width, border: rc.border, style: rc.style })), SHOW_FORMATS = {
  text: async () => show("text", (await import("./text-WHN7CQYP.js")).showText),
  markdown: async () => show("markdown", (await import("./markdown-Z3NDMKBX.js")).showMarkdown),
  json: async () => show("json", (await import("./json-EL4S5FWM.js")).showJson),
  yaml: async () => show("yaml", (await import("./yaml-QFFEVKSF.js")).showYaml)
};
export {
  SHOW_FORMATS
};
