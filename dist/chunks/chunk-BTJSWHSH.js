import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  Inflate
} from "./chunk-OVHRWHYG.js";
import {
  readFileBounded
} from "./chunk-QKV6D4AO.js";
import {
  InputError
} from "./chunk-NTGAD4TH.js";
import {
  msg
} from "./chunk-TE5S4JRX.js";

// src/load/office.ts
import { closeSync, constants, openSync, readSync, statSync } from "node:fs";

// src/load/zip.ts
var ZIP_LIMITS = {
  maxArchiveBytes: 50 * 1024 * 1024,
  maxEntries: 2e3,
  maxEntryBytes: 40 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 200
}, EOCD = 101010256, CENTRAL = 33639248, LOCAL = 67324752, CHUNK = 16 * 1024;
function isZipMagic(bytes) {
  return bytes.length >= 4 && bytes[0] === 80 && bytes[1] === 75 && (bytes[2] === 3 && bytes[3] === 4 || bytes[2] === 5 && bytes[3] === 6);
}
function broken(file, what, params = {}) {
  return new InputError(msg(`document.brokenZip.${what}`, { file, ...params }));
}
function bomb(file, what, params) {
  return new InputError(msg(`document.zipBomb.${what}`, { file, ...params }));
}
function zipEntries(bytes, file, limits = ZIP_LIMITS) {
  if (bytes.length > limits.maxArchiveBytes) throw new InputError(msg("document.tooLarge", { file, bytes: bytes.length, max: limits.maxArchiveBytes }));
  if (!isZipMagic(bytes)) throw new InputError(msg("document.notZip", { file }));
  let view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), u32 = (at2) => view.getUint32(at2, !0), u16 = (at2) => view.getUint16(at2, !0), eocd = -1;
  for (let at2 = bytes.length - 22; at2 >= Math.max(0, bytes.length - 22 - 65535); at2--)
    if (u32(at2) === EOCD) {
      eocd = at2;
      break;
    }
  if (eocd < 0) throw broken(file, "noEnd");
  let count = u16(eocd + 10), dirSize = u32(eocd + 12), dirOffset = u32(eocd + 16);
  if (count === 65535 || dirOffset === 4294967295) throw broken(file, "zip64");
  if (count > limits.maxEntries) throw bomb(file, "entries", { count, max: limits.maxEntries });
  if (dirOffset + dirSize > eocd) throw broken(file, "directory");
  let entries = [], total = 0, at = dirOffset, decoder = new TextDecoder("utf-8");
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || u32(at) !== CENTRAL) throw broken(file, "directory");
    let flags = u16(at + 8), method = u16(at + 10), compressedSize = u32(at + 20), size = u32(at + 24), nameLength = u16(at + 28), extraLength = u16(at + 30), commentLength = u16(at + 32), localOffset = u32(at + 42);
    if (at + 46 + nameLength > eocd) throw broken(file, "directory");
    let name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (compressedSize === 4294967295 || size === 4294967295 || localOffset === 4294967295) throw broken(file, "zip64");
    if (total += size, total > limits.maxTotalBytes) throw bomb(file, "total", { max: limits.maxTotalBytes });
    if (size > 1024 * 1024 && size > compressedSize * limits.maxRatio)
      throw bomb(file, "ratio", { entry: name, ratio: Math.round(size / Math.max(1, compressedSize)), max: limits.maxRatio });
    entries.push({ name, method, flags, compressedSize, size, localOffset }), at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
function readZipEntry(bytes, entry, file, limits = ZIP_LIMITS) {
  if ((entry.flags & 1) !== 0) throw broken(file, "encrypted", { entry: entry.name });
  if (entry.size > limits.maxEntryBytes) throw bomb(file, "entry", { entry: entry.name, size: entry.size, max: limits.maxEntryBytes });
  let view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, !0) !== LOCAL) throw broken(file, "entry", { entry: entry.name });
  let start = at + 30 + view.getUint16(at + 26, !0) + view.getUint16(at + 28, !0), end = start + entry.compressedSize;
  if (end > bytes.length) throw broken(file, "entry", { entry: entry.name });
  let data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw broken(file, "entry", { entry: entry.name });
    return data;
  }
  if (entry.method !== 8) throw broken(file, "method", { entry: entry.name, method: entry.method });
  let out = new Uint8Array(entry.size), length = 0, over = !1, inflate = new Inflate((chunk) => {
    if (!over) {
      if (length + chunk.length > entry.size) {
        over = !0;
        return;
      }
      out.set(chunk, length), length += chunk.length;
    }
  });
  try {
    for (let p = 0; p < data.length && !over; p += CHUNK) inflate.push(data.subarray(p, Math.min(data.length, p + CHUNK)), p + CHUNK >= data.length);
  } catch {
    throw broken(file, "inflate", { entry: entry.name });
  }
  if (over) throw bomb(file, "inflate", { entry: entry.name, size: entry.size });
  if (length !== entry.size) throw broken(file, "size", { entry: entry.name, got: length, want: entry.size });
  return out;
}

// src/load/office.ts
function isOfficeFile(path, shown) {
  if (/\.(docx|odt)$/i.test(shown)) return !0;
  let fd;
  try {
    if (!statSync(path).isFile()) return !1;
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    let head = new Uint8Array(4);
    return readSync(fd, head, 0, 4, 0) === 4 && isZipMagic(head);
  } catch {
    return !1;
  } finally {
    fd !== void 0 && closeSync(fd);
  }
}
function readBytes(path, shown) {
  return readFileBounded(path, shown, ZIP_LIMITS.maxArchiveBytes);
}
function hasDoctype(xml) {
  return /<!\s*(DOCTYPE|ENTITY)/i.test(xml);
}
function officeXmlOf(bytes, shown) {
  let entries = zipEntries(bytes, shown), byName = new Map(entries.map((e) => [e.name, e])), docx = byName.get("word/document.xml"), odt = byName.get("content.xml"), kind;
  if (docx) kind = "docx";
  else if (odt) {
    let mimetype = byName.get("mimetype"), type = mimetype ? new TextDecoder().decode(readZipEntry(bytes, mimetype, shown)).trim() : "";
    if (type !== "" && !/^application\/vnd\.oasis\.opendocument\.text(-template)?$/.test(type)) throw new InputError(msg("document.notText", { file: shown, type }));
    kind = "odt";
  } else throw new InputError(msg("document.notOffice", { file: shown }));
  let entry = docx ?? odt, raw = readZipEntry(bytes, entry, shown, ZIP_LIMITS), xml;
  try {
    xml = new TextDecoder("utf-8", { fatal: !0 }).decode(raw);
  } catch {
    throw new InputError(msg("document.notUtf8", { file: shown, part: entry.name }));
  }
  if (hasDoctype(xml)) throw new InputError(msg("document.doctype", { file: shown, part: entry.name }));
  return { kind, xml, part: entry.name };
}
function readOfficeXml(path, shown) {
  return officeXmlOf(readBytes(path, shown), shown);
}

export {
  ZIP_LIMITS,
  isZipMagic,
  zipEntries,
  readZipEntry,
  isOfficeFile,
  hasDoctype,
  officeXmlOf,
  readOfficeXml
};
