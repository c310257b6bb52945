import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/model/version.ts
var VERSION = "0.1.0", BUILD_ID = "d2a4e47860f79b0f";

export {
  VERSION,
  BUILD_ID
};
