import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  fitColumns,
  renderTable
} from "./chunk-DNC7QM4L.js";
import "./chunk-FIWZPUBZ.js";
import "./chunk-VRRIJLYY.js";
import "./chunk-XYDU2MH7.js";
export {
  fitColumns,
  renderTable
};
