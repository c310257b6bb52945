import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/model/version.ts
var VERSION = "0.1.0", BUILD_ID = "cccade86dc0d39c9";

export {
  VERSION,
  BUILD_ID
};
