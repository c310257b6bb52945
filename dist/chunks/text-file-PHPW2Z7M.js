import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  InputError
} from "./chunk-6THF7KGA.js";
import "./chunk-HWVIYGBD.js";
import "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";

// src/load/text-file.ts
import { readFileSync } from "node:fs";
function readTextFile(path, shown) {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    let code = e.code, why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : code === "EACCES" ? "permission denied" : e.message;
    throw new InputError(`Cannot read ${shown}: ${why}`);
  }
}
export {
  readTextFile
};
