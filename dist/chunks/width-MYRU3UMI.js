import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  displayWidth,
  hang,
  isSimpleText,
  longestWord,
  padEnd,
  padStart,
  prepareDisplayWidth,
  stringsOf,
  wrap
} from "./chunk-CCO2HTWX.js";
import "./chunk-VRRIJLYY.js";
import "./chunk-XYDU2MH7.js";
export {
  displayWidth,
  hang,
  isSimpleText,
  longestWord,
  padEnd,
  padStart,
  prepareDisplayWidth,
  stringsOf,
  wrap
};
