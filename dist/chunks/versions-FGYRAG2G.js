import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  diffEntries
} from "./chunk-OWDTW6SA.js";
import "./chunk-DHERK4UX.js";
import "./chunk-4P5I3Q76.js";
import "./chunk-T5IFUHR5.js";
import "./chunk-5BHPBIFA.js";
import "./chunk-XYDU2MH7.js";
export {
  diffEntries
};
