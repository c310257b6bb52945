import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  parseStandardCode
} from "./chunk-7ZUBZPJB.js";
import {
  ioError,
  ioMessage,
  printable
} from "./chunk-XIKJDTQ2.js";
import {
  InputError
} from "./chunk-NTGAD4TH.js";
import "./chunk-J3TOLC5V.js";
import {
  msg
} from "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";

// src/load/safe-path.ts
import { lstatSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, win32 } from "node:path";
var MAX_NAME_BYTES = 255, MAX_PATH_BYTES = 4096, CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
function checkName(name, shownRoot) {
  let shown = printable(name, 80);
  if (CONTROL.test(name)) throw new InputError(msg("io.path.control", { name: shown }));
  if (isAbsolute(name) || win32.isAbsolute(name) || /^[A-Za-z]:/.test(name)) throw new InputError(msg("io.path.absolute", { name: shown }));
  if (name === "" || name === "." || name === ".." || name.includes("/") || name.includes("\\"))
    throw new InputError(msg("io.path.traversal", { name: shown, root: shownRoot }));
  let length = Buffer.byteLength(name, "utf8");
  if (length > MAX_NAME_BYTES) throw new InputError(msg("io.path.too-long", { name: shown, length, max: MAX_NAME_BYTES }));
}
function pathInside(root, names, shown = (p) => p) {
  let base = resolve(root), shownRoot = shown(base);
  for (let name of names) checkName(name, shownRoot);
  let path = resolve(base, ...names), rel = relative(base, path);
  if (rel === "" || rel.split(/[\\/]/)[0] === ".." || isAbsolute(rel))
    throw new InputError(msg("io.path.outside", { path: printable(shown(path)), root: shownRoot }));
  let length = Buffer.byteLength(path, "utf8");
  if (length > MAX_PATH_BYTES) throw new InputError(msg("io.path.too-long", { name: printable(shown(path), 80), length, max: MAX_PATH_BYTES }));
  try {
    let own = statSync(base, { throwIfNoEntry: !1 });
    if (own && !own.isDirectory()) throw new InputError(msg("io.path.not-folder", { path: shownRoot }));
    let at = base;
    for (let [i, name] of names.entries()) {
      at = join(at, name);
      let st = lstatSync(at, { throwIfNoEntry: !1 });
      if (!st) break;
      if (st.isSymbolicLink()) throw new InputError(msg("io.path.symlink", { path: shown(at), root: shownRoot }));
      if (i < names.length - 1) {
        if (!st.isDirectory()) throw new InputError(msg("io.path.not-folder", { path: shown(at) }));
      } else {
        if (st.isDirectory()) throw new InputError(ioMessage("write", "EISDIR", shown(at)));
        if (!st.isFile()) throw new InputError(msg("io.write.not-regular", { file: shown(at) }));
      }
    }
  } catch (e) {
    throw e instanceof InputError ? e : ioError("write", e, shown(path));
  }
  return path;
}
function catalogFilePath(root, code, version, shown = (p) => p) {
  let shownRoot = shown(resolve(root));
  checkName(code, shownRoot);
  let parsed = parseStandardCode(code);
  if (!parsed || code !== code.trim()) throw new InputError(msg("io.path.invalid-code", { code: printable(code, 80) }));
  if (!Number.isSafeInteger(version) || version < 1) throw new InputError(msg("io.path.invalid-version", { version: printable(String(version), 40) }));
  return pathInside(root, [parsed.base, `v${version}.yaml`], shown);
}
export {
  MAX_NAME_BYTES,
  MAX_PATH_BYTES,
  catalogFilePath,
  checkName,
  pathInside
};
