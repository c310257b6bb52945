import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  makeFolderFor,
  targetExists,
  writeFileAtomic
} from "./chunk-K7SQEWMQ.js";
import "./chunk-XIKJDTQ2.js";
import "./chunk-NTGAD4TH.js";
import "./chunk-J3TOLC5V.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  makeFolderFor,
  targetExists,
  writeFileAtomic
};
