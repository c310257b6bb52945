/** What `coverage`, `impact`, `migrate` and `validate` share: a mapping file read, its standard looked up. */
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import type { PublishedEntry } from '../../model/entry.js';
import type { Finding } from '../../model/finding.js';
import type { LoadedCourse } from '../../load/course.js';
import type { MappedStandard } from '../../rules/course-check.js';

/** The standard a mapping names, as the catalogue knows it (never throws for a missing one). */
export async function mappedStandard(ctx: Context, ref: string): Promise<{ mapped: MappedStandard; entry?: PublishedEntry }> {
  const [{ parseStandardCode }, { NotFoundError }] = await Promise.all([import('../../model/code.js'), import('../../model/errors.js')]);
  const code = parseStandardCode(ref.trim());
  try {
    const entry = await ctx.resolve(ref);
    if (code !== undefined && code.version === undefined) return { mapped: { kind: 'no-version', ref, latest: `${entry.base}v${entry.version}` } };
    if (entry.kind === 'history') return { mapped: { kind: 'history', code: `${entry.base}v${entry.version}` } };
    return { mapped: { kind: 'published', code: entry.standard.code, standard: entry.standard }, entry };
  } catch (e) {
    if (e instanceof NotFoundError) return { mapped: { kind: 'missing', ref, suggestions: e.suggestions } };
    throw e;
  }
}

/** A mapping file read and checked: InputError when it breaks the schema. */
export async function readMapping(ctx: Context, file: string): Promise<LoadedCourse & { mapping: NonNullable<LoadedCourse['mapping']> }> {
  const { readCourseFile } = await import('../../load/course.js');
  return readCourseFile(resolve(ctx.io.cwd, file), file);
}

/** The mapping's standard with content, or InputError saying plainly why not (with the located findings). */
export async function requireStandard(ctx: Context, loaded: LoadedCourse & { mapping: NonNullable<LoadedCourse['mapping']> }): Promise<PublishedEntry> {
  const [{ checkCourse }, { InputError }, { t }] = await Promise.all([import('../../rules/course-check.js'), import('../../model/errors.js'), import('../../model/messages/index.js')]);
  const { mapped, entry } = await mappedStandard(ctx, loaded.mapping.standard);
  if (entry !== undefined && mapped.kind === 'published') return entry;
  const f = checkCourse(loaded.file, loaded.mapping, mapped, loaded.at).find((x) => x.ruleId === 'course-standard')!;
  const text = f.messageId !== undefined ? t(ctx.lang, { id: f.messageId, params: f.params }) : f.message;
  throw new InputError(`${f.file}:${f.line}:${f.column}: ${text}`, [f]);
}

/** `validate` on mapping files: the inputs that are mapping files, and their findings with the sources for code frames. */
export async function splitCourseInputs(ctx: Context, inputs: readonly string[]): Promise<{ courses: string[]; rest: string[] }> {
  const { isCourseYaml } = await import('../../load/course.js');
  const courses: string[] = [];
  const rest: string[] = [];
  for (const i of inputs) (i !== '-' && isCourseYaml(resolve(ctx.io.cwd, i), i) ? courses : rest).push(i);
  return { courses, rest };
}

export async function validateCourses(ctx: Context, files: readonly string[]): Promise<{ findings: Finding[]; files: string[]; sources: Map<string, string> }> {
  const [{ loadCourseFile }, { checkCourse }] = await Promise.all([import('../../load/course.js'), import('../../rules/course-check.js')]);
  const findings: Finding[] = [];
  const sources = new Map<string, string>();
  for (const file of files) {
    const loaded = loadCourseFile(resolve(ctx.io.cwd, file), file);
    sources.set(file, loaded.text);
    findings.push(...loaded.findings);
    if (loaded.mapping) findings.push(...checkCourse(file, loaded.mapping, (await mappedStandard(ctx, loaded.mapping.standard)).mapped, loaded.at));
  }
  return { findings, files: [...files], sources };
}

/** `import course.xlsx|csv`: a filled-in template → a mapping file, on standard output or -o. */
export async function importCourseSheet(ctx: Context, file: string, opts: { output?: string; force?: boolean }): Promise<number> {
  const [{ readCourseSheet }, { mappingFromGrid }, { courseYaml }, { InputError }, { targetExists, writeFileAtomic }] = await Promise.all([
    import('../../load/course.js'),
    import('../../course/template.js'),
    import('../../course/serialize.js'),
    import('../../model/errors.js'),
    import('../../load/write.js'),
  ]);
  const read = mappingFromGrid(readCourseSheet(resolve(ctx.io.cwd, file), file));
  if (read === undefined) throw new InputError({ id: 'course.not-a-template', params: { file } });
  const { terminalSafe } = await import('../../formatters/encode/terminal.js');
  for (const n of read.notes) ctx.warn(terminalSafe(`${file}: ${ctx.t(n)}`)); // cells of the workbook
  const text = courseYaml(read.mapping);
  ctx.warn(ctx.t({ id: 'course.imported', params: { units: read.mapping.units.length } }));
  if (opts.output === undefined || opts.output === '-') {
    ctx.out(text);
    return 0;
  }
  const path = resolve(ctx.io.cwd, opts.output);
  if (targetExists(path) && opts.force !== true) throw new InputError({ id: 'io.write.exists', params: { file: opts.output } });
  writeFileAtomic(path, text, opts.output);
  ctx.warn(ctx.t({ id: 'cli.wrote', params: { file: opts.output } }));
  return 0;
}
