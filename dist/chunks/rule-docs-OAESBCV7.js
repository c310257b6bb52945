import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  packageRoot
} from "./chunk-655AMDMP.js";
import "./chunk-XYDU2MH7.js";

// src/load/rule-docs.ts
import { openSync, readSync, closeSync } from "node:fs";
import { join } from "node:path";
var MAX_DOC_BYTES = 64 * 1024;
function readBounded(path) {
  let fd;
  try {
    fd = openSync(path, "r");
    let buf = Buffer.alloc(MAX_DOC_BYTES), n = readSync(fd, buf, 0, MAX_DOC_BYTES, 0);
    return buf.subarray(0, n).toString("utf8");
  } catch {
    return;
  } finally {
    fd !== void 0 && closeSync(fd);
  }
}
function readRuleDocs(ids, root = packageRoot()) {
  let docs = /* @__PURE__ */ new Map();
  for (let id of ids) {
    if (!/^[a-z0-9-]+$/.test(id)) continue;
    let text = readBounded(join(root, "docs", "rules", `${id}.md`));
    text !== void 0 && docs.set(id, text);
  }
  return docs;
}
export {
  readRuleDocs
};
