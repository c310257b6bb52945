import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  COVER_KINDS,
  unitCodes
} from "./chunk-WUPCKFHW.js";
import "./chunk-XYDU2MH7.js";

// src/course/impact.ts
var ACTIONS = ["review", "level", "gap", "link", "check-wording", "migrate"], KIND_OF = { task: "tasks", knowledge: "knowledge", skill: "skills", attitude: "attitudes" };
function unitsCovering(mapping, kind, code) {
  return code === void 0 ? [] : mapping.units.filter((u) => unitCodes(u, kind).includes(code)).map((u) => u.id);
}
function oldCode(c) {
  if (c.kind !== "added")
    return c.fromCode ?? c.code;
}
function newCode(c) {
  if (c.kind !== "removed")
    return c.toCode ?? c.code;
}
function oldTaskOf(taskNew, renames) {
  if (taskNew !== void 0) {
    for (let [from, to] of renames) if (to === taskNew) return from;
    return taskNew;
  }
}
function impact(mapping, diff) {
  let items = [], untouched = 0, taskRenames = /* @__PURE__ */ new Map();
  for (let c of diff.changes) c.element === "task" && c.fromCode !== void 0 && c.toCode !== void 0 && taskRenames.set(c.fromCode, c.toCode);
  for (let change of diff.changes) {
    let kind = KIND_OF[change.element];
    if (kind !== void 0) {
      let from = oldCode(change), to = newCode(change), action = change.kind === "removed" ? "review" : change.kind === "added" ? "gap" : change.kind === "modified" ? "check-wording" : "migrate", units = unitsCovering(mapping, kind, from);
      items.push({ action, kind, change, ...from !== void 0 ? { fromCode: from } : {}, ...to !== void 0 ? { toCode: to } : {}, units });
      continue;
    }
    if (change.element === "level" || change.element === "link" || change.element === "indicator" || change.element === "output") {
      let task = change.element === "level" || change.element === "link" ? change.code : change.task, from = oldTaskOf(task, taskRenames), action = change.element === "level" ? "level" : change.element === "link" ? "link" : "check-wording";
      items.push({ action, kind: "tasks", change, ...from !== void 0 ? { fromCode: from } : {}, ...task !== void 0 ? { toCode: task } : {}, units: unitsCovering(mapping, "tasks", from) });
      continue;
    }
    untouched++;
  }
  let rank = (a) => ACTIONS.indexOf(a), order = items.map((item, i) => ({ item, i }));
  return order.sort((a, b) => rank(a.item.action) - rank(b.item.action) || +(b.item.units.length > 0) - +(a.item.units.length > 0) || a.i - b.i), {
    from: diff.from,
    to: diff.to,
    classification: diff.classification,
    missingContent: diff.missingContent ?? [],
    items: order.map((o) => o.item),
    untouched
  };
}
function needsReview(i) {
  return i.missingContent.length > 0 || i.items.some((x) => x.action !== "migrate" && x.action !== "check-wording");
}
function migrate(mapping, diff, newCodes, oldCodes) {
  let renames = { tasks: /* @__PURE__ */ new Map(), knowledge: /* @__PURE__ */ new Map(), skills: /* @__PURE__ */ new Map(), attitudes: /* @__PURE__ */ new Map() }, removed = { tasks: /* @__PURE__ */ new Set(), knowledge: /* @__PURE__ */ new Set(), skills: /* @__PURE__ */ new Set(), attitudes: /* @__PURE__ */ new Set() };
  for (let c of diff.changes) {
    let kind = KIND_OF[c.element];
    kind !== void 0 && (c.kind === "removed" && c.code !== void 0 ? removed[kind].add(c.code) : c.kind !== "added" && c.fromCode !== void 0 && c.toCode !== void 0 && renames[kind].set(c.fromCode, c.toCode));
  }
  let renamed = [], review = [], units = mapping.units.map((unit, index) => {
    let next = { ...unit };
    for (let kind of COVER_KINDS) {
      if (unit[kind] === void 0) continue;
      let out = [];
      for (let code of unitCodes(unit, kind)) {
        let to = renames[kind].get(code);
        to !== void 0 ? (out.push(to), to !== code && renamed.push({ unit: unit.id, kind, from: code, to })) : !removed[kind].has(code) && oldCodes[kind].has(code) && newCodes[kind].has(code) ? out.push(code) : review.push({ unit: unit.id, index, kind, code, reason: removed[kind].has(code) ? "removed" : "unknown" });
      }
      next[kind] = [...new Set(out)];
    }
    return next;
  });
  return { mapping: { ...mapping, standard: diff.to, units }, renamed, review };
}
export {
  ACTIONS,
  impact,
  migrate,
  needsReview
};
