import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  CATALOGUES,
  DOMAINS,
  t,
  tr
} from "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  CATALOGUES,
  DOMAINS,
  t,
  tr
};
