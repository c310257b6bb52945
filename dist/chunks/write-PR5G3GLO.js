import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-OXJL6H4J.js";
import "./chunk-HXRQNW7Y.js";
import "./chunk-CZVAYGWI.js";
import "./chunk-ZLPRX6IM.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  writeFileAtomic
};
