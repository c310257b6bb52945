import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  FONT,
  FONT_SIZE,
  FOOTER,
  PAGE,
  TEXT_WIDTH,
  TITLE_SIZE,
  clean,
  documentLayout,
  tableGrid
} from "./chunk-3CJMEEXO.js";
import "./chunk-NQCPKRAQ.js";
import "./chunk-MDKOZTUU.js";
import "./chunk-4P5I3Q76.js";
import "./chunk-5BHPBIFA.js";
import "./chunk-XYDU2MH7.js";
export {
  FONT,
  FONT_SIZE,
  FOOTER,
  PAGE,
  TEXT_WIDTH,
  TITLE_SIZE,
  clean,
  documentLayout,
  tableGrid
};
