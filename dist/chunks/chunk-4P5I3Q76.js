import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/model/standard.ts
function refCode(ref) {
  return typeof ref == "string" ? ref : ref.code;
}
function competencyIndex(list) {
  let index = /* @__PURE__ */ new Map();
  for (let item of list) index.has(item.code) || index.set(item.code, item);
  return index;
}
function resolveRefs(refs, index) {
  return refs.map((ref) => {
    let code = refCode(ref), own = typeof ref == "string" ? void 0 : ref.name, tasks = typeof ref == "string" ? [] : ref.tasks ?? [];
    return { code, name: own ?? index.get(code)?.name, tasks };
  });
}
function tableBlocks(standard) {
  let blocks = [];
  for (let duty of standard.duties) {
    if (duty.shared) {
      blocks.push({ duty, tasks: duty.tasks, outputs: duty.shared.outputs, rows: duty.shared.rows, shared: !0 });
      for (let task of duty.tasks)
        (task.rows.length > 0 || task.outputs.length > 0) && blocks.push({ duty, tasks: [task], outputs: task.outputs, rows: task.rows, shared: !1 });
      continue;
    }
    for (let task of duty.tasks)
      blocks.push({ duty, tasks: [task], outputs: task.outputs, rows: task.rows, shared: !1 });
  }
  return blocks;
}
function footnoteMarkers(text) {
  return [...text.matchAll(/【(註\s*[0-9０-９]+)】/g)].map((m) => m[1].replace(/\s+/g, ""));
}

export {
  refCode,
  competencyIndex,
  resolveRefs,
  tableBlocks,
  footnoteMarkers
};
