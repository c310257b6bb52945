import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  standardItems
} from "./chunk-PWFPJ7LD.js";
import {
  COVER_KINDS,
  coversNothing,
  unitCodes
} from "./chunk-WUPCKFHW.js";
import {
  t
} from "./chunk-J3TOLC5V.js";
import {
  msg
} from "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";

// src/rules/course-check.ts
var COURSE_RULES = ["course-standard", "course-unknown-code", "course-empty-unit", "course-duplicate-unit", "course-duplicate-code", "course-hours"];
function checkCourse(file, mapping, mapped, at) {
  let findings = [], add = (ruleId, severity, path, id, params) => {
    let m = msg(id, params);
    findings.push({ ruleId, severity, message: t("zh-Hant", m), messageId: id, params, file, ...at(path), path });
  };
  mapped.kind === "missing" ? add("course-standard", "error", ["standard"], "course.check.standard-missing", { ref: mapped.ref, suggestions: [...mapped.suggestions] }) : mapped.kind === "history" ? add("course-standard", "error", ["standard"], "course.check.standard-history", { code: mapped.code }) : mapped.kind === "no-version" && add("course-standard", "error", ["standard"], "course.check.standard-no-version", { ref: mapped.ref, latest: mapped.latest ?? "" });
  let known = mapped.kind === "published" ? standardItems(mapped.standard) : void 0, ids = /* @__PURE__ */ new Map(), hours = 0, allHours = !0;
  return mapping.units.forEach((unit, i) => {
    let first = ids.get(unit.id);
    first !== void 0 ? add("course-duplicate-unit", "error", ["units", i, "id"], "course.check.duplicate-unit", { id: unit.id, first: first + 1 }) : ids.set(unit.id, i), unit.hours === void 0 ? allHours = !1 : hours += unit.hours, coversNothing(unit) && add("course-empty-unit", "warning", ["units", i], "course.check.empty-unit", { id: unit.id });
    for (let kind of COVER_KINDS) {
      let codes = unitCodes(unit, kind), seen = /* @__PURE__ */ new Set(), valid = known ? new Set(known[kind].map((x) => x.code)) : void 0;
      codes.forEach((code, j) => {
        seen.has(code) && add("course-duplicate-code", "warning", ["units", i, kind, j], "course.check.duplicate-code", { id: unit.id, code }), seen.add(code), valid && !valid.has(code) && mapped.kind === "published" && add("course-unknown-code", "error", ["units", i, kind, j], `course.check.unknown-code.${kind}`, { id: unit.id, code, standard: mapped.code });
      });
    }
  }), allHours && mapping.course.hours !== void 0 && Math.abs(hours - mapping.course.hours) > 1e-9 && add("course-hours", "warning", ["course", "hours"], "course.check.hours", { course: mapping.course.hours, units: hours }), findings;
}
export {
  COURSE_RULES,
  checkCourse
};
