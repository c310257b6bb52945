import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/model/version.ts
var VERSION = "0.1.0", BUILD_ID = "3b1bc7f2c22c5787";

export {
  VERSION,
  BUILD_ID
};
