import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  similarity
} from "./chunk-A7H2PZQY.js";
import {
  refCode
} from "./chunk-4P5I3Q76.js";
import {
  foldKey
} from "./chunk-H3255PXU.js";
import {
  entryCode
} from "./chunk-5BHPBIFA.js";

// src/diff/classify.ts
var SEVERITY_RULES = [
  {
    id: "level-changed",
    description: "a task level (\u8077\u80FD\u7D1A\u5225) or the standard level (\u57FA\u6E96\u7D1A\u5225) changed",
    severity: "major",
    applies: (c) => c.element === "level" || c.element === "header" && c.field === "level"
  },
  {
    // Which version is in force, or what a version was called: a reader acting on "current" must look again.
    id: "version-status-name",
    description: "a version-table row: its status (current/historical), name or code changed, or a row for an old version was added or removed",
    severity: "minor",
    applies: (c) => c.element === "version" && (c.field === void 0 || c.field === "status" || c.field === "name" || c.field === "code")
  },
  {
    // Descriptive: what the standard requires is the same.
    id: "version-date-note",
    description: "a version-table row's date (\u767C\u5C55\u66F4\u65B0\u65E5\u671F) or note (\u66F4\u65B0\u8AAA\u660E) changed",
    severity: "patch",
    applies: (c) => c.element === "version"
  },
  {
    id: "removed",
    description: "something was removed: a standard file, a duty, task, output, indicator, K, S, A, a K/S link of a task, a note",
    severity: "major",
    applies: (c) => c.kind === "removed"
  },
  {
    id: "added",
    description: "something was added",
    severity: "minor",
    applies: (c) => c.kind === "added"
  },
  {
    id: "reworded-renumbered-moved",
    description: "rewording (modified), renumbering, moving to another duty or task",
    severity: "patch",
    applies: () => !0
  }
];
function severityOf(change2) {
  for (let rule of SEVERITY_RULES) if (rule.applies(change2)) return rule.severity;
  return "patch";
}
function classify(changes, contentKnown) {
  return contentKnown ? changes.every((c) => c.severity === "patch") ? "equivalent" : "not-equivalent" : "unknown";
}
function summarize(changes) {
  let summary = { major: 0, minor: 0, patch: 0 };
  for (let c of changes) summary[c.severity]++;
  return summary;
}

// src/diff/match.ts
var DEFAULT_MATCH = { sameCode: 0.4, other: 0.6 };
function groupBy(indices, keyOf) {
  let groups = /* @__PURE__ */ new Map();
  for (let i of indices) {
    let k = keyOf(i), g = groups.get(k);
    g ? g.push(i) : groups.set(k, [i]);
  }
  return groups;
}
function zipBuckets(olds, news, oldFree, newFree, keyOf, pairs) {
  let newGroups = groupBy([...newFree], (j) => keyOf(news[j])), oldGroups = groupBy([...oldFree], (i) => keyOf(olds[i]));
  for (let [key, oi] of oldGroups) {
    let nj = newGroups.get(key);
    if (!nj) continue;
    let take = (a, b) => {
      let n = Math.min(a.length, b.length);
      for (let k = 0; k < n; k++)
        pairs.push([a[k], b[k]]), oldFree.delete(a[k]), newFree.delete(b[k]);
    }, byParentNew = groupBy(nj, (j) => news[j].parent ?? "\0none");
    for (let [parent, a] of groupBy(oi, (i) => olds[i].parent ?? "\0none")) {
      let b = byParentNew.get(parent);
      b && parent !== "\0none" && take(a, b);
    }
    take(
      oi.filter((i) => oldFree.has(i)),
      nj.filter((j) => newFree.has(j))
    );
  }
}
function tieKey(a, b) {
  let x = `${a.code}${a.key}`, y = `${b.code}${b.key}`;
  return x < y ? `${x}${y}` : `${y}${x}`;
}
function score(a, b) {
  return similarity(a.key, b.key) + (a.parent !== void 0 && a.parent === b.parent ? 0.01 : 0);
}
function assign(cands, oldFree, newFree, pairs) {
  cands.sort((a, b) => b.score - a.score || (a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0));
  for (let c of cands)
    !oldFree.has(c.i) || !newFree.has(c.j) || (pairs.push([c.i, c.j]), oldFree.delete(c.i), newFree.delete(c.j));
}
function bigramsOf(key) {
  let chars = [...key], out = /* @__PURE__ */ new Set();
  chars.length === 1 && out.add(chars[0]);
  for (let k = 0; k + 1 < chars.length; k++) out.add(chars[k] + chars[k + 1]);
  return out;
}
var ALL_PAIRS_LIMIT = 4e4, COMMON_BIGRAM = 48;
function similarCandidates(olds, news, oldFree, newFree, min) {
  let cands = [], oi = [...oldFree], nj = [...newFree], consider = (i, j) => {
    let s = score(olds[i], news[j]);
    s >= min && cands.push({ i, j, score: s, tie: tieKey(olds[i], news[j]) });
  };
  if (oi.length * nj.length <= ALL_PAIRS_LIMIT) {
    for (let i of oi) for (let j of nj) consider(i, j);
    return cands;
  }
  let index = /* @__PURE__ */ new Map();
  for (let j of nj)
    for (let g of bigramsOf(news[j].key)) {
      let list = index.get(g);
      list ? list.push(j) : index.set(g, [j]);
    }
  let oldCounts = /* @__PURE__ */ new Map();
  for (let i of oi) for (let g of bigramsOf(olds[i].key)) oldCounts.set(g, (oldCounts.get(g) ?? 0) + 1);
  for (let i of oi) {
    let seen = /* @__PURE__ */ new Set();
    for (let g of bigramsOf(olds[i].key)) {
      let list = index.get(g);
      if (!(!list || list.length > COMMON_BIGRAM || (oldCounts.get(g) ?? 0) > COMMON_BIGRAM))
        for (let j of list)
          seen.has(j) || (seen.add(j), consider(i, j));
    }
  }
  return cands;
}
function matchItems(olds, news, options = DEFAULT_MATCH) {
  let pairs = [], oldFree = new Set(olds.keys()), newFree = new Set(news.keys());
  if (zipBuckets(olds, news, oldFree, newFree, (x) => `${x.code}${x.key}`, pairs), zipBuckets(olds, news, oldFree, newFree, (x) => x.key, pairs), oldFree.size > 0 && newFree.size > 0) {
    let newByCode = groupBy([...newFree], (j) => news[j].code), cands = [];
    for (let i of oldFree)
      for (let j of newByCode.get(olds[i].code) ?? []) {
        let s = score(olds[i], news[j]);
        s >= options.sameCode && cands.push({ i, j, score: s, tie: tieKey(olds[i], news[j]) });
      }
    assign(cands, oldFree, newFree, pairs);
  }
  return oldFree.size > 0 && newFree.size > 0 && assign(similarCandidates(olds, news, oldFree, newFree, options.other), oldFree, newFree, pairs), pairs.sort((a, b) => a[1] - b[1]), {
    pairs,
    oldOnly: [...oldFree].sort((a, b) => a - b),
    newOnly: [...newFree].sort((a, b) => a - b)
  };
}

// src/diff/diff.ts
function levelText(levels) {
  let unique = [...new Set(levels.map((l) => l === null ? "\u2013" : String(l)))];
  return unique.sort(), unique.join("\u3001");
}
function emptyLinks() {
  return { knowledge: /* @__PURE__ */ new Set(), skills: /* @__PURE__ */ new Set() };
}
function flatten(standard) {
  let flat = { standard, duties: [], tasks: [], outputs: [], indicators: [], owners: /* @__PURE__ */ new Map() }, addRows = (owner, rows, taskOfTag) => {
    for (let row of rows) {
      for (let p of row.indicators) flat.indicators.push({ code: p.code, key: foldKey(p.text), text: p.text, owner, level: row.level });
      for (let kind of ["knowledge", "skills"])
        for (let ref of row[kind]) {
          let targets = (typeof ref == "string" ? [] : ref.tasks ?? []).map(taskOfTag).filter((t) => t !== void 0);
          for (let target of targets.length > 0 ? targets : [owner]) flat.owners.get(target).links[kind].add(refCode(ref));
        }
    }
  };
  return standard.duties.forEach((duty, d) => {
    let fd = { code: duty.code, key: foldKey(duty.title), title: duty.title, tasks: [] };
    flat.duties.push(fd);
    let dutyOwner = `d${d}`;
    flat.owners.set(dutyOwner, { code: duty.code, duty: duty.code, levels: levelText((duty.shared?.rows ?? []).map((r) => r.level)), links: emptyLinks() });
    let taskOwners = /* @__PURE__ */ new Map();
    for (let task of duty.tasks) {
      let t = flat.tasks.length;
      flat.tasks.push({ code: task.code, key: foldKey(task.title), title: task.title, duty: d, parent: void 0 }), fd.tasks.push(t);
      let owner = `t${t}`;
      taskOwners.has(task.code) || taskOwners.set(task.code, owner), flat.owners.set(owner, { code: task.code, duty: duty.code, task: task.code, levels: levelText(task.rows.map((r) => r.level)), links: emptyLinks() });
    }
    let tag = (code) => taskOwners.get(code);
    if (duty.shared) {
      for (let o of duty.shared.outputs) flat.outputs.push({ code: o.code, key: foldKey(o.text), text: o.text, owner: dutyOwner });
      addRows(dutyOwner, duty.shared.rows, tag);
    }
    duty.tasks.forEach((task, k) => {
      let owner = `t${fd.tasks[k]}`;
      for (let o of task.outputs) flat.outputs.push({ code: o.code, key: foldKey(o.text), text: o.text, owner });
      addRows(owner, task.rows, tag);
    });
  }), flat;
}
function pairMaps(m) {
  let fwd = /* @__PURE__ */ new Map(), back = /* @__PURE__ */ new Map();
  for (let [i, j] of m.pairs)
    fwd.set(i, j), back.set(j, i);
  return { fwd, back };
}
var SECTION = { header: 0, table: 1, knowledge: 2, skills: 3, attitudes: 4, notes: 5 };
function compareOrder(a, b) {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] - b[k];
  return 0;
}
var Collector = class {
  items = [];
  add(order, change2) {
    let full = {};
    for (let k in change2) {
      let v = change2[k];
      v !== void 0 && (full[k] = v);
    }
    full.severity = severityOf(change2), this.items.push({ change: full, order });
  }
  sorted() {
    return this.items.map((x, n) => ({ ...x, n })).sort((a, b) => compareOrder(a.order, b.order) || a.n - b.n).map((x) => x.change);
  }
};
function pairChanges(out, order, element, before, after, where, moved) {
  let renumbered = before.code !== after.code, codes = renumbered ? { fromCode: before.code, toCode: after.code } : {}, move = moved && moved.from !== moved.to ? moved : void 0;
  if (move) {
    let reworded = before.text !== after.text ? { before: before.text } : {};
    out.add(order, { kind: "moved", element, code: after.code, ...codes, ...reworded, after: after.text, ...where, fromParent: move.from, toParent: move.to });
  } else before.text !== after.text ? out.add(order, { kind: "modified", element, code: after.code, ...codes, before: before.text, after: after.text, ...where }) : renumbered && out.add(order, { kind: "renumbered", element, code: after.code, ...codes, after: after.text, ...where });
}
function single(out, order, kind, element, code, text, extra = {}) {
  out.add(order, { kind, element, code, ...kind === "added" ? { after: text } : { before: text }, ...extra });
}
function diffTable(a, b, out, comp) {
  let dm = matchItems(a.duties, b.duties), duty = pairMaps(dm), oldTasks = a.tasks.map((t) => ({ ...t, parent: duty.fwd.has(t.duty) ? `d${duty.fwd.get(t.duty)}` : void 0 })), newTasks = b.tasks.map((t) => ({ ...t, parent: `d${t.duty}` })), tm = matchItems(oldTasks, newTasks), task = pairMaps(tm), freeOld = new Set(dm.oldOnly), freeNew = new Set(dm.newOnly);
  if (freeOld.size > 0 && freeNew.size > 0) {
    let flows = [];
    for (let i of freeOld) {
      let counts = /* @__PURE__ */ new Map();
      for (let t of a.duties[i].tasks) {
        let nt = task.fwd.get(t);
        if (nt === void 0) continue;
        let nd = b.tasks[nt].duty;
        freeNew.has(nd) && counts.set(nd, (counts.get(nd) ?? 0) + 1);
      }
      for (let [j, n] of counts)
        2 * n >= Math.max(a.duties[i].tasks.length, b.duties[j].tasks.length) && flows.push({ i, j, n });
    }
    flows.sort((x, y) => y.n - x.n || x.i - y.i || x.j - y.j);
    for (let f of flows)
      !freeOld.has(f.i) || !freeNew.has(f.j) || (duty.fwd.set(f.i, f.j), duty.back.set(f.j, f.i), freeOld.delete(f.i), freeNew.delete(f.j));
  }
  let dutyOrder = (j, i) => j !== void 0 ? j : 1e4 + i;
  for (let j = 0; j < b.duties.length; j++) {
    let nd = b.duties[j], i = duty.back.get(j), order = [SECTION.table, j, -1, 0];
    i === void 0 ? single(out, order, "added", "duty", nd.code, nd.title, { duty: nd.code }) : pairChanges(out, order, "duty", { code: a.duties[i].code, text: a.duties[i].title }, { code: nd.code, text: nd.title }, { duty: nd.code }, void 0);
  }
  for (let i of freeOld) {
    let od = a.duties[i];
    single(out, [SECTION.table, dutyOrder(void 0, i), -1, 0], "removed", "duty", od.code, od.title, { duty: od.code });
  }
  let taskOrder = (side, t) => {
    if (side === "b") return [SECTION.table, b.tasks[t].duty, t, 0];
    let od = a.tasks[t].duty;
    return [SECTION.table, dutyOrder(duty.fwd.get(od), od), 1e4 + t, 0];
  };
  for (let j = 0; j < b.tasks.length; j++) {
    let nt = b.tasks[j], ndCode = b.duties[nt.duty].code, i = task.back.get(j);
    if (i === void 0) {
      single(out, taskOrder("b", j), "added", "task", nt.code, nt.title, { duty: ndCode, task: nt.code });
      continue;
    }
    let ot = a.tasks[i], moved = duty.fwd.get(ot.duty) === nt.duty ? void 0 : { from: a.duties[ot.duty].code, to: ndCode };
    pairChanges(out, taskOrder("b", j), "task", { code: ot.code, text: ot.title }, { code: nt.code, text: nt.title }, { duty: ndCode, task: nt.code }, moved);
  }
  for (let i of tm.oldOnly) {
    let ot = a.tasks[i];
    single(out, taskOrder("a", i), "removed", "task", ot.code, ot.title, { duty: a.duties[ot.duty].code, task: ot.code });
  }
  let ownerMap = (owner) => {
    let n = Number(owner.slice(1)), m = owner[0] === "t" ? task.fwd.get(n) : duty.fwd.get(n);
    return m === void 0 ? void 0 : `${owner[0]}${m}`;
  }, ownerOrder = (side, owner, rank, pos) => {
    let n = Number(owner.slice(1)), o = owner[0] === "t" ? taskOrder(side, n) : side === "b" ? [SECTION.table, n, -1, 0] : [SECTION.table, dutyOrder(duty.fwd.get(n), n), -1, 0];
    return [o[0], o[1], o[2], rank * 1e5 + pos];
  }, where = (flat, owner) => {
    let o = flat.owners.get(owner);
    return o.task !== void 0 ? { duty: o.duty, task: o.task } : { duty: o.duty };
  }, levelsChanged = /* @__PURE__ */ new Set(), linkable = {
    knowledge: new Set(comp.knowledge.values()),
    skills: new Set(comp.skills.values())
  }, reverse = {
    knowledge: new Map([...comp.knowledge].map(([k, v]) => [v, k])),
    skills: new Map([...comp.skills].map(([k, v]) => [v, k]))
  };
  for (let [oldOwner, oo] of a.owners) {
    let newOwner = ownerMap(oldOwner);
    if (newOwner === void 0) continue;
    let no = b.owners.get(newOwner);
    oo.levels !== "" && no.levels !== "" && oo.levels !== no.levels && (levelsChanged.add(newOwner), out.add(ownerOrder("b", newOwner, 0, 0), { kind: "modified", element: "level", code: no.code, before: oo.levels, after: no.levels, ...where(b, newOwner) }));
    for (let kind of ["knowledge", "skills"]) {
      let mapped = /* @__PURE__ */ new Set();
      for (let code of oo.links[kind]) {
        let to = comp[kind].get(code);
        to !== void 0 && mapped.add(to);
      }
      let rank = kind === "knowledge" ? 3 : 4;
      for (let code of [...no.links[kind]].sort())
        !mapped.has(code) && linkable[kind].has(code) && out.add(ownerOrder("b", newOwner, rank, 0), { kind: "added", element: "link", code: no.code, target: code, after: nameOf(b.standard, kind, code), ...where(b, newOwner) });
      for (let code of [...mapped].sort())
        no.links[kind].has(code) || out.add(ownerOrder("b", newOwner, rank, 1), {
          kind: "removed",
          element: "link",
          code: no.code,
          target: code,
          before: nameOf(a.standard, kind, reverse[kind].get(code) ?? code),
          ...where(b, newOwner)
        });
    }
  }
  for (let [element, olds, news, rank] of [
    ["output", a.outputs, b.outputs, 1],
    ["indicator", a.indicators, b.indicators, 2]
  ]) {
    let m = matchItems(
      olds.map((x) => ({ ...x, parent: ownerMap(x.owner) })),
      news.map((x) => ({ ...x, parent: x.owner }))
    );
    for (let [i, j] of m.pairs) {
      let o = olds[i], n = news[j], mappedOwner = ownerMap(o.owner), from = a.owners.get(o.owner).code, to = b.owners.get(n.owner).code, moved = mappedOwner === n.owner || from === to ? void 0 : { from, to }, order = ownerOrder("b", n.owner, rank, j);
      pairChanges(out, order, element, o, n, where(b, n.owner), moved), element === "indicator" && !moved && o.level !== n.level && !levelsChanged.has(n.owner) && out.add(order, { kind: "modified", element: "level", code: n.code, before: levelText([o.level ?? null]), after: levelText([n.level ?? null]), ...where(b, n.owner) });
    }
    for (let j of m.newOnly) {
      let n = news[j];
      (n.owner[0] === "t" ? task.back.get(Number(n.owner.slice(1))) : duty.back.get(Number(n.owner.slice(1)))) !== void 0 && single(out, ownerOrder("b", n.owner, rank, j), "added", element, n.code, n.text, where(b, n.owner));
    }
    for (let i of m.oldOnly) {
      let o = olds[i], mapped = ownerMap(o.owner);
      mapped !== void 0 && single(out, ownerOrder("b", mapped, rank, 5e4 + i), "removed", element, o.code, o.text, where(b, mapped));
    }
  }
}
function nameOf(standard, kind, code) {
  return standard[kind].find((x) => x.code === code)?.name;
}
function usersOf(flat, kind, code) {
  let users = [];
  for (let o of flat.owners.values()) o.links[kind].has(code) && users.push(o.code);
  return users;
}
function diffCompetencies(a, b, kind, out) {
  let element = kind === "knowledge" ? "knowledge" : "skill", section = kind === "knowledge" ? SECTION.knowledge : SECTION.skills, item = (c) => ({ code: c.code, key: foldKey(c.name), text: c.name }), olds = a.standard[kind].map(item), news = b.standard[kind].map(item), m = matchItems(olds, news), mapping = /* @__PURE__ */ new Map();
  for (let [i, j] of m.pairs)
    mapping.has(olds[i].code) || mapping.set(olds[i].code, news[j].code), pairChanges(out, [section, j, 0, 0], element, olds[i], news[j], {}, void 0);
  for (let j of m.newOnly) {
    let users = usersOf(b, kind, news[j].code);
    single(out, [section, j, 0, 0], "added", element, news[j].code, news[j].text, users.length > 0 ? { tasks: users } : {});
  }
  for (let i of m.oldOnly) {
    let users = usersOf(a, kind, olds[i].code);
    single(out, [section, 1e4 + i, 0, 0], "removed", element, olds[i].code, olds[i].text, users.length > 0 ? { tasks: users } : {});
  }
  return mapping;
}
function diffAttitudes(a, b, out) {
  let item = (x) => ({ code: x.code, key: foldKey(x.name), text: x.name, definition: x.definition }), olds = a.attitudes.map(item), news = b.attitudes.map(item), m = matchItems(olds, news);
  for (let [i, j] of m.pairs) {
    let o = olds[i], n = news[j];
    if (pairChanges(out, [SECTION.attitudes, j, 0, 0], "attitude", o, n, {}, void 0), (o.definition ?? "") !== (n.definition ?? "")) {
      let base = { element: "attitude", code: n.code, field: "definition" };
      o.definition === void 0 ? out.add([SECTION.attitudes, j, 1, 0], { kind: "added", ...base, after: n.definition }) : n.definition === void 0 ? out.add([SECTION.attitudes, j, 1, 0], { kind: "removed", ...base, before: o.definition }) : out.add([SECTION.attitudes, j, 1, 0], { kind: "modified", ...base, before: o.definition, after: n.definition });
    }
  }
  for (let j of m.newOnly) single(out, [SECTION.attitudes, j, 0, 0], "added", "attitude", news[j].code, news[j].text);
  for (let i of m.oldOnly) single(out, [SECTION.attitudes, 1e4 + i, 0, 0], "removed", "attitude", olds[i].code, olds[i].text);
}
function rowText(r) {
  return `${r.name} (${r.code})`;
}
function diffHeader(a, b, out) {
  let pos = 0, field = (f, before, after) => {
    if (pos++, (before ?? "") === (after ?? "")) return;
    let order = [SECTION.header, pos, 0, 0];
    before === void 0 || before === "" ? out.add(order, { kind: "added", element: "header", field: f, after }) : after === void 0 || after === "" ? out.add(order, { kind: "removed", element: "header", field: f, before }) : out.add(order, { kind: "modified", element: "header", field: f, before, after });
  };
  field("name", a.name, b.name), field("nameKind", a.nameKind, b.nameKind), field("title", a.title, b.title);
  for (let f of ["categories", "occupations", "industries"]) {
    pos++;
    let item = (r) => ({ code: r.code, key: foldKey(r.name), text: rowText(r) }), olds = a[f].map(item), news = b[f].map(item), m = matchItems(olds, news, { sameCode: 0, other: 0.6 });
    for (let [i, j] of m.pairs)
      olds[i].text !== news[j].text && out.add([SECTION.header, pos, j, 0], { kind: "modified", element: "header", field: f, code: news[j].code, before: olds[i].text, after: news[j].text });
    for (let j of m.newOnly) out.add([SECTION.header, pos, j, 0], { kind: "added", element: "header", field: f, code: news[j].code, after: news[j].text });
    for (let i of m.oldOnly) out.add([SECTION.header, pos, 1e4 + i, 0], { kind: "removed", element: "header", field: f, code: olds[i].code, before: olds[i].text });
  }
  if (field("description", a.description, b.description), pos++, a.level !== b.level) {
    let text = (l) => l === null ? void 0 : String(l), before = text(a.level), after = text(b.level);
    out.add([SECTION.header, pos, 0, 0], { kind: before === void 0 ? "added" : after === void 0 ? "removed" : "modified", element: "header", field: "level", before, after });
  }
}
function diffNotes(a, b, out) {
  for (let [f, rank] of [
    ["qualifications", 0],
    ["other", 1]
  ]) {
    let item = (text, k) => ({ code: String(k + 1), key: foldKey(text), text }), olds = a.notes[f].map(item), news = b.notes[f].map(item), m = matchItems(olds, news);
    for (let [i, j] of m.pairs)
      olds[i].text !== news[j].text && out.add([SECTION.notes, rank, j, 0], { kind: "modified", element: "note", field: f, before: olds[i].text, after: news[j].text });
    for (let j of m.newOnly) out.add([SECTION.notes, rank, j, 0], { kind: "added", element: "note", field: f, after: news[j].text });
    for (let i of m.oldOnly) out.add([SECTION.notes, rank, 1e4 + i, 0], { kind: "removed", element: "note", field: f, before: olds[i].text });
  }
}
function diffStandards(a, b) {
  return diffWithTitles(a, b).changes;
}
function diffWithTitles(a, b) {
  let out = new Collector(), fa = flatten(a), fb = flatten(b);
  diffHeader(a, b, out);
  let comp = {
    knowledge: diffCompetencies(fa, fb, "knowledge", out),
    skills: diffCompetencies(fa, fb, "skills", out)
  };
  diffTable(fa, fb, out, comp), diffAttitudes(a, b, out), diffNotes(a, b, out);
  let changes = out.sorted(), known = /* @__PURE__ */ new Map();
  for (let d of b.duties) {
    known.set(d.code, d.title);
    for (let t of d.tasks) known.has(t.code) || known.set(t.code, t.title);
  }
  let titles = {};
  for (let c of changes)
    if (!(c.element === "duty" && c.kind === "removed"))
      for (let code of [c.duty, c.task]) {
        let title = code === void 0 ? void 0 : known.get(code);
        code !== void 0 && title !== void 0 && (titles[code] = title);
      }
  return { changes, titles };
}

// src/diff/version-table.ts
var FIELDS = ["code", "name", "status", "date", "note"], value = (row, field) => {
  let v = row[field];
  return v == null || v === "" ? void 0 : String(v);
}, rowText2 = (row) => [`v${row.version}`, row.name, row.status, row.date ?? void 0].filter((x) => x !== void 0).join(" ");
function change(c) {
  let full = {};
  for (let [k, v] of Object.entries(c)) v !== void 0 && (full[k] = v);
  return full.severity = severityOf(c), full;
}
function diffVersionTable(before, after, versions) {
  let out = [], old = new Map(before.map((r) => [r.version, r])), now = new Map(after.map((r) => [r.version, r])), newer = versions.to > versions.from;
  for (let row of after) {
    let was = old.get(row.version);
    if (!was) {
      if (newer && row.version > versions.from) continue;
      out.push(change({ kind: "added", element: "version", code: row.code, version: row.version, after: rowText2(row) }));
      continue;
    }
    let succession = newer && row.version < versions.to && was.status === "current" && row.status === "historical";
    for (let field of FIELDS) {
      if (succession && (field === "status" || field === "note")) continue;
      let a = value(was, field), b = value(row, field);
      if (a === b) continue;
      let kind = a === void 0 ? "added" : b === void 0 ? "removed" : "modified";
      out.push(change({ kind, element: "version", field, code: row.code, version: row.version, before: a, after: b }));
    }
  }
  for (let row of before)
    now.has(row.version) || out.push(change({ kind: "removed", element: "version", code: row.code, version: row.version, before: rowText2(row) }));
  return out;
}

// src/diff/versions.ts
function sideOf(entry) {
  let code = entryCode(entry);
  if (entry.kind === "history") {
    let { row } = entry;
    return { code, name: row.name, version: entry.version, source: entry.listedIn.file, content: !1, status: row.status, date: row.date, note: row.note };
  }
  let own = entry.standard.versions.find((r) => r.version === entry.version);
  return {
    code: entry.standard.code,
    name: entry.standard.name,
    version: entry.version,
    source: entry.file,
    content: !0,
    ...own ? { status: own.status, date: own.date, note: own.note } : {}
  };
}
function diffEntries(from, to, o = {}) {
  let side = (entry, source) => ({
    ...sideOf(entry),
    ...source,
    ...source?.worktree && source.path !== void 0 ? { source: source.path } : {}
  }), sides = { from: side(from, o.sources?.from), to: side(to, o.sources?.to) }, changes, titles = {}, missing = [];
  if (o.deleted) {
    sides.to = { ...sides.to, content: !1, deleted: !0 };
    let where = (sides.from.revision !== void 0 && sides.from.path !== void 0 ? `${sides.from.revision}:${sides.from.path}` : sides.from.source).replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "\uFFFD"), c = { kind: "removed", element: "file", code: sides.from.code, before: where };
    changes = [{ ...c, severity: severityOf(c) }];
  } else if (from.kind === "published" && to.kind === "published") {
    ({ changes, titles } = diffWithTitles(from.standard, to.standard));
    let table = diffVersionTable(from.standard.versions, to.standard.versions, { from: from.version, to: to.version }), at = changes.findIndex((c) => c.element !== "header");
    changes.splice(at === -1 ? changes.length : at, 0, ...table);
  } else {
    for (let side2 of [sides.from, sides.to]) side2.content || missing.push(side2.code);
    if (changes = [], sides.from.name !== sides.to.name) {
      let c = { kind: "modified", element: "header", field: "name", before: sides.from.name, after: sides.to.name };
      changes.push({ ...c, severity: severityOf(c) });
    }
  }
  return {
    from: sides.from.code,
    to: sides.to.code,
    classification: classify(changes, missing.length === 0),
    summary: summarize(changes),
    changes,
    sides,
    titles,
    ...missing.length > 0 ? { missingContent: missing } : {}
  };
}

export {
  SEVERITY_RULES,
  severityOf,
  classify,
  diffStandards,
  diffEntries
};
