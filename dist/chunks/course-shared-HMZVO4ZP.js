import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-XYDU2MH7.js";

// src/cli/commands/course-shared.ts
import { resolve } from "node:path";
async function mappedStandard(ctx, ref) {
  let [{ parseStandardCode }, { NotFoundError }] = await Promise.all([import("./code-4UGMTJPK.js"), import("./errors-XVVCYPR3.js")]), code = parseStandardCode(ref.trim());
  try {
    let entry = await ctx.resolve(ref);
    return code !== void 0 && code.version === void 0 ? { mapped: { kind: "no-version", ref, latest: `${entry.base}v${entry.version}` } } : entry.kind === "history" ? { mapped: { kind: "history", code: `${entry.base}v${entry.version}` } } : { mapped: { kind: "published", code: entry.standard.code, standard: entry.standard }, entry };
  } catch (e) {
    if (e instanceof NotFoundError) return { mapped: { kind: "missing", ref, suggestions: e.suggestions } };
    throw e;
  }
}
async function readMapping(ctx, file) {
  let { readCourseFile } = await import("./course-HZZCFNUI.js");
  return readCourseFile(resolve(ctx.io.cwd, file), file);
}
async function requireStandard(ctx, loaded) {
  let [{ checkCourse }, { InputError }, { t }] = await Promise.all([import("./course-check-U5SC7SBZ.js"), import("./errors-XVVCYPR3.js"), import("./messages-J3PBNC7W.js")]), { mapped, entry } = await mappedStandard(ctx, loaded.mapping.standard);
  if (entry !== void 0 && mapped.kind === "published") return entry;
  let f = checkCourse(loaded.file, loaded.mapping, mapped, loaded.at).find((x) => x.ruleId === "course-standard"), text = f.messageId !== void 0 ? t(ctx.lang, { id: f.messageId, params: f.params }) : f.message;
  throw new InputError(`${f.file}:${f.line}:${f.column}: ${text}`, [f]);
}
async function splitCourseInputs(ctx, inputs) {
  let { isCourseYaml } = await import("./course-HZZCFNUI.js"), courses = [], rest = [];
  for (let i of inputs) (i !== "-" && isCourseYaml(resolve(ctx.io.cwd, i), i) ? courses : rest).push(i);
  return { courses, rest };
}
async function validateCourses(ctx, files) {
  let [{ loadCourseFile }, { checkCourse }] = await Promise.all([import("./course-HZZCFNUI.js"), import("./course-check-U5SC7SBZ.js")]), findings = [], sources = /* @__PURE__ */ new Map();
  for (let file of files) {
    let loaded = loadCourseFile(resolve(ctx.io.cwd, file), file);
    sources.set(file, loaded.text), findings.push(...loaded.findings), loaded.mapping && findings.push(...checkCourse(file, loaded.mapping, (await mappedStandard(ctx, loaded.mapping.standard)).mapped, loaded.at));
  }
  return { findings, files: [...files], sources };
}
async function importCourseSheet(ctx, file, opts) {
  let [{ readCourseSheet }, { mappingFromGrid }, { courseYaml }, { InputError }, { targetExists, writeFileAtomic }] = await Promise.all([
    import("./course-HZZCFNUI.js"),
    import("./template-IXCNSBJW.js"),
    import("./serialize-XK7VNU7Q.js"),
    import("./errors-XVVCYPR3.js"),
    import("./write-DQ4ULEBX.js")
  ]), read = mappingFromGrid(readCourseSheet(resolve(ctx.io.cwd, file), file));
  if (read === void 0) throw new InputError({ id: "course.not-a-template", params: { file } });
  let { terminalSafe } = await import("./terminal-PJWYZXKR.js");
  for (let n of read.notes) ctx.warn(terminalSafe(`${file}: ${ctx.t(n)}`));
  let text = courseYaml(read.mapping);
  if (ctx.warn(ctx.t({ id: "course.imported", params: { units: read.mapping.units.length } })), opts.output === void 0 || opts.output === "-")
    return ctx.out(text), 0;
  let path = resolve(ctx.io.cwd, opts.output);
  if (targetExists(path) && opts.force !== !0) throw new InputError({ id: "io.write.exists", params: { file: opts.output } });
  return writeFileAtomic(path, text, opts.output), ctx.warn(ctx.t({ id: "cli.wrote", params: { file: opts.output } })), 0;
}
export {
  importCourseSheet,
  mappedStandard,
  readMapping,
  requireStandard,
  splitCourseInputs,
  validateCourses
};
