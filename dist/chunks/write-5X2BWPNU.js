import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-MSQZCZRV.js";
import "./chunk-6THF7KGA.js";
import "./chunk-HWVIYGBD.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  writeFileAtomic
};
