import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  formatter
} from "./chunk-RAD7MORV.js";
import "./chunk-H42XODIB.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-TU2EU5MG.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/standard/index.ts
var show = (medium, f) => formatter(medium, (d, rc) => f(d.entry, { sections: d.sections, width: rc.width, border: rc.border, style: rc.style })), SHOW_FORMATS = {
  text: async () => show("text", (await import("./text-N6YWXQIP.js")).showText),
  markdown: async () => show("markdown", (await import("./markdown-POGUBL6S.js")).showMarkdown),
  json: async () => show("json", (await import("./json-EZN7CHAZ.js")).showJson),
  yaml: async () => show("yaml", (await import("./yaml-FJN2TFB7.js")).showYaml)
};
export {
  SHOW_FORMATS
};
