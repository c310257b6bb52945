import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  makeFolderFor,
  targetExists,
  writeFileAtomic
} from "./chunk-YCFGSW6F.js";
import "./chunk-3HN7CLOZ.js";
import "./chunk-5T2RDWGD.js";
import "./chunk-CHLQOWG4.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  makeFolderFor,
  targetExists,
  writeFileAtomic
};
