import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  FileCache,
  cacheSalt,
  defaultCacheDir,
  statBeforeRead
} from "./chunk-4BD4UY32.js";
import "./chunk-Z6YQTQ32.js";
import "./chunk-XYDU2MH7.js";
export {
  FileCache,
  cacheSalt,
  defaultCacheDir,
  statBeforeRead
};
