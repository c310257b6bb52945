import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-JMO6UBA4.js";
import "./chunk-MIJ55RZC.js";
import "./chunk-QKJZ6V7J.js";
import "./chunk-M7FJ6D5X.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";
export {
  writeFileAtomic
};
