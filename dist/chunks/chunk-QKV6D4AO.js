import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  ioError,
  ioMessage,
  ownIoError
} from "./chunk-XIKJDTQ2.js";
import {
  InputError
} from "./chunk-NTGAD4TH.js";

// src/load/bounded.ts
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
var MiB = 1024 * 1024, MAX_STANDARD_BYTES = 4 * MiB, MAX_DOCUMENT_BYTES = 16 * MiB, MAX_CONFIG_BYTES = 1 * MiB, OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
function readFileBounded(path, file, limit) {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    throw ioError("read", e, file);
  }
  if (st.isDirectory()) throw new InputError(ioMessage("read", "EISDIR", file));
  if (!st.isFile()) throw ownIoError("read", "not-regular", file);
  if (st.size > limit) throw ownIoError("read", "too-large", file, limit);
  let fd;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    throw ioError("read", e, file);
  }
  try {
    let opened = fstatSync(fd);
    if (opened.isDirectory()) throw new InputError(ioMessage("read", "EISDIR", file));
    if (!opened.isFile()) throw ownIoError("read", "not-regular", file);
    let cap = limit + 1, buf = Buffer.allocUnsafe(Math.min(cap, Math.max(opened.size + 1, 64 * 1024))), n = 0;
    for (; ; ) {
      if (n === buf.length) {
        if (buf.length >= cap) break;
        let bigger = Buffer.allocUnsafe(Math.min(cap, buf.length * 2));
        buf.copy(bigger, 0, 0, n), buf = bigger;
      }
      let got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    if (n > limit) throw ownIoError("read", "too-large", file, limit);
    return buf.subarray(0, n);
  } catch (e) {
    throw e instanceof InputError ? e : ioError("read", e, file);
  } finally {
    closeSync(fd);
  }
}
function readTextBounded(path, file, limit) {
  return new TextDecoder("utf-8", { ignoreBOM: !0 }).decode(readFileBounded(path, file, limit));
}
async function readStreamBounded(stream, limit) {
  let chunks = [], n = 0;
  try {
    for await (let chunk of stream) {
      let bytes = typeof chunk == "string" ? Buffer.from(chunk, "utf8") : chunk;
      if (n += bytes.length, n > limit) throw ownIoError("stdin", "too-large", void 0, limit);
      chunks.push(bytes);
    }
  } catch (e) {
    throw e instanceof InputError ? e : ioError("stdin", e);
  }
  return Buffer.concat(chunks, n);
}

export {
  MAX_STANDARD_BYTES,
  MAX_DOCUMENT_BYTES,
  MAX_CONFIG_BYTES,
  readFileBounded,
  readTextBounded,
  readStreamBounded
};
