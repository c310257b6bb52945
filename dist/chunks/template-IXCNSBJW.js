import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  FIXED_COLUMNS,
  HEADER_ROW,
  TEMPLATE_UNITS,
  mappingFromGrid,
  templateGrid
} from "./chunk-EXGYXARW.js";
import "./chunk-PWFPJ7LD.js";
import "./chunk-WUPCKFHW.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  FIXED_COLUMNS,
  HEADER_ROW,
  TEMPLATE_UNITS,
  mappingFromGrid,
  templateGrid
};
