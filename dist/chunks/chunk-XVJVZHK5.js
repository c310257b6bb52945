import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  footnoteMarkers,
  refCode
} from "./chunk-4P5I3Q76.js";
import {
  STANDARD_CODE_PATTERN,
  baseOf,
  replacedByFromNote
} from "./chunk-7ZUBZPJB.js";
import {
  msg
} from "./chunk-TE5S4JRX.js";

// src/rules/walk.ts
var Element = class {
  constructor(kind, code, text, base, key, index, textKey, duty = void 0, task = void 0, shared = void 0) {
    this.kind = kind;
    this.code = code;
    this.text = text;
    this.base = base;
    this.key = key;
    this.index = index;
    this.textKey = textKey;
    this.duty = duty;
    this.task = task;
    this.shared = shared;
  }
  kind;
  code;
  text;
  base;
  key;
  index;
  textKey;
  duty;
  task;
  shared;
  /** Path of the element's map. */
  get path() {
    return [...this.base, this.key, this.index];
  }
  get textPath() {
    return [...this.base, this.key, this.index, this.textKey];
  }
  get field() {
    return this.textKey;
  }
  get inNotes() {
    return !1;
  }
}, RefUse = class {
  constructor(kind, code, base, key, index, task, duty) {
    this.kind = kind;
    this.code = code;
    this.base = base;
    this.key = key;
    this.index = index;
    this.task = task;
    this.duty = duty;
  }
  kind;
  code;
  base;
  key;
  index;
  task;
  duty;
  get path() {
    return [...this.base, this.key, this.index];
  }
};
function memo(walk) {
  let last, value;
  return (s) => (s !== last && (value = walk(s), last = s), value);
}
var elements = memo(walkElements), refUses = memo(walkRefUses), texts = memo(walkTexts), ROOT = [];
function walkElements(s) {
  let out = [], duties = s.duties;
  for (let d = 0; d < duties.length; d++) {
    let duty = duties[d];
    out.push(new Element("duty", duty.code, duty.title, ROOT, "duties", d, "title"));
    let dp = ["duties", d], tasks = duty.tasks;
    for (let t = 0; t < tasks.length; t++) {
      let task = tasks[t];
      out.push(new Element("task", task.code, task.title, dp, "tasks", t, "title", duty.code));
      let tp = ["duties", d, "tasks", t], outputs = task.outputs;
      for (let i = 0; i < outputs.length; i++) out.push(new Element("output", outputs[i].code, outputs[i].text, tp, "outputs", i, "text", duty.code, task.code));
      let rows = task.rows;
      for (let r = 0; r < rows.length; r++) {
        let indicators = rows[r].indicators;
        if (indicators.length === 0) continue;
        let rp = ["duties", d, "tasks", t, "rows", r];
        for (let i = 0; i < indicators.length; i++) out.push(new Element("indicator", indicators[i].code, indicators[i].text, rp, "indicators", i, "text", duty.code, task.code));
      }
    }
    if (duty.shared) {
      let sp = ["duties", d, "shared"], outputs = duty.shared.outputs;
      for (let i = 0; i < outputs.length; i++) out.push(new Element("output", outputs[i].code, outputs[i].text, sp, "outputs", i, "text", duty.code, void 0, !0));
      let rows = duty.shared.rows;
      for (let r = 0; r < rows.length; r++) {
        let indicators = rows[r].indicators;
        if (indicators.length === 0) continue;
        let rp = ["duties", d, "shared", "rows", r];
        for (let i = 0; i < indicators.length; i++) out.push(new Element("indicator", indicators[i].code, indicators[i].text, rp, "indicators", i, "text", duty.code, void 0, !0));
      }
    }
  }
  return s.knowledge.forEach((k, i) => out.push(new Element("knowledge", k.code, k.name, ROOT, "knowledge", i, "name"))), s.skills.forEach((k, i) => out.push(new Element("skill", k.code, k.name, ROOT, "skills", i, "name"))), s.attitudes.forEach((a, i) => out.push(new Element("attitude", a.code, a.name, ROOT, "attitudes", i, "name"))), out;
}
function walkRefUses(s) {
  let out = [], rowsOf = (rows, base, duty, task) => {
    for (let r = 0; r < rows.length; r++) {
      let row = rows[r];
      if (row.knowledge.length === 0 && row.skills.length === 0) continue;
      let rp = [...base, "rows", r];
      row.knowledge.forEach((ref, i) => out.push(new RefUse("knowledge", refCode(ref), rp, "knowledge", i, task, duty))), row.skills.forEach((ref, i) => out.push(new RefUse("skill", refCode(ref), rp, "skills", i, task, duty)));
    }
  };
  return s.duties.forEach((duty, d) => {
    duty.tasks.forEach((task, t) => rowsOf(task.rows, ["duties", d, "tasks", t], duty.code, task.code)), duty.shared && rowsOf(duty.shared.rows, ["duties", d, "shared"], duty.code, void 0);
  }), out;
}
var Level = class {
  constructor(level, owner, base, index) {
    this.level = level;
    this.owner = owner;
    this.base = base;
    this.index = index;
  }
  level;
  owner;
  base;
  index;
  get path() {
    return [...this.base, "rows", this.index, "level"];
  }
}, levelRows = memo((s) => {
  let out = [];
  return s.duties.forEach((d, di) => {
    d.tasks.forEach((t, ti) => {
      let base = ["duties", di, "tasks", ti];
      t.rows.forEach((r, ri) => out.push(new Level(r.level, t.code, base, ri)));
    });
    let shared = d.shared?.rows ?? [];
    if (shared.length > 0) {
      let base = ["duties", di, "shared"];
      shared.forEach((r, ri) => out.push(new Level(r.level, d.code, base, ri)));
    }
  }), out;
}), TextAt = class {
  constructor(text, textPath) {
    this.text = text;
    this.textPath = textPath;
  }
  text;
  textPath;
  get field() {
    return this.textPath[this.textPath.length - 1];
  }
  get inNotes() {
    return this.textPath[0] === "notes";
  }
};
function walkTexts(s) {
  let out = [new TextAt(s.name, ["name"]), new TextAt(s.description, ["description"])];
  s.title !== void 0 && out.push(new TextAt(s.title, ["title"]));
  for (let e of elements(s)) out.push(e);
  return s.attitudes.forEach((a, i) => {
    a.definition !== void 0 && out.push(new TextAt(a.definition, ["attitudes", i, "definition"]));
  }), ["categories", "occupations", "industries"].forEach((k) => s[k].forEach((c, i) => out.push(new TextAt(c.name, [k, i, "name"])))), s.notes.qualifications.forEach((t, i) => out.push(new TextAt(t, ["notes", "qualifications", i]))), s.notes.other.forEach((t, i) => out.push(new TextAt(t, ["notes", "other", i]))), out;
}

// src/rules/types.ts
function ruleMeta(id, severity, description, published) {
  return {
    id,
    severity,
    description,
    descriptionMessage: msg(`findings.rule.${id}`),
    docs: docsPath(id),
    ...published ? { published: { id: `published-${id}`, severity: published } } : {}
  };
}
function headOf(s) {
  return { code: s.code, version: s.version, name: s.name, versions: s.versions, ...s.source ? { source: s.source } : {} };
}
function docsPath(id) {
  return `docs/rules/${id}.md`;
}

// src/rules/rules/cjk-space.ts
var SPACE_IN_WORD = new RegExp("\\p{Script=Han}[ \\t\\u3000]+\\p{Script=Han}", "u"), cjkSpace = {
  meta: ruleMeta("cjk-space", "warning", "No spaces inside Chinese words, left by copying from a PDF (\u300C\u7DAD \u904B\u65E5\u8A8C\u8868\u300D)"),
  scope: "file",
  check({ standard }) {
    let out = [];
    for (let at of texts(standard)) {
      let text = at.text, m = /[ \t\u3000]/.test(text) ? SPACE_IN_WORD.exec(text) : null;
      m && out.push({ path: at.textPath, offset: m.index + 1, message: msg("findings.cjkSpace", { space: m[0], text: text.length > 30 ? `${text.slice(0, 30)}\u2026` : text }) });
    }
    return out;
  }
};

// src/rules/rules/code-gap.ts
function split(code) {
  let i = digitsFrom(code);
  return i === code.length ? void 0 : [code.slice(0, i), Number(code.slice(i))];
}
function digitsFrom(code) {
  let i = code.length;
  for (; i > 0 && code.charCodeAt(i - 1) >= 48 && code.charCodeAt(i - 1) <= 57; ) i--;
  return i;
}
function numberFrom(code, i) {
  if (code.length - i > 15) return Number(code.slice(i));
  let n = 0;
  for (let k = i; k < code.length; k++) n = n * 10 + (code.charCodeAt(k) - 48);
  return n;
}
var EXACT = 2 ** 52;
function add(g, n, e) {
  if (!g.numbers) {
    if (n <= EXACT && n === g.first + g.run.length) return void g.run.push(e);
    if (n <= EXACT && n >= g.first && n < g.first + g.run.length) return;
    g.numbers = new Map(g.run.map((x, k) => [g.first + k, x]));
  }
  g.numbers.has(n) || g.numbers.set(n, e);
}
function group(kind, prefix, n, e) {
  return n <= EXACT ? { kind, prefix, first: n, run: [e], numbers: void 0 } : { kind, prefix, first: 0, run: [], numbers: /* @__PURE__ */ new Map([[n, e]]) };
}
var codeGap = {
  meta: ruleMeta("code-gap", "warning", "Numbering has no gaps: K01, K02, K03 \u2014 not K01, K02, K04", "info"),
  scope: "file",
  check({ standard }) {
    let out = [], groups = /* @__PURE__ */ new Map(), last;
    for (let e of elements(standard)) {
      let code = e.code, i = digitsFrom(code);
      if (i === code.length) continue;
      let n = numberFrom(code, i);
      if (last && last.kind === e.kind && last.prefix.length === i && code.startsWith(last.prefix)) {
        add(last, n, e);
        continue;
      }
      let prefix = code.slice(0, i), key = `${e.kind}:${prefix}`, g = groups.get(key);
      g ? add(g, n, e) : groups.set(key, group(e.kind, prefix, n, e)), last = g ?? groups.get(key);
    }
    for (let { numbers } of groups.values()) {
      if (!numbers) continue;
      let sorted = [...numbers.keys()].sort((a, b) => a - b);
      for (let i = 1; i < sorted.length; i++) {
        let [prev, next] = [sorted[i - 1], sorted[i]];
        if (next - prev > 1) {
          let e = numbers.get(next), [prefix] = split(e.code), width = e.code.length - prefix.length, missing = Array.from({ length: next - prev - 1 }, (_, k) => `${prefix}${String(prev + 1 + k).padStart(width, "0")}`);
          out.push({ path: [...e.path, "code"], message: msg("findings.codeGap", { code: e.code, prev: numbers.get(prev).code, missing }) });
        }
      }
    }
    return out;
  }
};

// src/rules/rules/code-hierarchy.ts
function parentEnd(code, depth) {
  let first = code.charCodeAt(0);
  if (!(first >= 65 && first <= 90) || code.length < 2) return;
  let dots = 0, end = -1, digit = !1;
  for (let k = 1; k < code.length; k++) {
    let c = code.charCodeAt(k);
    if (c >= 48 && c <= 57) digit = !0;
    else if (c === 46 && digit)
      ++dots === depth && (end = k), digit = !1;
    else return;
  }
  return digit && end >= 0 ? end : void 0;
}
function isParent(owner, code, end) {
  if (owner.length !== end || owner.charCodeAt(0) !== 84) return !1;
  for (let k = 1; k < end; k++) if (owner.charCodeAt(k) !== code.charCodeAt(k)) return !1;
  return !0;
}
function twoNumbers(code) {
  let dot = code.indexOf(".");
  return dot >= 0 && code.indexOf(".", dot + 1) < 0;
}
var codeHierarchy = {
  meta: ruleMeta("code-hierarchy", "warning", "Codes agree with where they stand: T1.1 under T1, O1.1.x and P1.1.x under T1.1", "warning"),
  scope: "file",
  check({ standard }) {
    let out = [];
    for (let e of elements(standard)) {
      let owner, depth = 1;
      if (e.kind === "task" ? owner = e.duty : (e.kind === "output" || e.kind === "indicator") && (e.shared || twoNumbers(e.code) ? owner = e.duty : (owner = e.task, depth = 2)), owner === void 0) continue;
      let end = parentEnd(e.code, depth);
      if (end !== void 0 && !isParent(owner, e.code, end)) {
        let parent = `T${e.code.slice(1, end)}`;
        out.push({ path: [...e.path, "code"], message: msg("findings.codeHierarchy", { kind: e.kind, code: e.code, owner, parent }) });
      }
    }
    return out;
  }
};

// src/rules/rules/duplicate-code.ts
var duplicateCode = {
  meta: ruleMeta("duplicate-code", "warning", "No code is used by two elements (duties, tasks, outputs, indicators, K, S, A)", "warning"),
  scope: "file",
  check({ standard }) {
    let out = [], first = /* @__PURE__ */ new Map();
    for (let e of elements(standard)) {
      let at = first.get(e.code);
      if (at === void 0) {
        first.set(e.code, e.text);
        continue;
      }
      let message = at === e.text ? msg("findings.duplicateCode.same", { code: e.code, text: e.text }) : msg("findings.duplicateCode.other", { code: e.code, text: e.text, first: at });
      out.push({ path: [...e.path, "code"], message });
    }
    return out;
  }
};

// src/rules/rules/duplicate-version.ts
var duplicateVersion = {
  meta: ruleMeta("duplicate-version", "error", "No two files claim one code and version"),
  scope: "catalog",
  check(files) {
    let first = /* @__PURE__ */ new Map(), out = [];
    for (let { file, standard } of files) {
      let key = `${baseOf(standard.code)}v${standard.version}`, other = first.get(key);
      other === void 0 ? first.set(key, file) : out.push({ file, path: ["code"], message: msg("findings.duplicateVersion", { key, other }) });
    }
    return out;
  }
};

// src/rules/rules/element-code-format.ts
var FORMATS = {
  duty: /^T[0-9]+$/,
  task: /^T[0-9]+\.[0-9]+$/,
  output: /^O[0-9]+\.[0-9]+(?:\.[0-9]+)?$/,
  indicator: /^P[0-9]+\.[0-9]+(?:\.[0-9]+)?$/,
  knowledge: /^K[0-9]+$/,
  skill: /^S[0-9]+$/,
  attitude: /^A[0-9]+$/
}, SHARED = { output: /^O[0-9]+\.[0-9]+$/, indicator: /^P[0-9]+\.[0-9]+$/ }, EXAMPLE = {
  duty: "T1",
  task: "T1.1",
  output: "O1.1.1",
  indicator: "P1.1.1",
  knowledge: "K01",
  skill: "S01",
  attitude: "A01"
}, elementCodeFormat = {
  meta: ruleMeta("element-code-format", "error", "Duty, task, output, indicator, K, S and A codes have their form (T1, T1.1, O1.1.1, P1.1.1, K01, S01, A01; the old numbering O1.1, P1.1, K1, S1 too)", "warning"),
  scope: "file",
  check({ standard }) {
    let out = [];
    for (let e of elements(standard))
      if (!(e.shared ? SHARED[e.kind] : FORMATS[e.kind]).test(e.code)) {
        let example = e.shared ? EXAMPLE[e.kind].replace(/\.1$/, "") : EXAMPLE[e.kind];
        out.push({ path: [...e.path, "code"], message: msg("findings.elementCodeFormat.code", { kind: e.kind, code: e.code, example }) });
      }
    for (let use of refUses(standard))
      FORMATS[use.kind].test(use.code) || out.push({ path: use.path, message: msg("findings.elementCodeFormat.ref", { kind: use.kind, code: use.code, example: EXAMPLE[use.kind] }) });
    return out;
  }
};

// src/rules/rules/empty-text.ts
var emptyText = {
  meta: ruleMeta("empty-text", "warning", "No empty texts: every title, name, indicator, output and note says something", "info"),
  scope: "file",
  check({ standard }) {
    let out = [];
    for (let at of texts(standard))
      at.text.trim() === "" && out.push({ path: at.textPath, message: msg("findings.emptyText", { field: String(at.field) }) });
    return out;
  }
};

// src/rules/rules/file-path.ts
import { basename, dirname } from "node:path";
var filePath = {
  meta: ruleMeta("file-path", "warning", "The file is at <CODE>/v<N>.yaml for its own code and version"),
  scope: "file",
  check({ file, standard: s }) {
    if (file === "<stdin>") return [];
    let out = [], name = basename(file), folder = basename(dirname(file)), want = `${baseOf(s.code)}/v${s.version}.yaml`;
    return (!new RegExp(`^v${s.version}\\.ya?ml$`, "i").test(name) || folder.toUpperCase() !== baseOf(s.code)) && out.push({ path: ["code"], message: msg("findings.filePath", { code: s.code, want, actual: `${folder}/${name}` }) }), out;
  }
};

// src/rules/rules/footnote-missing.ts
var footnoteMissing = {
  meta: ruleMeta("footnote-missing", "warning", "Every \u3010\u8A3BN\u3011 marker has its note in \u5176\u4ED6\u88DC\u5145\u8AAA\u660E", "info"),
  scope: "file",
  check({ standard }) {
    let notes = new Set(standard.notes.other.flatMap((line) => footnoteMarkers(line.slice(0, 8)))), out = [];
    for (let t of texts(standard)) {
      let text = t.text;
      if (!(t.inNotes || !text.includes("\u3010\u8A3B")))
        for (let marker of footnoteMarkers(text)) {
          let at = text.indexOf(`\u3010${marker}`);
          notes.has(marker) || out.push({ path: t.textPath, ...at >= 0 ? { offset: at } : {}, message: msg("findings.footnoteMissing", { marker }) });
        }
    }
    return out;
  }
};

// src/rules/rules/glued-code.ts
var GLUED = new RegExp("(?<![A-Za-z0-9\u3010\u3014[(\uFF08.])(?:[TOPKSA][0-9]{1,2}(?:\\.[0-9]+){0,2})(?=\\p{Script=Han})", "u"), gluedCode = {
  meta: ruleMeta("glued-code", "warning", "No element code glued inside a text (\u300C\u2026\u5C08\u5229T1.3\u5206\u6790\u2026\u300D): a cell that copying merged", "warning"),
  scope: "file",
  check({ standard }) {
    let out = [];
    for (let at of texts(standard)) {
      let text = at.text, m = /[TOPKSA][0-9]/.test(text) ? GLUED.exec(text) : null;
      m && out.push({ path: at.textPath, offset: m.index, message: msg("findings.gluedCode", { code: m[0], text: text.length > 30 ? `${text.slice(0, 30)}\u2026` : text }) });
    }
    return out;
  }
};

// src/rules/rules/level-far-from-standard.ts
var levelFarFromStandard = {
  meta: ruleMeta("level-far-from-standard", "info", "A task level two or more away from \u57FA\u6E96\u7D1A\u5225 (legal: tasks may span levels, but worth a look)"),
  scope: "file",
  check({ standard: s }) {
    let out = [], base = s.level;
    if (base === null || base < 1 || base > 6) return out;
    for (let r of levelRows(s))
      r.level !== null && r.level >= 1 && r.level <= 6 && Math.abs(r.level - base) >= 2 && out.push({ path: r.path, message: msg("findings.levelFar", { owner: r.owner, level: r.level, distance: Math.abs(r.level - base), base }) });
    return out;
  }
};

// src/rules/rules/level-range.ts
var outside = (level) => level !== null && (level < 1 || level > 6), levelRange = {
  meta: ruleMeta("level-range", "error", "\u57FA\u6E96\u7D1A\u5225 and every \u8077\u80FD\u7D1A\u5225 are between 1 and 6 (or null when not set)", "warning"),
  scope: "file",
  check({ standard: s }) {
    let out = [];
    outside(s.level) && out.push({ path: ["level"], message: msg("findings.levelRange.standard", { level: s.level }) });
    for (let r of levelRows(s))
      outside(r.level) && out.push({ path: r.path, message: msg("findings.levelRange.row", { owner: r.owner, level: r.level }) });
    return out;
  }
};

// src/rules/rules/line-ends.ts
var lineEnds = {
  meta: ruleMeta("line-ends", "warning", "The file is UTF-8 without a byte order mark, with LF line ends (it reads the same either way)"),
  scope: "file",
  check({ source }) {
    if (!source) return [];
    let out = [];
    source.bom && out.push({ path: [], message: msg("findings.lineEnds.bom"), at: { line: 1, column: 1 } });
    let crlf = source.text.indexOf(`\r
`);
    if (crlf >= 0) {
      let line = source.text.slice(0, crlf).split(`
`).length;
      out.push({ path: [], message: msg("findings.lineEnds.crlf", { line }), at: { line, column: crlf - source.text.lastIndexOf(`
`, crlf - 1) } });
    }
    return out;
  }
};

// src/rules/rules/stale-current.ts
var staleCurrent = {
  meta: ruleMeta("stale-current", "warning", "An older version's file does not still say it is current when a newer file exists"),
  scope: "catalog",
  check(files) {
    let newest = /* @__PURE__ */ new Map();
    for (let { file, standard } of files) {
      let base = baseOf(standard.code), n = newest.get(base);
      (!n || standard.version > n.version) && newest.set(base, { version: standard.version, file });
    }
    let out = [];
    for (let { file, standard } of files) {
      let n = newest.get(baseOf(standard.code));
      if (standard.version >= n.version) continue;
      let i = standard.versions.findIndex((r) => r.version === standard.version);
      i >= 0 && standard.versions[i].status === "current" && out.push({ file, path: ["versions", i, "status"], message: msg("findings.staleCurrent", { version: standard.version, file: n.file, newest: n.version }) });
    }
    return out;
  }
};

// src/rules/rules/standard-code-format.ts
var FULL = /^[A-Z]{3}[0-9]{4}-[0-9]{3}v[0-9]+$/, standardCodeFormat = {
  meta: ruleMeta("standard-code-format", "error", "The standard code is AAA9999-999vN and its version agrees with `version`", "warning"),
  scope: "file",
  check({ standard: s }) {
    let out = [];
    return FULL.test(s.code) ? s.code.endsWith(`v${s.version}`) || out.push({ path: ["version"], message: msg("findings.standardCodeFormat.version", { version: s.version, code: s.code }) }) : out.push({ path: ["code"], message: msg("findings.standardCodeFormat.code", { code: s.code }) }), s.versions.forEach((row, i) => {
      let bare = STANDARD_CODE_PATTERN.test(row.code) && !/v[0-9]+$/i.test(row.code);
      !FULL.test(row.code) && !(bare && row.version === 1) && out.push({ path: ["versions", i, "code"], message: msg("findings.standardCodeFormat.row", { code: row.code }) });
    }), out;
  }
};

// src/rules/rules/undefined-competency.ts
var undefinedCompetency = {
  meta: ruleMeta("undefined-competency", "error", "Every K and S a task row needs is defined in the standard-wide knowledge and skills lists", "warning"),
  scope: "file",
  check({ standard }) {
    let defined = { knowledge: new Set(standard.knowledge.map((k) => k.code)), skill: new Set(standard.skills.map((k) => k.code)) }, out = [];
    for (let use of refUses(standard))
      defined[use.kind].has(use.code) || out.push({ path: use.path, message: msg("findings.undefinedCompetency", { code: use.code, owner: use.task ?? use.duty, kind: use.kind }) });
    return out;
  }
};

// src/rules/rules/unexplained-rename.ts
var unexplainedRename = {
  meta: ruleMeta("unexplained-rename", "warning", "The same code under another name is explained by a row of the newer version table"),
  scope: "catalog",
  check(files) {
    let byBase = /* @__PURE__ */ new Map();
    for (let f of files) byBase.set(baseOf(f.standard.code), [...byBase.get(baseOf(f.standard.code)) ?? [], f]);
    let out = [];
    for (let group2 of byBase.values()) {
      let sorted = [...group2].sort((a, b) => a.standard.version - b.standard.version);
      for (let i = 1; i < sorted.length; i++) {
        let older = sorted[i - 1], newer = sorted[i];
        if (older.standard.name === newer.standard.name) continue;
        let row = newer.standard.versions.find((r) => r.version === older.standard.version);
        (!row || row.name !== older.standard.name) && out.push({
          file: newer.file,
          path: ["name"],
          message: msg("findings.unexplainedRename", { base: baseOf(newer.standard.code), name: newer.standard.name, version: newer.standard.version, oldName: older.standard.name, oldVersion: older.standard.version, oldFile: older.file })
        });
      }
    }
    return out;
  }
};

// src/rules/rules/unused-competency.ts
var unusedCompetency = {
  meta: ruleMeta("unused-competency", "warning", "Every K and S of the standard-wide lists is needed by at least one task row", "info"),
  scope: "file",
  check({ standard }) {
    let used = { knowledge: /* @__PURE__ */ new Set(), skill: /* @__PURE__ */ new Set() };
    for (let u of refUses(standard)) used[u.kind].add(u.code);
    let out = [];
    return standard.knowledge.forEach((k, i) => {
      used.knowledge.has(k.code) || out.push({ path: ["knowledge", i, "code"], message: msg("findings.unusedCompetency", { code: k.code, name: k.name }) });
    }), standard.skills.forEach((k, i) => {
      used.skill.has(k.code) || out.push({ path: ["skills", i, "code"], message: msg("findings.unusedCompetency", { code: k.code, name: k.name }) });
    }), out;
  }
};

// src/rules/rules/version-succession.ts
var versionSuccession = {
  meta: ruleMeta("version-succession", "warning", "Each historical row names the version that replaced it (\u5DF2\u88AB\u300A\u2026\u300B\u53D6\u4EE3) and dates increase with versions", "info"),
  scope: "file",
  check({ standard: s }) {
    let out = [], byVersion = [...s.versions.entries()].sort((a, b) => a[1].version - b[1].version);
    return byVersion.forEach(([i, row], n) => {
      let next = byVersion[n + 1]?.[1];
      if (row.status === "historical" && row.version !== s.version) {
        let named = replacedByFromNote(row.note);
        named === void 0 ? out.push({ path: ["versions", i, "note"], message: msg("findings.versionSuccession.unnamed", { version: row.version }) }) : next && named.toUpperCase() !== next.code.toUpperCase() && out.push({ path: ["versions", i, "note"], message: msg("findings.versionSuccession.other", { version: row.version, named, next: next.code }) });
      }
      let prev = byVersion[n - 1]?.[1];
      prev && prev.date !== null && row.date !== null && row.date <= prev.date && out.push({ path: ["versions", i, "date"], message: msg("findings.versionSuccession.date", { version: row.version, date: row.date, prev: prev.version, prevDate: prev.date }) });
    }), out;
  }
};

// src/rules/rules/version-table.ts
var versionTable = {
  meta: ruleMeta("version-table", "error", "The version table lists the file's own version under its own code and name, and one current version", "warning"),
  scope: "file",
  check({ standard: s }) {
    let index = s.versions.findIndex((r) => r.version === s.version);
    if (index < 0) return [{ path: ["versions"], message: msg("findings.versionTable.missing", { version: s.version }) }];
    let row = s.versions[index], out = [];
    row.status !== "current" && replacedByFromNote(row.note) === void 0 && out.push({ path: ["versions", index, "status"], message: msg("findings.versionTable.ownHistorical", { version: s.version }) }), row.code.toUpperCase() !== s.code.toUpperCase() && out.push({ path: ["versions", index, "code"], message: msg("findings.versionTable.code", { version: s.version, rowCode: row.code, code: s.code }) }), row.name !== s.name && out.push({ path: ["versions", index, "name"], message: msg("findings.versionTable.name", { version: s.version, rowName: row.name, name: s.name }) }), s.versions.forEach((r, i) => {
      r.version > s.version && out.push({ path: ["versions", i, "version"], message: msg("findings.versionTable.newer", { version: r.version, own: s.version }) });
      let coded = /v([0-9]+)$/i.exec(r.code);
      i !== index && coded && Number(coded[1]) !== r.version && out.push({ path: ["versions", i, "code"], message: msg("findings.versionTable.rowCode", { version: r.version, rowCode: r.code }) }), i !== index && r.status === "current" && row.status === "current" && out.push({ path: ["versions", i, "status"], message: msg("findings.versionTable.twoCurrent", { version: r.version, own: s.version }) });
    });
    let seen = /* @__PURE__ */ new Set();
    return s.versions.forEach((r, i) => {
      seen.has(r.version) && out.push({ path: ["versions", i, "version"], message: msg("findings.versionTable.twice", { version: r.version }) }), seen.add(r.version);
    }), out;
  }
};

// src/rules/registry.ts
var RULES = [
  standardCodeFormat,
  elementCodeFormat,
  codeHierarchy,
  duplicateCode,
  codeGap,
  undefinedCompetency,
  unusedCompetency,
  levelRange,
  levelFarFromStandard,
  versionTable,
  versionSuccession,
  filePath,
  duplicateVersion,
  staleCurrent,
  unexplainedRename,
  cjkSpace,
  gluedCode,
  emptyText,
  footnoteMissing,
  lineEnds
], LOAD_CHECKS = [
  ["yaml-syntax", "The file is well-formed YAML"],
  ["yaml-duplicate-key", "No key appears twice in one mapping"],
  ["yaml-unknown-tag", "No custom tags such as !!js/function"],
  ["yaml-alias-bomb", "Aliases do not expand without bound (billion laughs)"],
  ["yaml-too-deep", "Nesting is not so deep that it exhausts the parser"],
  ["empty-file", "The file is not empty"],
  ["binary-file", "The file is text, not binary"],
  ["invalid-utf8", "The file is valid UTF-8"],
  ["file-too-large", "The file is not larger than a standard can be"],
  ["unreadable", "The file can be read"],
  ["schema", "The file follows schemas/standard.schema.json"]
].map(([id, description]) => ruleMeta(id, "error", description)), PUBLISHED_CHECKS = RULES.flatMap(
  (r) => r.meta.published ? [
    {
      id: r.meta.published.id,
      severity: r.meta.published.severity,
      description: `${r.meta.description} \u2014 in a transcription: a defect of the published document, kept as published`,
      descriptionMessage: msg("findings.rule.published", { rule: r.meta.id }),
      docs: `docs/rules/published.md#${r.meta.published.id}`
    }
  ] : []
), BASELINE_CHECK = ruleMeta("baseline-stale", "warning", "Every entry of the baseline still matches a finding");
function ruleById(id) {
  return RULES.find((r) => r.meta.id === id);
}

export {
  headOf,
  RULES,
  LOAD_CHECKS,
  PUBLISHED_CHECKS,
  BASELINE_CHECK,
  ruleById
};
