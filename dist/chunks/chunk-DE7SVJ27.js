import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  checkSchema,
  loadFinding,
  parseYaml
} from "./chunk-OX7EX2RD.js";
import {
  fastStandard
} from "./chunk-PWR5QEH6.js";
import {
  MAX_STANDARD_BYTES,
  readFileBounded
} from "./chunk-QKV6D4AO.js";
import {
  InputError
} from "./chunk-NTGAD4TH.js";
import {
  msg
} from "./chunk-TE5S4JRX.js";

// src/load/read.ts
import { Buffer, isUtf8 } from "node:buffer";
var MAX_FILE_BYTES = MAX_STANDARD_BYTES;
function at1(file, ruleId, message, line = 1, column = 1) {
  return loadFinding(file, ruleId, "error", message, line, column);
}
function firstInvalidUtf8(bytes) {
  let decoder = new TextDecoder("utf-8", { fatal: !0 });
  try {
    decoder.decode(bytes);
    return;
  } catch {
    let lo = 0, hi = bytes.length;
    for (; lo < hi; ) {
      let mid = lo + hi + 1 >> 1;
      try {
        new TextDecoder("utf-8", { fatal: !0 }).decode(bytes.subarray(0, mid), { stream: !0 }), lo = mid;
      } catch {
        hi = mid - 1;
      }
    }
    for (let k = lo; k >= Math.max(0, lo - 3); k--)
      try {
        return new TextDecoder("utf-8", { fatal: !0 }).decode(bytes.subarray(0, k)), k;
      } catch {
      }
    return lo;
  }
}
function lineColOf(text) {
  let lines = text.split(`
`);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
function loadStandardText(file, source) {
  let text = source.charCodeAt(0) === 65279 ? source.slice(1) : source, fast = source === text ? fastStandard(text) : void 0;
  if (fast) {
    let parsed;
    return {
      file,
      text,
      bom: !1,
      get parsed() {
        return parsed ??= parseYaml(file, source);
      },
      standard: fast,
      findings: []
    };
  }
  return loadStandardTextFully(file, source);
}
function loadStandardTextFully(file, source) {
  let parsed = parseYaml(file, source), findings = [...parsed.findings], standard;
  if (!findings.some((f) => f.severity === "error")) {
    let schemaFindings = checkSchema(file, parsed.value, parsed.doc, parsed.lineCounter);
    findings.push(...schemaFindings), schemaFindings.length === 0 && (standard = parsed.value);
  }
  return { file, text: parsed.text, bom: parsed.bom, parsed, standard, findings };
}
function loadStandardBytes(file, bytes) {
  let fail = (f) => ({ file, text: void 0, bom: !1, parsed: void 0, standard: void 0, findings: [f] });
  if (bytes.length > MAX_FILE_BYTES)
    return fail(at1(file, "file-too-large", msg("findings.load.tooLarge", { size: bytes.length, max: MAX_FILE_BYTES })));
  let nul = bytes.indexOf(0);
  if (nul >= 0) {
    let where = lineColOf(new TextDecoder().decode(bytes.subarray(0, nul)));
    return fail(at1(file, "binary-file", msg("findings.load.binary"), where.line, where.column));
  }
  let valid = isUtf8(bytes), text = valid ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8") : "", bad = valid ? void 0 : firstInvalidUtf8(bytes);
  if (bad !== void 0) {
    let where = lineColOf(new TextDecoder().decode(bytes.subarray(0, bad)));
    return fail(
      at1(file, "invalid-utf8", msg("findings.load.invalidUtf8", { byte: bad }), where.line, where.column)
    );
  }
  return loadStandardText(file, text);
}
function loadStandardFile(path, display = path) {
  let bytes;
  try {
    bytes = readFileBounded(path, display, MAX_FILE_BYTES);
  } catch (e) {
    if (!(e instanceof InputError) || !e.msg) throw e;
    let tooLarge = e.msg.params?.code === "too-large", finding = at1(display, tooLarge ? "file-too-large" : "unreadable", e.msg);
    return { file: display, text: void 0, bom: !1, parsed: void 0, standard: void 0, findings: [finding] };
  }
  return loadStandardBytes(display, bytes);
}

export {
  MAX_FILE_BYTES,
  loadStandardText,
  loadStandardTextFully,
  loadStandardBytes,
  loadStandardFile
};
