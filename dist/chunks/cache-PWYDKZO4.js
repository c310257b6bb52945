import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  FileCache,
  cacheSalt,
  defaultCacheDir,
  statBeforeRead
} from "./chunk-O45Z3SX2.js";
import "./chunk-KVAWWGG5.js";
import "./chunk-XYDU2MH7.js";
export {
  FileCache,
  cacheSalt,
  defaultCacheDir,
  statBeforeRead
};
