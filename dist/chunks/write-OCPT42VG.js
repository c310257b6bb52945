import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  makeFolderFor,
  targetExists,
  writeFileAtomic
} from "./chunk-IADYNIEF.js";
import "./chunk-SG52LJXQ.js";
import "./chunk-TSIMHICY.js";
import "./chunk-QDICOLGG.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  makeFolderFor,
  targetExists,
  writeFileAtomic
};
