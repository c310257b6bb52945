import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  packageRoot
} from "./chunk-655AMDMP.js";
import "./chunk-XYDU2MH7.js";

// src/load/modeline.ts
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
var CANDIDATES = [join("schemas", "standard.schema.json"), join("node_modules", "compstd", "schemas", "standard.schema.json")];
function relativeRef(fromDir, to) {
  let rel = relative(fromDir, to).split("\\").join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}
function schemaRefFor(file) {
  let from = dirname(resolve(file)), dir = from;
  for (let depth = 0; depth < 256; depth++) {
    for (let candidate of CANDIDATES) {
      let path = join(dir, candidate);
      if (existsSync(path)) return { ref: relativeRef(from, path), inRepository: !0 };
    }
    if (existsSync(join(dir, ".git"))) break;
    let up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return { ref: relativeRef(from, join(packageRoot(), "schemas", "standard.schema.json")), inRepository: !1 };
}
export {
  schemaRefFor
};
