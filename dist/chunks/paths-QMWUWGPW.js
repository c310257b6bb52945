import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  builtWorkerScript,
  bundledCatalogRoot,
  displayPath,
  packageRoot
} from "./chunk-3XL5FPGD.js";
import "./chunk-XYDU2MH7.js";
export {
  builtWorkerScript,
  bundledCatalogRoot,
  displayPath,
  packageRoot
};
