import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/model/version.ts
var VERSION = "0.1.0", BUILD_ID = "cf7f2a5cb9ffcba9";

export {
  VERSION,
  BUILD_ID
};
