import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  InputError
} from "./chunk-6THF7KGA.js";

// src/load/write.ts
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function writeFileAtomic(path, content, display = path) {
  let tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`), fd;
  try {
    fd = openSync(tmp, "wx");
    let bytes = typeof content == "string" ? Buffer.from(content, "utf8") : content, written = 0;
    for (; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd), closeSync(fd), fd = void 0, renameSync(tmp, path);
  } catch (e) {
    fd !== void 0 && closeSync(fd), rmSync(tmp, { force: !0 });
    let err = e;
    throw new InputError(`Cannot write ${display}: ${err.code === "ENOENT" ? "no such folder" : err.code === "EACCES" ? "permission denied" : err.message}`);
  }
}

export {
  writeFileAtomic
};
