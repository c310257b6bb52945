import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  ioError,
  ioMessage
} from "./chunk-XIKJDTQ2.js";
import {
  InputError
} from "./chunk-NTGAD4TH.js";
import {
  msg
} from "./chunk-TE5S4JRX.js";

// src/load/write.ts
import {
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  lstatSync,
  openSync,
  readlinkSync,
  renameSync,
  unlinkSync,
  writeSync
} from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join, resolve } from "node:path";
var live = /* @__PURE__ */ new Set(), SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"], guarded = !1;
function onSignal(signal) {
  for (let tmp of live)
    try {
      unlinkSync(tmp);
    } catch {
    }
  live.clear();
  for (let s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}
function guardSignals() {
  if (!guarded) {
    guarded = !0;
    for (let s of SIGNALS)
      try {
        process.on(s, onSignal);
      } catch {
      }
  }
}
function followLinks(path, display) {
  let at = path;
  for (let hops = 0; hops < 40; hops++) {
    let st = lstatSync(at, { throwIfNoEntry: !1 });
    if (!st?.isSymbolicLink()) return { target: at, stat: st };
    at = resolve(dirname(at), readlinkSync(at));
  }
  throw new InputError(ioMessage("write", "ELOOP", display));
}
function temporaryName(target) {
  let base = basename(target), short = Buffer.byteLength(base, "utf8") <= 64 ? base : "compstd";
  return join(dirname(target), `.${short}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
}
function writeFileAtomic(path, content, display = path, options = {}) {
  let target, existing;
  try {
    let first = lstatSync(path, { throwIfNoEntry: !1 });
    if (first?.isSymbolicLink()) {
      if (options.symlinks === "refuse") throw new InputError(msg("io.write.symlink", { file: display }));
      ({ target, stat: existing } = followLinks(path, display));
    } else
      target = path, existing = first;
  } catch (e) {
    throw e instanceof InputError ? e : ioError("write", e, display);
  }
  if (existing?.isDirectory()) throw new InputError(ioMessage("write", "EISDIR", display));
  if (existing && !existing.isFile()) throw new InputError(msg("io.write.not-regular", { file: display }));
  guardSignals();
  let tmp = temporaryName(target), fd;
  try {
    let flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
    fd = openSync(tmp, flags, existing ? 384 : 438), live.add(tmp);
    let bytes = typeof content == "string" ? Buffer.from(content, "utf8") : content, written = 0;
    for (; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    if (existing) {
      if (typeof process.getuid == "function" && (existing.uid !== process.getuid() || existing.gid !== process.getgid?.()))
        try {
          fchownSync(fd, existing.uid, existing.gid);
        } catch {
        }
      fchmodSync(fd, existing.mode & 4095);
    }
    fsyncSync(fd), closeSync(fd), fd = void 0, renameSync(tmp, target), live.delete(tmp);
  } catch (e) {
    if (fd !== void 0)
      try {
        closeSync(fd);
      } catch {
      }
    if (live.has(tmp)) {
      try {
        unlinkSync(tmp);
      } catch {
      }
      live.delete(tmp);
    }
    throw ioError("write", e, display);
  }
  syncFolder(dirname(target));
}
function syncFolder(dir) {
  let fd;
  try {
    fd = openSync(dir, constants.O_RDONLY), fsyncSync(fd);
  } catch {
  } finally {
    fd !== void 0 && closeSync(fd);
  }
}
function targetExists(path) {
  return existsSync(path);
}
function makeFolderFor(path, display) {
  try {
    mkdirSync(dirname(path), { recursive: !0 });
  } catch (e) {
    throw ioError("write", e, display);
  }
}

export {
  writeFileAtomic,
  targetExists,
  makeFolderFor
};
