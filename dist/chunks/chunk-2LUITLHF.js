import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  statBeforeRead
} from "./chunk-O45Z3SX2.js";
import {
  RULES,
  headOf
} from "./chunk-XVJVZHK5.js";
import {
  loadStandardFile
} from "./chunk-DE7SVJ27.js";
import {
  locate
} from "./chunk-OX7EX2RD.js";
import {
  t
} from "./chunk-J3TOLC5V.js";
import {
  DEFAULT_LANG
} from "./chunk-TE5S4JRX.js";

// src/rules/engine.ts
function severityOf(meta, settings) {
  return settings.get(meta.id) ?? meta.severity;
}
function toFinding(r, id, severity, locateIn) {
  let where = r.at ?? locateIn(r.file, r.path, r.key, r.offset), text = { message: t(DEFAULT_LANG, r.message), messageId: r.message.id, ...r.message.params ? { params: r.message.params } : {} };
  return { ruleId: id, severity, ...text, file: r.file, ...where, path: r.key === void 0 ? [...r.path] : [...r.path, r.key] };
}
function isTranscription(s) {
  return s.source?.kind === "transcription";
}
function gradeFor(meta, settings, transcription) {
  return transcription && meta.published ? { id: meta.published.id, severity: settings.get(meta.published.id) ?? meta.published.severity } : { id: meta.id, severity: severityOf(meta, settings) };
}
function runFileRules(files, settings) {
  let findings = [], valid = files.flatMap((f) => f.standard ? [{ file: f.file, standard: f.standard, source: f.source }] : []), byName = new Map(files.map((f) => [f.file, f])), locateIn = (file, path, key, offset) => byName.get(file).locate(path, key, offset);
  for (let rule of RULES)
    if (rule.scope === "file")
      for (let f of valid) {
        let { id, severity } = gradeFor(rule.meta, settings, isTranscription(f.standard));
        if (severity !== "off")
          for (let r of rule.check(f)) findings.push(toFinding({ ...r, file: f.file }, id, severity, locateIn));
      }
  return findings;
}
function runCatalogRules(files, settings, locateIn) {
  let findings = [];
  for (let rule of RULES) {
    if (rule.scope !== "catalog") continue;
    let heads = new Map(files.map((f) => [f.file, f.standard]));
    for (let r of rule.check(files)) {
      let head = heads.get(r.file), { id, severity } = gradeFor(rule.meta, settings, head !== void 0 && isTranscription(head));
      severity !== "off" && findings.push(toFinding(r, id, severity, locateIn));
    }
  }
  return findings;
}
var ORDER = { error: 0, warning: 1, info: 2 };
function sortFindings(findings, files) {
  let rank = new Map(files.map((f, i) => [f, i]));
  return [...findings].sort(
    (a, b) => (rank.get(a.file) ?? 1e9) - (rank.get(b.file) ?? 1e9) || a.line - b.line || a.column - b.column || ORDER[a.severity] - ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId)
  );
}

// src/rules/check-file.ts
function lintFile(loaded) {
  return {
    file: loaded.file,
    standard: loaded.standard,
    source: loaded.text !== void 0 ? { text: loaded.text, bom: loaded.bom } : void 0,
    locate: (path, key, offset) => {
      let parsed = loaded.parsed, inText = offset !== void 0 ? { at: offset, source: parsed?.text ?? "" } : void 0;
      return parsed ? locate(parsed.doc, parsed.lineCounter, path, key, inText) : { line: 1, column: 1 };
    }
  };
}
function outcomeOf(loaded, settings) {
  let findings = [...loaded.findings, ...runFileRules([lintFile(loaded)], settings)];
  return {
    file: loaded.file,
    findings,
    // A copy: the parser's strings are slices of the whole text, and a head kept until the end of
    // the run (or of a worker's batch) would keep every file's text alive with it.
    head: loaded.standard ? structuredClone(headOf(loaded.standard)) : void 0,
    text: findings.length > 0 ? loaded.text : void 0
  };
}
function checkFile(path, display, settings, cache, lookup = !0) {
  let cached = lookup ? cache?.get(path) : void 0;
  if (cached && cached.file === display) return cached;
  let stat = cache ? statBeforeRead(path) : void 0, outcome = outcomeOf(loadStandardFile(path, display), settings);
  return cache && stat && cache.set(path, stat, outcome), outcome;
}

export {
  runCatalogRules,
  sortFindings,
  outcomeOf,
  checkFile
};
