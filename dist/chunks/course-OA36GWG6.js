import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  COVER_KINDS,
  courseModeline,
  coversNothing,
  unitCodes
} from "./chunk-WUPCKFHW.js";
import "./chunk-XYDU2MH7.js";
export {
  COVER_KINDS,
  courseModeline,
  coversNothing,
  unitCodes
};
