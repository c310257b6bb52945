import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  FileCache,
  cacheSalt,
  defaultCacheDir,
  statBeforeRead
} from "./chunk-OPC3SP7B.js";
import "./chunk-3IEPPJJE.js";
import "./chunk-XYDU2MH7.js";
export {
  FileCache,
  cacheSalt,
  defaultCacheDir,
  statBeforeRead
};
