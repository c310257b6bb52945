import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  makeFolderFor,
  targetExists,
  writeFileAtomic
} from "./chunk-QIMU7C2K.js";
import "./chunk-YLRZF6HM.js";
import "./chunk-CB34R644.js";
import "./chunk-3UH4GFT2.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  makeFolderFor,
  targetExists,
  writeFileAtomic
};
