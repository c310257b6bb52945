import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  defaultSettings
} from "./chunk-FPZ7DGZO.js";
import "./chunk-UXLME7L4.js";
import {
  outcomeOf
} from "./chunk-2LUITLHF.js";
import "./chunk-O45Z3SX2.js";
import "./chunk-XVJVZHK5.js";
import "./chunk-4P5I3Q76.js";
import {
  loadStandardText
} from "./chunk-DE7SVJ27.js";
import "./chunk-OX7EX2RD.js";
import "./chunk-ED2TTB4K.js";
import "./chunk-PWR5QEH6.js";
import "./chunk-4ZFAVBGW.js";
import "./chunk-655AMDMP.js";
import "./chunk-KVAWWGG5.js";
import "./chunk-QKV6D4AO.js";
import {
  baseOf
} from "./chunk-7ZUBZPJB.js";
import "./chunk-XIKJDTQ2.js";
import {
  InputError
} from "./chunk-NTGAD4TH.js";
import {
  t
} from "./chunk-J3TOLC5V.js";
import {
  DEFAULT_LANG,
  msg
} from "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";

// src/import/text.ts
var SPACE_IN_WORD = new RegExp("(?<=[\\p{Script=Han}\u3001\uFF0C\u3002\uFF1B\uFF1A])[ \\t\\u3000\\u00a0]+(?=\\p{Script=Han})", "gu");
function removeCjkSpaces(text) {
  return text.replace(SPACE_IN_WORD, "");
}
function squash(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/[ \t\u00a0]{2,}/g, " ").trim();
}
function isNone(text) {
  return /^(無|无|none|n\/a|[-—–－]+)[。.]?$/i.test(text.trim());
}
function labelKey(text) {
  return text.replace(/[\s*#●•]/g, "").replace(/（/g, "(").replace(/）/g, ")").replace(/[：:]$/, "");
}
function joinCut(before, after) {
  let a = before.trimEnd(), b = after.trimStart();
  if (a === "") return b;
  if (b === "") return a;
  let han = new RegExp("\\p{Script=Han}|[\uFF0C\u3002\u3001\uFF1B\uFF1A\uFF01\uFF1F\uFF08\uFF09\u3010\u3011\u300C\u300D]", "u");
  return han.test(a.at(-1)) || han.test(b[0]) ? `${a}${b}` : `${a} ${b}`;
}

// src/import/header.ts
var STANDARD_CODE = /^[A-Za-z]{3}\s*[0-9]{4}\s*[-－–]\s*[0-9]{3}(?:\s*[vV]\s*[0-9]+)?$/;
function asStandardCode(cell) {
  let t2 = cell.trim();
  return STANDARD_CODE.test(t2) ? t2.replace(/\s+/g, "").replace(/[－–]/, "-").replace(/V(?=[0-9]+$)/, "v") : void 0;
}
function versionOfCode(code) {
  let m = /v([0-9]+)$/i.exec(code);
  return m ? Number(m[1]) : void 0;
}
var DATE = /^([0-9]{4})\s*[/.\-年]\s*([0-9]{1,2})\s*[/.\-月]\s*([0-9]{1,2})\s*日?$/, VERSION_CELL = /^[vV]\s*([0-9]{1,3})$/;
function isVersionHead(cells) {
  let keys = cells.map(labelKey);
  return keys.includes("\u7248\u672C") && keys.includes("\u8077\u80FD\u57FA\u6E96\u4EE3\u78BC") && (keys.includes("\u72C0\u614B") || keys.includes("\u8077\u80FD\u57FA\u6E96\u540D\u7A31"));
}
var STATUS_NOT_PRINTED = /* @__PURE__ */ new WeakSet();
function versionRow(row, journal) {
  let cells = row.cells.map((c) => c.split(/\s*\n\s*/).reduce((a, b) => joinCut(a, b)).trim()), firstFilled = cells.findIndex((x) => x !== ""), version, code, status, date = null, codeAt = -1, statusAt = -1;
  if (cells.forEach((c, i) => {
    let v = VERSION_CELL.exec(c) ?? (i === firstFilled ? /^([0-9]{1,3})$/.exec(c) : null);
    if (v && version === void 0) version = Number(v[1]);
    else if (code === void 0 && asStandardCode(c) !== void 0)
      code = asStandardCode(c), codeAt = i;
    else if (status === void 0 && /最新|現行/.test(c) && c.length <= 8)
      status = "current", statusAt = i;
    else if (status === void 0 && /歷史|舊版/.test(c) && c.length <= 8)
      status = "historical", statusAt = i;
    else if (date === null && DATE.test(c)) {
      let m = DATE.exec(c);
      date = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
    }
  }), version === void 0 && code === void 0) {
    firstFilled >= 0 && journal.warn(row.line, msg("import.warn.versionRowEmpty", { cells: cells.filter((c) => c !== "").join(" | ") }));
    return;
  }
  let taken = (i) => i === codeAt || i === statusAt || asStandardCode(cells[i]) !== void 0 || /最新|現行|歷史|舊版/.test(cells[i]) && cells[i].length <= 8 || DATE.test(cells[i]) || VERSION_CELL.test(cells[i]) || i === firstFilled && /^[0-9]{1,3}$/.test(cells[i]), freeAt = (from, to) => {
    for (let i = Math.max(0, from); i < Math.min(to, cells.length); i++) if (cells[i] !== "" && !taken(i)) return i;
    return -1;
  }, nameAt = codeAt >= 0 ? freeAt(codeAt + 1, statusAt >= 0 ? statusAt : cells.length) : -1, name = nameAt >= 0 ? cells[nameAt] : void 0, noteAt = statusAt >= 0 ? freeAt(statusAt + 1, cells.length) : nameAt >= 0 ? freeAt(nameAt + 1, cells.length) : -1, note = noteAt >= 0 ? cells[noteAt] : void 0;
  version ??= code !== void 0 ? versionOfCode(code) : void 0, version === void 0 && (journal.warn(row.line, msg("import.warn.versionRowNoVersion", { code: code ?? "?" })), version = 1), status === void 0 && journal.warn(row.line, msg("import.warn.versionRowNoStatus", { version }));
  let out = journal.at({ version, code: code ?? "", name: name ?? "", status: status ?? "historical", note: note ?? "", date }, row.line);
  return status === void 0 && STATUS_NOT_PRINTED.add(out), out;
}
var CLASSES = [
  { label: "\u8077\u985E\u5225", codeLabel: "\u8077\u985E\u5225\u4EE3\u78BC", key: "categories" },
  { label: "\u8077\u696D\u5225", codeLabel: "\u8077\u696D\u5225\u4EE3\u78BC", key: "occupations" },
  { label: "\u884C\u696D\u5225", codeLabel: "\u884C\u696D\u5225\u4EE3\u78BC", key: "industries" }
], HEADER_LABELS = new Set(
  ["\u8077\u80FD\u57FA\u6E96\u4EE3\u78BC", "\u8077\u80FD\u57FA\u6E96\u540D\u7A31", "\u8077\u80FD\u57FA\u6E96\u540D\u7A31(\u64C7\u4E00\u586B\u5BEB)", "\u8077\u985E", "\u8077\u696D", "\u6240\u5C6C\u985E\u5225", "\u5DE5\u4F5C\u63CF\u8FF0", "\u57FA\u6E96\u7D1A\u5225", ...CLASSES.flatMap((c) => [c.label, c.codeLabel])].map(labelKey)
);
function isHeaderLabel(cell) {
  return HEADER_LABELS.has(labelKey(cell));
}
function valueAfter(cells, i) {
  for (let j = i + 1; j < cells.length; j++) {
    let c = cells[j];
    if (c !== "")
      return isHeaderLabel(c) ? void 0 : c;
  }
}
function headerRow(row, h, journal) {
  let cells = row.cells, keys = cells.map(labelKey), used = !1, at = (label) => keys.indexOf(labelKey(label)), codeAt = at("\u8077\u80FD\u57FA\u6E96\u4EE3\u78BC");
  if (codeAt >= 0) {
    used = !0;
    let v = cells.slice(codeAt + 1).find((c) => asStandardCode(c) !== void 0) ?? valueAfter(cells, codeAt);
    v !== void 0 && (h.code = asStandardCode(v) ?? v.replace(/\s+/g, ""), h.codeLine = row.line);
  }
  for (let [kindLabel, kind] of [["\u8077\u696D", "occupation"], ["\u8077\u985E", "category"]]) {
    let i = at(kindLabel);
    if (i < 0) continue;
    used = !0;
    let v = valueAfter(cells, i);
    v === void 0 || isNone(v) || (h.name === void 0 ? (h.name = journal.text("name", v), h.nameKind = kind, h.last = "name") : journal.warn(row.line, msg("import.warn.nameTwice", { first: h.nameKind === "occupation" ? "\u8077\u696D" : "\u8077\u985E", second: kindLabel })));
  }
  (at("\u8077\u80FD\u57FA\u6E96\u540D\u7A31") >= 0 || at("\u8077\u80FD\u57FA\u6E96\u540D\u7A31(\u64C7\u4E00\u586B\u5BEB)") >= 0 || at("\u6240\u5C6C\u985E\u5225") >= 0) && (used = !0);
  for (let c of CLASSES) {
    let i = at(c.label);
    if (i < 0) continue;
    used = !0;
    let name = valueAfter(cells, i), ci = at(c.codeLabel), code = ci >= 0 ? valueAfter(cells, ci) : void 0;
    name === void 0 && code === void 0 || (code === void 0 && journal.warn(row.line, msg("import.warn.classNoCode", { label: c.label, name: name ?? "", codeLabel: c.codeLabel })), h[c.key].push({ name: name === void 0 ? "" : journal.text(c.key, name), code: (code ?? "-").replace(/\s+/g, "") }));
  }
  let d = at("\u5DE5\u4F5C\u63CF\u8FF0");
  if (d >= 0) {
    used = !0;
    let v = valueAfter(cells, d);
    v !== void 0 && (h.description = v, h.last = "description");
  }
  let l = at("\u57FA\u6E96\u7D1A\u5225");
  if (l >= 0) {
    used = !0;
    let v = valueAfter(cells, l)?.trim();
    h.level = v !== void 0 && /^[0-9]{1,2}$/.test(v) ? Number(v) : null, v !== void 0 && h.level === null && journal.warn(row.line, msg("import.warn.levelNotNumber", { value: v }));
  }
  return used;
}

// src/import/lines.ts
function toLines(text) {
  return (text.charCodeAt(0) === 65279 ? text.slice(1) : text).split(/\r\n|\r|\n/).map((raw, i) => ({ no: i + 1, raw: raw.replace(/\f/g, "") }));
}
function isBlank(line) {
  return line.raw.trim() === "";
}
function isPipeRow(raw) {
  return raw.trimStart().startsWith("|");
}
function isSeparator(raw) {
  return /^\s*\|?(\s*:?-{1,}:?\s*\|)+\s*:?-*:?\s*$/.test(raw) && raw.includes("-");
}
function isTabRow(raw) {
  return raw.includes("	");
}
function isTableLine(raw) {
  return isPipeRow(raw) || isTabRow(raw);
}
function detectLayout(lines) {
  let pipe = 0, tab = 0;
  for (let l of lines)
    isPipeRow(l.raw) ? pipe++ : isTabRow(l.raw) && tab++;
  if (!(pipe === 0 && tab === 0))
    return pipe >= tab ? "pipe" : "tab";
}
function pipeCells(raw) {
  let s = raw.trim();
  return s.startsWith("|") && (s = s.slice(1)), s.endsWith("|") && !s.endsWith("\\|") && (s = s.slice(0, -1)), s.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, "|").trim());
}
function tabCells(raw) {
  return raw.split("	").map((c) => {
    let t2 = c.trim();
    return /^"[^]*"$/.test(t2) && t2.length >= 2 ? t2.slice(1, -1).replace(/""/g, '"').trim() : t2;
  });
}
function cellsOf(raw) {
  return isPipeRow(raw) ? pipeCells(raw) : tabCells(raw);
}
function readRow(lines, i, width) {
  let first = lines[i];
  if (isPipeRow(first.raw)) {
    let text2 = first.raw.trimEnd(), j2 = i + 1, open2 = () => !text2.endsWith("|") || width !== void 0 && pipeCells(text2).length < width;
    for (; j2 < lines.length && !isBlank(lines[j2]) && !isPipeRow(lines[j2].raw) && !startsNewSection(lines[j2].raw) && open2(); )
      text2 += `
${lines[j2].raw.trim()}`, j2++;
    return { row: { line: first.no, endLine: lines[j2 - 1].no, cells: pipeCells(text2.replace(/\n/g, ` 
 `)).map(normalizeBreaks) }, next: j2 };
  }
  if (!isTabRow(first.raw)) return;
  let text = first.raw, j = i + 1, open = (t2) => (t2.split('"').length - 1) % 2 === 1 && /(^|\t)"[^\t]*$/.test(t2), short = (t2) => width !== void 0 && t2.split("	").length < width;
  for (; j < lines.length && !isBlank(lines[j]) && (open(text) || short(text)); ) {
    let next = lines[j].raw;
    if (!open(text) && width !== void 0 && next.split("	").length >= width || !open(text) && startsNewSection(next)) break;
    text += `
${next}`, j++;
  }
  return { row: { line: first.no, endLine: lines[j - 1].no, cells: tabCells(text).map(normalizeBreaks) }, next: j };
}
function normalizeBreaks(cell) {
  return cell.replace(/\s*\n\s*/g, `
`).trim();
}
function startsNewSection(raw) {
  let t2 = raw.replace(/[\s#*●•]/g, "");
  return /^職能內涵\(?（?A=/i.test(t2) || /^說明與補充事項/.test(t2) || /態度\)?）?$/.test(t2) && t2.startsWith("\u8077\u80FD\u5167\u6DB5");
}

// src/import/repairs.ts
var Journal = class {
  /** `lang`: the language of the notes written into the file and of the warnings. */
  constructor(lang = DEFAULT_LANG) {
    this.lang = lang;
  }
  lang;
  repairs = [];
  warnings = [];
  seen = /* @__PURE__ */ new Set();
  /** The line of the document each element was read from (for findings about it). */
  where = /* @__PURE__ */ new Map();
  /** Records the document line an element came from (the first one recorded stays). */
  at(item, line) {
    return this.where.has(item) || this.where.set(item, line), item;
  }
  /** A message in the run's language (notes, comments: text written into the file). */
  say(m) {
    return t(this.lang, m);
  }
  /** Takes back repairs that turned out wrong (a split of a code that was not one). */
  drop(keep) {
    let kept = this.repairs.filter(keep);
    this.repairs.length = 0, this.repairs.push(...kept);
  }
  add(repair) {
    let key = JSON.stringify([repair.at, repair.kind, repair.before, repair.after, repair.note]);
    this.seen.has(key) || (this.seen.add(key), this.repairs.push(repair));
  }
  warn(line, m) {
    this.warnings.push({ line, message: this.say(m), messageId: m.id, ...m.params ? { params: m.params } : {} });
  }
  /**
   * A text as published: line breaks inside the cell joined, runs of spaces made one, and the
   * spaces copying put inside Chinese words removed — each such repair recorded at `at`.
   */
  text(at, raw) {
    let text = raw.replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, " ").replace(/[ \t\u00a0]{2,}/g, " ").trim(), fixed = removeCjkSpaces(text);
    return fixed !== text && (this.add({ at, kind: "removed-space", before: text, after: fixed }), text = fixed), text;
  }
};

// src/import/codes.ts
var SHAPES = {
  T: "T[0-9]{1,2}(?:\\.[0-9]{1,2}){0,1}",
  // A stray dot after the letter (P.2.1.3) is a malformed code, kept as printed, not text.
  O: "O\\.?[0-9]{1,2}(?:\\.[0-9]{1,2}){1,2}",
  P: "P\\.?[0-9]{1,2}(?:\\.[0-9]{1,2}){1,2}",
  K: "K\\.?[0-9]{1,3}(?:\\.[0-9]{1,2})?",
  S: "S\\.?[0-9]{1,3}(?:\\.[0-9]{1,2})?",
  A: "A[0-9]{1,3}(?:\\.[0-9]{1,2})?"
}, patterns = /* @__PURE__ */ new Map();
function pattern(kind, taskOnly = !1) {
  let key = `${kind}${taskOnly}`, re = patterns.get(key);
  if (!re) {
    let shape = kind === "T" && taskOnly ? "T[0-9]{1,2}\\.[0-9]{1,2}" : SHAPES[kind];
    re = new RegExp(`(?<![A-Za-z0-9\u3010\u3014\\[(\uFF08._/\\-])(${shape})(?![0-9]|\\.[0-9]|\u3011)`, "g"), patterns.set(key, re);
  }
  return re.lastIndex = 0, re;
}
function splitCoded(cell, kind, taskOnly = !1) {
  let re = pattern(kind, taskOnly), hits = [...cell.matchAll(re)].filter((m) => !(/^[A-Z][0-9]$/.test(m[1]) && /^[A-Za-z]/.test(cell.slice(m.index + m[1].length))));
  if (hits.length === 0) return { lead: cell.trim(), parts: [] };
  let parts = hits.map((m, i) => {
    let start = m.index + m[1].length, end = hits[i + 1]?.index ?? cell.length, before = m.index > 0 ? cell[m.index - 1] : "", after = cell[start] ?? "";
    return { code: m[1], text: cell.slice(start, end).trim(), glued: before !== "" && !/\s/.test(before), tight: after !== "" && !/\s/.test(after), source: cell.slice(m.index, end) };
  });
  return { lead: cell.slice(0, hits[0].index).trim(), parts };
}
function dutyCode(cell) {
  let m = /^(T[0-9]{1,2})(?![0-9.])\s*([^]*)$/.exec(cell.trim());
  return m ? { code: m[1], title: m[2].trim() } : void 0;
}
function taskTags(text) {
  let m = /(?:[\s、，,]*【\s*T[0-9]{1,2}(?:\.[0-9]{1,2})*\s*】)+[\s、，,。]*$/u.exec(text);
  if (!m) return { name: text, tasks: [] };
  let tasks = [...m[0].matchAll(/【\s*(T[0-9]{1,2}(?:\.[0-9]{1,2})*)\s*】/g)].map((t2) => t2[1]);
  return { name: text.slice(0, m.index).trim(), tasks };
}
function compareCodes(a, b) {
  let na = a.match(/[0-9]+/g)?.map(Number) ?? [], nb = b.match(/[0-9]+/g)?.map(Number) ?? [];
  for (let i = 0; i < Math.max(na.length, nb.length); i++) {
    let d = (na[i] ?? -1) - (nb[i] ?? -1);
    if (d !== 0) return d;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/import/tail.ts
function isAttitudesHeading(raw) {
  let k = labelKey(raw).replace(/[()（）]/g, "");
  return /^職能內涵A[=＝]?attitude/i.test(k) || k === "\u8077\u80FD\u5167\u6DB5A\u614B\u5EA6" || k === "\u8077\u80FD\u5167\u6DB5\u614B\u5EA6" || k === "\u614B\u5EA6";
}
function isNotesHeading(raw) {
  return /^說明與補充事項/.test(labelKey(raw));
}
function stripBullet(raw) {
  return raw.replace(/^\s*#+\s*/, "").replace(/\*\*/g, "").replace(/^\s*(?:[-*•●○◆■▪・]\s*)+/, "").trim();
}
var Attitudes = class {
  constructor(journal) {
    this.journal = journal;
  }
  journal;
  list = [];
  raw = [];
  line(raw, no) {
    if (isSeparator(raw)) return;
    let text;
    if (isTableLine(raw)) {
      let cells = cellsOf(raw).filter((c) => c !== "");
      if (cells.length === 0 || cells.every((c) => /^(代碼|名稱|定義|編號|項目|說明|內涵)$/.test(labelKey(c)))) return;
      text = /^A[0-9]{1,3}$/.test(cells[0]) && cells.length >= 3 ? `${cells[0]}${cells[1]}\uFF1A${cells.slice(2).join(" ")}` : cells.join(" ");
    } else text = stripBullet(raw);
    if (text === "" || isNone(text)) return;
    let split = splitCoded(text, "A");
    if (split.lead !== "") {
      let last = this.raw.at(-1);
      last ? (last.text = joinCut(last.text, split.lead), last.rejoined.push(split.lead)) : this.journal.warn(no, msg("import.warn.attitudeNoCode", { text: split.lead.slice(0, 30) }));
    }
    for (let p of split.parts) this.raw.push({ code: p.code, text: p.text, line: no, rejoined: [] });
  }
  finish() {
    for (let a of this.raw) {
      let whole = this.journal.text(a.code, a.text);
      a.rejoined.length > 0 && this.journal.add({ at: a.code, kind: "rejoined-text", after: whole, note: this.journal.say(msg("import.note.attitudeLines", { code: a.code, lines: a.rejoined.length + 1 })) });
      let m = /^([^：:]*?)\s*[：:]\s*([^]*)$/.exec(whole);
      m && m[1] !== "" ? this.list.push(this.journal.at({ code: a.code, name: m[1], definition: m[2] }, a.line)) : this.list.push(this.journal.at({ code: a.code, name: whole.replace(/[：:]$/, "") }, a.line));
    }
    return this.list;
  }
}, Notes = class {
  constructor(journal) {
    this.journal = journal;
  }
  journal;
  qualifications = [];
  other = [];
  current;
  line(raw, no) {
    if (isSeparator(raw)) return;
    let line = isTableLine(raw) ? cellsOf(raw).filter((c) => c !== "").join(" ") : raw, text = stripBullet(line);
    if (text === "") return;
    let key = labelKey(text), rest;
    if (/^建議擔任此職/.test(key) ? (this.current = "qualifications", rest = text.replace(/^[^：:]*[：:]?/, "")) : /^其他補充說明/.test(key) ? (this.current = "other", rest = text.replace(/^其他補充說明\s*[：:]?/, "")) : rest = text, rest = stripBullet(rest), rest === "" || isNone(rest)) return;
    this.current || (this.journal.warn(no, msg("import.warn.noteBeforeHeading", { text: rest.slice(0, 30) })), this.current = "other");
    let list = this[this.current];
    list.push(this.journal.text(`notes.${this.current}[${list.length}]`, rest));
  }
};

// src/import/tasks.ts
var COLUMN_NAMES = {
  duty: "\u4E3B\u8981\u8077\u8CAC",
  task: "\u5DE5\u4F5C\u4EFB\u52D9",
  outputs: "\u5DE5\u4F5C\u7522\u51FA",
  indicators: "\u884C\u70BA\u6307\u6A19",
  level: "\u8077\u80FD\u7D1A\u5225",
  knowledge: "\u8077\u80FD\u5167\u6DB5 (K=knowledge \u77E5\u8B58)",
  skills: "\u8077\u80FD\u5167\u6DB5 (S=skills \u6280\u80FD)"
}, REQUIRED = ["duty", "task", "indicators", "knowledge", "skills"];
function columnOf(cell) {
  let k = labelKey(cell);
  if (k === "\u4E3B\u8981\u8077\u8CAC") return "duty";
  if (k === "\u5DE5\u4F5C\u4EFB\u52D9") return "task";
  if (k === "\u5DE5\u4F5C\u7522\u51FA") return "outputs";
  if (k === "\u884C\u70BA\u6307\u6A19") return "indicators";
  if (k === "\u8077\u80FD\u7D1A\u5225" || k === "\u7D1A\u5225") return "level";
  if (/^(職能內涵)?\(?(K=|K＝)|knowledge|^知識\)?$/i.test(k)) return "knowledge";
  if (/^(職能內涵)?\(?(S=|S＝)|skills?\b|^技能\)?$/i.test(k)) return "skills";
}
function isTaskHead(cells) {
  let cols = cells.map(columnOf);
  return cols.includes("duty") && cols.includes("task");
}
function isSubHead(cells) {
  let cols = cells.map(columnOf);
  return cols.includes("knowledge") && cols.includes("skills") && !cells.some((c) => /[KS][0-9]/.test(c));
}
var TaskTable = class {
  constructor(journal) {
    this.journal = journal;
  }
  journal;
  cols;
  headLine = 0;
  width = 0;
  afterHead = !1;
  duties = [];
  duty;
  task;
  /** Where the current row's items go: a task, or a duty's shared row. */
  target;
  targetCode = "";
  groups = [];
  get columns() {
    return this.width;
  }
  /** The line of the table's head. */
  get headLineNo() {
    return this.headLine;
  }
  get started() {
    return this.cols !== void 0;
  }
  get taskCount() {
    return this.duties.reduce((n, d) => n + d.tasks.length, 0);
  }
  /** A table head: the first one sets the columns; a repeated one marks a page break. */
  head(row, sub) {
    if (this.cols) {
      this.afterHead = !0;
      return;
    }
    let cols = /* @__PURE__ */ new Map();
    row.cells.forEach((c, i) => {
      let col = columnOf(c);
      col && !cols.has(col) && cols.set(col, i);
    }), sub?.cells.forEach((c, i) => {
      let col = columnOf(c);
      col && !cols.has(col) && cols.set(col, i);
    });
    let missing = REQUIRED.filter((c) => !cols.has(c));
    if (missing.length > 0)
      throw new InputError(
        msg("import.error.columns", { line: row.line, expected: Object.values(COLUMN_NAMES).join(" | "), found: row.cells.filter((c) => c !== "").join(" | "), missing: missing.map((c) => COLUMN_NAMES[c]) })
      );
    this.cols = cols, this.headLine = row.line, this.width = Math.max(row.cells.length, sub?.cells.length ?? 0);
  }
  row(row) {
    let cols = this.cols;
    if (row.cells.every((c) => c === "")) return;
    if (row.cells.slice(this.width).filter((c) => c !== "").length > 0)
      throw new InputError(msg("import.error.rowWidth", { line: row.line, cells: row.cells.length, head: this.headLine, width: this.width, expected: Object.values(COLUMN_NAMES).join(" | ") }));
    let get = (c) => {
      let i = cols.get(c), v = i === void 0 ? "" : (row.cells[i] ?? "").trim();
      return isNone(v) && c !== "level" ? "" : v;
    }, afterHead = this.afterHead;
    this.afterHead = !1;
    let dutyCell = get("duty"), taskCell = get("task"), levelCell = get("level");
    dutyCell !== "" && this.readDuty(dutyCell, taskCell, row.line);
    let parts = [];
    if (taskCell !== "") {
      let split = splitCoded(taskCell.replace(/\n/g, " "), "T", !0);
      if (split.lead !== "") {
        if (!this.task) throw new InputError(msg("import.error.taskCode", { line: row.line, found: clip(split.lead) }));
        this.rejoin(this.task.code, this.task, "title", split.lead);
      }
      parts = this.dedupe(split.parts);
    }
    if (parts.length > 0 && !this.duty)
      throw new InputError(msg("import.error.dutyFirst", { line: row.line }));
    let rowBuild, merging = !1, level = parseLevel(levelCell);
    if (parts.length === 1 && this.task && parts[0].code === this.task.code && this.target === this.task)
      rowBuild = this.continuation(level, afterHead, get("indicators")), merging = rowBuild === this.target.rows.at(-1) && !this.isNewRow;
    else if (parts.length === 1) {
      let p = parts[0];
      this.task = this.journal.at({ code: p.code, title: this.journal.text(p.code, p.text), outputs: [], rows: [] }, row.line), this.duty.tasks.push(this.task), this.target = this.task, this.targetCode = p.code, rowBuild = this.newRow(level.value ?? null);
    } else if (parts.length > 1) {
      let made = parts.map((p) => this.journal.at({ code: p.code, title: this.journal.text(p.code, p.text), outputs: [], rows: [] }, row.line));
      this.duty.tasks.push(...made), this.groups.push({ duty: this.duty, tasks: made, parts, line: row.line }), this.task = void 0, this.duty.shared ??= { outputs: [], rows: [] }, this.target = this.duty.shared, this.targetCode = this.duty.code, rowBuild = this.newRow(level.value ?? null);
    } else {
      if (!this.target) {
        if (dutyCell !== "" && row.cells.every((c, i) => c === "" || i === cols.get("duty"))) return;
        throw new InputError(msg("import.error.firstTask", { line: row.line }));
      }
      rowBuild = this.continuation(level, afterHead, get("indicators")), merging = !this.isNewRow;
    }
    this.journal.at(rowBuild, row.line), level.bad !== void 0 && this.journal.warn(row.line, msg("import.warn.rowLevel", { value: level.bad }));
    let held = [], first = [], target = this.target, outputs = this.coded(get("outputs"), "O", target.outputs, row.line, target.outputs.at(-1)).map((o) => this.journal.at(o, row.line));
    target.outputs.push(...outputs), held.push(...outputs.map((o) => o.code));
    let lastIndicator = rowBuild.indicators.at(-1) ?? target.rows.at(-2)?.indicators.at(-1), indicators = this.coded(get("indicators"), "P", rowBuild.indicators, row.line, lastIndicator).map((o) => this.journal.at(o, row.line));
    rowBuild.indicators.push(...indicators), held.push(...indicators.map((o) => o.code)), indicators.length > 0 && first.push("indicators");
    for (let [col, kind] of [["knowledge", "K"], ["skills", "S"]]) {
      let refs = this.refs(get(col), kind, rowBuild[col].at(-1) ?? target.rows.at(-2)?.[col].at(-1), row.line).map((r) => this.journal.at(r, row.line));
      rowBuild[col].push(...refs), held.push(...refs.map((r) => r.code)), refs.length > 0 && first.push(col);
    }
    if (merging && held.length > 0) {
      let empty = ["duty", "task", "outputs", "indicators", "level"].filter((c) => cols.has(c) && get(c) === ""), note = afterHead ? msg("import.note.mergedPageBreak", { code: this.targetCode, empty, held }) : msg("import.note.mergedLineBreak", { code: this.targetCode, line: row.line, empty, held });
      this.journal.add({ at: this.targetCode, kind: "merged-continuation-row", note: this.journal.say(note) }), !rowBuild.merged && first.length > 0 && (rowBuild.merged = { codes: held, key: first[0] });
    }
  }
  isNewRow = !1;
  /** A row without a task: the rest of the row above (cut by a page break), or the task's next level. */
  continuation(level, afterHead, indicatorCell) {
    let last = this.target.rows.at(-1);
    if (this.isNewRow = !1, !last)
      return this.isNewRow = !0, this.newRow(level.value ?? null);
    if (level.value === void 0) return last;
    let cutText = indicatorCell === "" || splitCoded(indicatorCell, "P").lead !== "";
    return afterHead && level.value === last.level && cutText ? last : (this.isNewRow = !0, this.newRow(level.value));
  }
  newRow(level) {
    let r = { level, indicators: [], knowledge: [], skills: [] };
    return this.target.rows.push(r), r;
  }
  readDuty(cell, taskCell, line) {
    let d = dutyCode(cell.replace(/\n/g, " "));
    if (!d) {
      if (this.duty && taskCell === "") {
        this.rejoin(this.duty.code, this.duty, "title", cell);
        return;
      }
      throw new InputError(msg("import.error.dutyCode", { line, found: clip(cell) }));
    }
    this.duty && d.code === this.duty.code || (this.duty = this.journal.at({ code: d.code, title: this.journal.text(d.code, d.title), tasks: [] }, line), this.duties.push(this.duty), this.task = void 0, this.target = void 0);
  }
  /** The end of a text cut by a page or line break, joined back to its beginning. */
  rejoin(at, item, key, rest) {
    let before = item[key];
    item[key] = this.journal.text(at, joinCut(before, rest.replace(/\n/g, " "))), this.journal.add({ at, kind: "rejoined-text", before, after: item[key], note: this.journal.say(msg("import.note.rejoined", { text: clip(rest), at })) });
  }
  /**
   * Parts of one cell with the same code: a repetition the copy made (the same text again) is
   * dropped; when the first copy carries extra text at its end, that text was cut from the part
   * before it (a wrapped line printed after the next item) and goes back there.
   */
  dedupe(parts) {
    let out = [];
    for (let p of parts) {
      let text = p.text.replace(/\s+/g, " "), prev = out.find((q) => q.code === p.code);
      if (prev && prev.text.replace(/\s+/g, " ") !== text && prev.text.startsWith(p.text) && p.text !== "") {
        let suffix = prev.text.slice(p.text.length).trim(), owner = out[out.indexOf(prev) - 1];
        if (owner) {
          let before = owner.text;
          owner.text = joinCut(owner.text, suffix), this.journal.add({ at: owner.code, kind: "rejoined-text", before, after: owner.text, note: this.journal.say(msg("import.note.suffixBack", { text: suffix, owner: owner.code, after: prev.code, code: p.code })) }), prev.text = p.text;
        }
      }
      if (prev && prev.text.replace(/\s+/g, " ") === text) {
        this.journal.add({ at: p.code, kind: "other", before: `${p.code}${p.text}`, note: this.journal.say(msg("import.note.repeated", { code: p.code, text: clip(p.text) })) });
        continue;
      }
      out.push(p);
    }
    return out.forEach((p, i) => {
      p.glued && i > 0 && this.journal.add({ at: p.code, kind: "split-code", before: `${out[i - 1].text}${p.code}${p.text}`, note: this.journal.say(msg("import.note.splitGlued", { code: p.code, prev: out[i - 1].code })) });
    }), out;
  }
  /** Outputs or indicators of a cell; text before the first code ends the item above. */
  coded(cell, kind, list, line, last) {
    if (cell === "") return [];
    let split = splitCoded(cell.replace(/\n/g, " "), kind), out = [];
    split.lead !== "" && (last ? this.rejoin(last.code, last, "text", split.lead) : (this.journal.warn(line, msg("import.warn.noCode", { kind, text: clip(split.lead) })), this.journal.add({ at: this.targetCode || kind, kind: "other", before: squash(split.lead), note: this.journal.say(msg("import.note.noCode", { kind })) })));
    let parts = this.dedupe(split.parts);
    for (let p of parts) out.push({ code: p.code, text: this.journal.text(p.code, p.text) });
    return out;
  }
  /** K or S references of a cell, with their names and task tags. */
  refs(cell, kind, last, line) {
    if (cell === "") return [];
    let split = splitCoded(cell.replace(/\n/g, " "), kind);
    if (split.lead !== "")
      if (last) {
        let { name, tasks } = taskTags(split.lead);
        name !== "" && this.rejoin(last.code, last, "name", name), last.tasks.push(...tasks);
      } else this.journal.warn(line, msg("import.warn.refNoCode", { kind, text: clip(split.lead) }));
    return this.dedupe(split.parts).map((p) => {
      let { name, tasks } = taskTags(p.text);
      return { code: p.code, name: this.journal.text(p.code, name), tasks, ...p.tight ? { tight: !0 } : {} };
    });
  }
  /**
   * A task cell with several codes is old numbering (tasks sharing a row) — unless a code of it is
   * a task that has a row of its own elsewhere in the table: then the cell swallowed its
   * neighbour's text (「…策略T1.2 瞭解…」). That text stays where it was printed, in the title of
   * the task before it, and no task is made of it: an import never invents an element.
   */
  foldSwallowed() {
    let count = /* @__PURE__ */ new Map();
    for (let d of this.duties) for (let t2 of d.tasks) count.set(t2.code, (count.get(t2.code) ?? 0) + 1);
    for (let g of this.groups) {
      let phantom = g.tasks.map((t2, k) => k > 0 && count.get(t2.code) > 1 && g.tasks.filter((u) => u.code === t2.code).length === 1);
      if (!phantom.some(Boolean)) continue;
      let owner = g.tasks[0];
      g.tasks.forEach((t2, k) => {
        if (!phantom[k]) {
          owner = t2;
          return;
        }
        let p = g.parts[k], before = owner.title;
        owner.title = this.journal.text(owner.code, `${owner.title}${p.glued ? "" : " "}${squash(p.source)}`), g.duty.tasks.splice(g.duty.tasks.indexOf(t2), 1), count.set(t2.code, count.get(t2.code) - 1), this.journal.drop((r) => !(r.kind === "split-code" && r.at === p.code && r.before?.endsWith(`${p.code}${p.text}`) === !0)), this.journal.warn(g.line, msg("import.warn.swallowed", { owner: owner.code, code: p.code, text: clip(p.text) })), this.journal.add({ at: owner.code, kind: "other", before, after: owner.title, note: this.journal.say(msg("import.note.swallowed", { owner: owner.code, code: p.code })) });
      });
      let left = g.tasks.filter((_, k) => !phantom[k]);
      left.length === 1 && g.duty.shared && this.groups.filter((x) => x.duty === g.duty).length === 1 && (left[0].outputs.push(...g.duty.shared.outputs), left[0].rows.push(...g.duty.shared.rows), delete g.duty.shared);
    }
  }
  /**
   * K/S codes with more digits than the document's own (K162 where its codes are K01…K19) took
   * the first digits of a name that begins with them (K162D/3D電腦繪圖 = K16 + 2D/3D電腦繪圖).
   */
  splitByWidth() {
    let refs = this.duties.flatMap((d) => [...d.tasks, ...d.shared ? [d.shared] : []]).flatMap((b) => b.rows.flatMap((r) => [...r.knowledge, ...r.skills]));
    for (let kind of ["K", "S"]) {
      let mine = refs.filter((r) => r.code.startsWith(kind) && /^[KS][0-9]+$/.test(r.code)), widths = /* @__PURE__ */ new Map();
      for (let r of mine) widths.set(r.code.length - 1, (widths.get(r.code.length - 1) ?? 0) + 1);
      let width = [...widths].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
      if (width === void 0) continue;
      let codes = new Set(mine.map((r) => r.code));
      for (let r of mine) {
        if (!r.tight || r.code.length - 1 <= width || (widths.get(r.code.length - 1) ?? 0) * 4 > mine.length) continue;
        let code = r.code.slice(0, width + 1);
        if (!codes.has(code) && mine.some((x) => x.code === r.code && !x.tight)) continue;
        let printed = `${r.code}${r.name}`;
        r.name = this.journal.text(code, `${r.code.slice(width + 1)}${r.name}`), this.journal.add({ at: code, kind: "split-code", before: printed, after: `${code} ${r.name}`, note: this.journal.say(msg("import.note.splitWidth", { printed, code, kind, width })) }), r.code = code;
      }
    }
  }
  result() {
    this.foldSwallowed(), this.splitByWidth();
    let comments = /* @__PURE__ */ new Map(), names = { knowledge: /* @__PURE__ */ new Map(), skills: /* @__PURE__ */ new Map() }, blocks = this.duties.flatMap((d) => [...d.tasks, ...d.shared ? [d.shared] : []]);
    for (let b of blocks)
      for (let r of b.rows)
        for (let col of ["knowledge", "skills"]) {
          for (let ref of r[col]) ref.name !== "" && !names[col].has(ref.code) && names[col].set(ref.code, ref.name);
          for (let ref of r[col]) names[col].has(ref.code) || names[col].set(ref.code, "");
        }
    let toRef = (col) => (ref) => {
      let own = ref.name !== "" && ref.name !== names[col].get(ref.code) ? ref.name : void 0;
      return ref.tasks.length === 0 && own === void 0 ? ref.code : { code: ref.code, ...ref.tasks.length > 0 ? { tasks: ref.tasks } : {}, ...own !== void 0 ? { name: own } : {} };
    }, toRow = (r) => {
      let row = { level: r.level, indicators: r.indicators, knowledge: r.knowledge.map(toRef("knowledge")), skills: r.skills.map(toRef("skills")) }, line = this.journal.where.get(r);
      return line !== void 0 && this.journal.at(row, line), r.merged && comments.set(row, { key: r.merged.key, text: this.journal.say(msg("import.comment.continuation", { codes: r.merged.codes })) }), row;
    }, same = (from, to) => {
      let line = this.journal.where.get(from);
      return line === void 0 ? to : this.journal.at(to, line);
    }, duties = this.duties.map(
      (d) => same(d, {
        code: d.code,
        title: d.title,
        tasks: d.tasks.map((t2) => same(t2, { code: t2.code, title: t2.title, outputs: t2.outputs, rows: t2.rows.map(toRow) })),
        ...d.shared ? { shared: { outputs: d.shared.outputs, rows: d.shared.rows.map(toRow) } } : {}
      })
    ), firstRef = /* @__PURE__ */ new Map();
    for (let b of blocks) for (let r of b.rows) for (let ref of [...r.knowledge, ...r.skills]) firstRef.has(ref.code) || firstRef.set(ref.code, ref);
    let list = (col) => [...names[col]].map(([code, name]) => same(firstRef.get(code) ?? {}, { code, name })).sort((a, b) => compareCodes(a.code, b.code));
    return { duties, knowledge: list("knowledge"), skills: list("skills"), comments };
  }
};
function parseLevel(cell) {
  let t2 = cell.replace(/\s+/g, "");
  if (t2 === "") return {};
  let n = /^([0-9]{1,2})(級)?$/.exec(t2.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 65296)));
  return n ? { value: Number(n[1]) } : isNone(t2) || /未訂|未定/.test(t2) ? { value: null } : { value: null, bad: cell };
}
function clip(text) {
  return text.length > 30 ? `${text.slice(0, 30)}\u2026` : text;
}

// src/import/document.ts
var MAX_TEXT_CHARS = 2e6;
function isPageMark(raw) {
  return /^\s*(?:[-–—]\s*[0-9]+\s*[-–—]|第\s*[0-9]+\s*頁(?:\s*[/，,]?\s*共\s*[0-9]+\s*頁)?|[0-9]+\s*\/\s*[0-9]+|[0-9]{1,3}|page\s*[0-9]+)\s*$/i.test(raw);
}
function importStandard(text, file = "<input>", lang = DEFAULT_LANG) {
  try {
    return importText(text, lang);
  } catch (e) {
    throw e instanceof InputError && e.msg !== void 0 && e.msg.id.startsWith("import.error.") ? new InputError(msg("import.error.at", { file, line: e.msg.params?.line ?? 1, detail: t(lang, e.msg) })) : e;
  }
}
function importText(text, lang) {
  if (text.length > MAX_TEXT_CHARS) throw new InputError(msg("import.error.tooLong", { line: 1, length: text.length, max: MAX_TEXT_CHARS }));
  let lines = toLines(text), layout = detectLayout(lines);
  if (layout === void 0)
    throw new InputError(msg("import.error.notDocument", { line: 1 }));
  let journal = new Journal(lang), parts = readParts(lines, layout, journal);
  return assemble(parts, checkWhole(parts, lines.length), layout, journal);
}
function readParts(lines, layout, journal) {
  let header = { categories: [], occupations: [], industries: [] }, versions = [], table = new TaskTable(journal), attitudes = new Attitudes(journal), notes = new Notes(journal), title, titleLine, state = "start", versionHead, versionWidth = 0, headerLine, attitudesLine, notesLine, tableEnd = 0, i = 0;
  for (; i < lines.length; ) {
    let line = lines[i], raw = line.raw;
    if (isBlank(line)) {
      i++;
      continue;
    }
    let plain = raw.replace(/[|\t]/g, " ");
    if (state !== "notes" && isAttitudesHeading(plain)) {
      state = "attitudes", attitudesLine = line.no, i++;
      continue;
    }
    if (isNotesHeading(plain)) {
      state = "notes", notesLine = line.no, i++;
      continue;
    }
    if (state === "attitudes") {
      attitudes.line(raw, line.no), i++;
      continue;
    }
    if (state === "notes") {
      notes.line(raw, line.no), i++;
      continue;
    }
    if (!isTableLine(raw)) {
      if (i++, isPageMark(raw)) continue;
      let t2 = stripBullet(raw);
      state === "start" ? title === void 0 && /職能基準/.test(t2) && (title = journal.text("title", t2), titleLine = line.no) : state === "header" && header.last !== void 0 ? header.last === "description" ? header.description = joinCut(header.description ?? "", t2) : header.name = joinCut(header.name ?? "", t2) : journal.warn(line.no, msg("import.warn.outsideText", { text: t2.slice(0, 30) }));
      continue;
    }
    if (isSeparator(raw)) {
      i++;
      continue;
    }
    let read = readRow(lines, i, state === "tasks" ? table.columns : void 0), next = read.next, row = read.row;
    if (state === "tasks" && layout === "tab" && (next = absorbOverflow(lines, next, row)), state === "versions" && layout === "tab" && versionWidth > 0 && (next = joinVersionRow(lines, next, row, versionWidth, journal)), i = next, isTaskHead(row.cells)) {
      let sub, j = i;
      for (; j < lines.length && (isBlank(lines[j]) || isSeparator(lines[j].raw)); ) j++;
      if (j < lines.length && isTableLine(lines[j].raw)) {
        let peek = readRow(lines, j);
        peek && isSubHead(peek.row.cells) && (sub = peek.row, i = peek.next);
      }
      table.head(row, sub), state = "tasks";
      continue;
    }
    if (state === "tasks") {
      table.row(row), tableEnd = row.endLine;
      continue;
    }
    if (isVersionHead(row.cells)) {
      state = "versions", versionHead = row.line, versionWidth = row.cells.length;
      continue;
    }
    if (state === "versions" && !row.cells.some((c) => isHeaderLabel(c))) {
      let v = versionRow(row, journal);
      v && versions.push(v);
      continue;
    }
    if (headerRow(row, header, journal)) {
      state = "header", headerLine ??= row.line;
      continue;
    }
    let filled = row.cells.filter((c) => c !== "");
    if (state === "header" && header.last !== void 0 && filled.length === 1) {
      header.last === "description" ? header.description = joinCut(header.description ?? "", filled[0]) : header.name = joinCut(header.name ?? "", filled[0]);
      continue;
    }
    filled.length > 0 && journal.warn(row.line, msg("import.warn.strayRow", { cells: filled.join(" | ").slice(0, 60) }));
  }
  return { title, titleLine, header, versions, table, attitudes, notes, versionHead, headerLine, attitudesLine, notesLine, tableEnd };
}
function checkWhole(parts, last) {
  let { header, versions, table, versionHead, headerLine, attitudesLine, notesLine, tableEnd } = parts;
  if (header.code === void 0) {
    let line = headerLine ?? (versionHead !== void 0 ? versionHead + versions.length + 1 : 1);
    throw new InputError(msg(headerLine !== void 0 ? "import.error.headerNoCode" : "import.error.noHeader", { line }));
  }
  if (!table.started)
    throw new InputError(msg("import.error.noTaskTable", { line: last, header: headerLine ?? 1 }));
  if (table.taskCount === 0) throw new InputError(msg("import.error.noTask", { line: tableEnd || last }));
  if (attitudesLine === void 0)
    throw new InputError(msg("import.error.noAttitudes", { line: last, table: tableEnd }));
  if (notesLine === void 0)
    throw new InputError(msg("import.error.noNotes", { line: last, attitudes: attitudesLine }));
  return { code: header.code, attitudesLine, notesLine };
}
function assemble(read, whole, layout, journal) {
  let { title, titleLine, header, versions, table, attitudes, notes, versionHead, headerLine } = read, { code: headerCode, attitudesLine, notesLine } = whole, printed = asStandardCode(headerCode) ?? headerCode, current = versions.find((v) => v.status === "current"), version = versionOfCode(printed) ?? versions.find((v) => v.code === printed)?.version ?? current?.version ?? 1, code = printed;
  versionOfCode(printed) === void 0 && asStandardCode(printed) !== void 0 && (code = `${printed}v${version}`, journal.add({ at: "code", kind: "other", before: printed, after: code, note: journal.say(msg("import.note.codeWithoutVersion", { version })) }));
  for (let v of versions) {
    if (!STATUS_NOT_PRINTED.has(v)) continue;
    let inferred = v.version === version && !versions.some((o) => o !== v && o.status === "current") ? "current" : "historical";
    v.status = inferred, journal.add({ at: `versions.V${v.version}.status`, kind: "other", after: inferred, note: journal.say(msg("import.note.statusInferred", { version: v.version, status: inferred })) });
  }
  for (let v of versions)
    v.code === "" && (v.code = `${code.replace(/v[0-9]+$/i, "")}v${v.version}`, journal.warn(versionHead ?? 1, msg("import.warn.versionRowNoCode", { version: v.version, code: v.code })));
  header.name === void 0 && journal.warn(header.codeLine ?? 1, msg("import.warn.noName"));
  let name = header.name ?? versions.find((v) => v.version === version)?.name ?? title?.replace(/職能基準$/, "") ?? "";
  header.description === void 0 && journal.warn(headerLine ?? 1, msg("import.warn.noDescription"));
  let description = journal.text("description", header.description ?? ""), attitudeList = attitudes.finish(), tasks = table.result(), standard = {
    code,
    version,
    name,
    nameKind: header.nameKind ?? "occupation",
    ...title !== void 0 ? { title } : {},
    versions,
    categories: header.categories,
    occupations: header.occupations,
    industries: header.industries,
    description,
    level: header.level ?? null,
    duties: tasks.duties,
    knowledge: tasks.knowledge,
    skills: tasks.skills,
    attitudes: attitudeList,
    notes: { qualifications: notes.qualifications, other: notes.other },
    // What the file is: a transcription, kept as published (validate reports its defects as the publication's).
    source: { kind: "transcription", document: title !== void 0 ? `${title} (${code})` : code, date: versions.find((v) => v.version === version)?.date ?? null },
    repairs: journal.repairs
  }, parts = {}, head = header.codeLine ?? headerLine ?? 1;
  for (let key of ["code", "version", "name", "nameKind", "categories", "occupations", "industries", "description", "level"]) parts[key] = key === "code" || key === "version" ? head : headerLine ?? head;
  return parts.versions = versionHead ?? head, parts.duties = table.headLineNo || head, parts.knowledge = parts.duties, parts.skills = parts.duties, parts.attitudes = attitudesLine, parts.notes = notesLine, title !== void 0 && (parts.title = titleLine ?? 1), { standard, warnings: journal.warnings, layout, comments: tasks.comments, lines: { of: journal.where, parts } };
}
function joinVersionRow(lines, next, row, width, journal) {
  let j = next, opensRow = (cells) => cells.length === 0 || /^[vV]\s*[0-9]{1,3}$/.test(cells[0]) || asStandardCode(cells[0]) !== void 0 || isHeaderLabel(cells[0]) || isVersionHead(cells);
  for (; j < lines.length && row.cells.length < width; ) {
    let raw = lines[j].raw;
    if (isBlank(lines[j]) || startsNewSection(raw) || isAttitudesHeading(raw) || isNotesHeading(raw) || isPageMark(raw)) break;
    let more = isTabRow(raw) ? tabCells(raw) : [raw.trim()];
    if (opensRow(more) || row.cells.length + more.length - 1 > width) break;
    let last = row.cells.length - 1;
    row.cells[last] = joinCut(row.cells[last], more[0]), row.cells.push(...more.slice(1)), row.endLine = lines[j].no, j++;
  }
  return j > next && journal.warn(row.line, msg("import.warn.versionRowJoined", { version: (row.cells.find((c) => /^[vV]\s*[0-9]/.test(c)) ?? "?").replace(/^[vV]\s*/, ""), line: row.endLine })), j;
}
function absorbOverflow(lines, next, row) {
  let j = next;
  for (; j < lines.length; ) {
    let raw = lines[j].raw;
    if (isBlank(lines[j]) || isTableLine(raw) || startsNewSection(raw) || isAttitudesHeading(raw) || isNotesHeading(raw) || isPageMark(raw)) break;
    let k = row.cells.length - 1;
    for (; k > 0 && row.cells[k] === ""; ) k--;
    row.cells[k] = `${row.cells[k]}
${raw.trim()}`, row.endLine = lines[j].no, j++;
  }
  return j;
}

// src/import/serialize.ts
function modeline(schema = "../../schemas/standard.schema.json") {
  return `# yaml-language-server: $schema=${schema}`;
}
var MODELINE = modeline();
function withModeline(yaml, schema) {
  return yaml.startsWith(`${MODELINE}
`) ? `${modeline(schema)}${yaml.slice(MODELINE.length)}` : yaml;
}
var FLOW_KEYS = /* @__PURE__ */ new Set(["knowledge", "skills", "tasks"]), WIDTH = 96;
function plainSafe(s) {
  return !(s === "" || s !== s.trim() || /[\n\r\t]/.test(s) || /^[-?:,[\]{}#&*!|>'"%@`]/.test(s) || /: |:$| #/.test(s) || /^(?:true|false|yes|no|on|off|y|n|null|~)$/i.test(s) || /^[-+]?(?:[0-9][0-9_,]*(?:\.[0-9]*)?|\.[0-9]+)(?:e[-+]?[0-9]+)?$/i.test(s) || /^[-+]?\.(?:inf|nan)$/i.test(s) || /^0[xob]/i.test(s) || /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/.test(s) || /^[0-9:]+$/.test(s) || /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(s));
}
function quoted(s) {
  return JSON.stringify(s).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function scalar(value) {
  if (value == null) return "null";
  if (typeof value == "number" || typeof value == "boolean") return String(value);
  let s = typeof value == "string" ? value : JSON.stringify(value);
  return plainSafe(s) ? s : quoted(s);
}
function flowScalar(value) {
  let s = scalar(value);
  return typeof value == "string" && /[,[\]{}]/.test(s) && !s.startsWith('"') ? quoted(value) : s;
}
function folded(s, indent) {
  if (s !== s.trim() || / {2}/.test(s) || !s.includes(" ") || /[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(s)) return;
  let pad = " ".repeat(indent), out = [], line = "";
  for (let word of s.split(" "))
    line !== "" && pad.length + line.length + 1 + word.length > WIDTH ? (out.push(pad + line), line = word) : line = line === "" ? word : `${line} ${word}`;
  return out.push(pad + line), out;
}
function isMap(v) {
  return v !== null && typeof v == "object" && !Array.isArray(v);
}
var Writer = class {
  constructor(comments) {
    this.comments = comments;
  }
  comments;
  lines = [];
  map(obj, indent) {
    let note = this.comments.get(obj);
    for (let [key, value] of Object.entries(obj))
      value !== void 0 && (note && note.key === key && this.lines.push(`${" ".repeat(indent)}# ${note.text}`), this.entry(key, value, indent));
  }
  entry(key, value, indent) {
    let pad = " ".repeat(indent);
    if (Array.isArray(value))
      if (value.length === 0) this.lines.push(`${pad}${key}: []`);
      else if (FLOW_KEYS.has(key) && value.every((v) => typeof v == "string")) this.lines.push(`${pad}${key}: [${value.map(flowScalar).join(", ")}]`);
      else {
        this.lines.push(`${pad}${key}:`);
        for (let item of value) this.item(item, indent + 2);
      }
    else if (isMap(value))
      Object.keys(value).length === 0 ? this.lines.push(`${pad}${key}: {}`) : (this.lines.push(`${pad}${key}:`), this.map(value, indent + 2));
    else {
      let text = scalar(value), fold = key === "note" && typeof value == "string" && pad.length + key.length + 2 + text.length > WIDTH ? folded(value, indent + 2) : void 0;
      fold ? this.lines.push(`${pad}${key}: >-`, ...fold) : this.lines.push(`${pad}${key}: ${text}`);
    }
  }
  item(value, indent) {
    let pad = " ".repeat(indent);
    if (isMap(value) && Object.keys(value).length > 0) {
      let start = this.lines.length;
      this.map(value, indent + 2), this.lines[start] = `${pad}- ${this.lines[start].slice(indent + 2)}`;
    } else Array.isArray(value) ? this.lines.push(`${pad}- [${value.map(flowScalar).join(", ")}]`) : this.lines.push(`${pad}- ${isMap(value) ? "{}" : scalar(value)}`);
  }
};
function standardFileYaml(standard, o = {}) {
  let w = new Writer(o.comments ?? /* @__PURE__ */ new Map());
  w.map(standard, 0);
  let comment = o.comment?.replace(/\s*[\n\r\u2028\u2029]\s*/g, " ").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
  return `${[...[MODELINE, ...comment !== void 0 ? [`# ${comment}`] : []], ...w.lines].join(`
`)}
`;
}

// src/import/check.ts
function catalogPath(standard) {
  return `${baseOf(standard.code)}/v${standard.version}.yaml`;
}
function documentPosition(imported, docLines, path) {
  let value = imported.standard, line = imported.lines.parts[String(path[0])] ?? 1, code;
  for (let key of path) {
    if (value === null || typeof value != "object") break;
    if (value = value[key], value !== null && typeof value == "object") {
      let at = imported.lines.of.get(value);
      if (at !== void 0) {
        line = at;
        let c = value.code;
        code = typeof c == "string" ? c : void 0;
      }
    } else typeof value == "string" && /^[TOPKSA][0-9.]/.test(value) && key !== "text" && key !== "title" && key !== "name" && (code = value);
  }
  let raw = docLines[line - 1] ?? "", col = code !== void 0 ? raw.indexOf(code) : -1;
  return { line, column: col >= 0 ? col + 1 : 1 };
}
function importDocument(text, source, target, lang = DEFAULT_LANG) {
  let imported = importStandard(text, source, lang), { standard, warnings, layout, comments } = imported, comment = t(lang, msg("import.comment.head", { title: standard.title ?? standard.code, layout: t(lang, msg(`import.layout.${layout}`)) })), yaml = standardFileYaml(standard, { comments, comment }), file = target ?? catalogPath(standard), loaded = loadStandardText(file, yaml), found = loaded.standard ? outcomeOf(loaded, defaultSettings()).findings : loaded.findings, docLines = text.split(/\r\n|\r|\n/), findings = found.map((f) => {
    let at = f.path !== void 0 ? documentPosition(imported, docLines, f.path) : { line: 1, column: 1 }, rendered = f.messageId !== void 0 ? t(lang, { id: f.messageId, ...f.params ? { params: f.params } : {} }) : f.message;
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      message: rendered,
      ...f.messageId !== void 0 ? { messageId: f.messageId } : {},
      ...f.params !== void 0 ? { params: f.params } : {},
      file: source,
      ...at,
      ...f.path !== void 0 ? { path: f.path } : {},
      ...target !== void 0 ? { target: { file: f.file, line: f.line, column: f.column } } : {}
    };
  });
  return { standard, yaml, report: { source, code: standard.code, layout, repairs: standard.repairs ?? [], warnings, findings } };
}
export {
  catalogPath,
  importDocument,
  importStandard,
  standardFileYaml,
  withModeline
};
