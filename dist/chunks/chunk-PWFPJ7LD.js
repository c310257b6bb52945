import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/course/codes.ts
function standardItems(standard) {
  let tasks = [];
  for (let duty of standard.duties)
    for (let task of duty.tasks) {
      let rows = task.rows.length > 0 ? task.rows : duty.shared?.rows ?? [], levels = [...new Set(rows.flatMap((r) => r.level === null ? [] : [r.level]))];
      tasks.push({ kind: "tasks", code: task.code, name: task.title, levels });
    }
  return {
    tasks,
    knowledge: standard.knowledge.map((k) => ({ kind: "knowledge", code: k.code, name: k.name })),
    skills: standard.skills.map((s) => ({ kind: "skills", code: s.code, name: s.name })),
    attitudes: standard.attitudes.map((a) => ({ kind: "attitudes", code: a.code, name: a.name }))
  };
}

export {
  standardItems
};
