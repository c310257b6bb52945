import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  bundledCatalogRoot,
  displayPath,
  packageRoot
} from "./chunk-LCBOUO6Y.js";
import "./chunk-XYDU2MH7.js";
export {
  bundledCatalogRoot,
  displayPath,
  packageRoot
};
