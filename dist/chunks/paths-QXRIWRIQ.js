import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  CONFIG_FILE,
  builtWorkerScript,
  bundledCatalogRoot,
  displayPath,
  packageRoot
} from "./chunk-655AMDMP.js";
import "./chunk-XYDU2MH7.js";
export {
  CONFIG_FILE,
  builtWorkerScript,
  bundledCatalogRoot,
  displayPath,
  packageRoot
};
