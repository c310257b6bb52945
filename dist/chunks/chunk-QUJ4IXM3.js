import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/model/version.ts
var VERSION = "0.1.0", BUILD_ID = "f7854c73ee53a81c";

export {
  VERSION,
  BUILD_ID
};
