import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  makeFolderFor,
  targetExists,
  writeFileAtomic
} from "./chunk-5RTJ6E3G.js";
import "./chunk-BQQK7TXE.js";
import "./chunk-HE2ZO57D.js";
import "./chunk-PJ6LIDDK.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  makeFolderFor,
  targetExists,
  writeFileAtomic
};
