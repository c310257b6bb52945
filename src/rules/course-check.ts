/**
 * The checks of a course mapping against the standard it names, as located findings: the standard
 * exists (with content, not only in a version table), every code is the standard's, every unit
 * covers something, unit ids are unique, the hours add up. Pure: the caller says where a path is.
 */
import { COVER_KINDS, coversNothing, unitCodes, type CourseMapping } from '../model/course.js';
import type { Finding, Severity } from '../model/finding.js';
import { msg, type Params } from '../model/i18n.js';
import { t } from '../model/messages/index.js';
import type { Standard } from '../model/schema.js';
import { standardItems } from '../course/codes.js';

/** What the catalogue said of the mapping's `standard`. */
export type MappedStandard =
  | { kind: 'published'; code: string; standard: Standard }
  | { kind: 'history'; code: string }
  | { kind: 'missing'; ref: string; suggestions: readonly string[] }
  | { kind: 'no-version'; ref: string; latest?: string };

export type At = (path: ReadonlyArray<string | number>) => { line: number; column: number; endLine?: number; endColumn?: number };

export const COURSE_RULES = ['course-standard', 'course-unknown-code', 'course-empty-unit', 'course-duplicate-unit', 'course-duplicate-code', 'course-hours'] as const;

export function checkCourse(file: string, mapping: CourseMapping, mapped: MappedStandard, at: At): Finding[] {
  const findings: Finding[] = [];
  const add = (ruleId: string, severity: Severity, path: Array<string | number>, id: string, params: Params) => {
    const m = msg(id, params);
    findings.push({ ruleId, severity, message: t('zh-Hant', m), messageId: id, params, file, ...at(path), path });
  };
  if (mapped.kind === 'missing') add('course-standard', 'error', ['standard'], 'course.check.standard-missing', { ref: mapped.ref, suggestions: [...mapped.suggestions] });
  else if (mapped.kind === 'history') add('course-standard', 'error', ['standard'], 'course.check.standard-history', { code: mapped.code });
  else if (mapped.kind === 'no-version') add('course-standard', 'error', ['standard'], 'course.check.standard-no-version', { ref: mapped.ref, latest: mapped.latest ?? '' });

  const known = mapped.kind === 'published' ? standardItems(mapped.standard) : undefined;
  const ids = new Map<string, number>();
  let hours = 0;
  let allHours = true;
  mapping.units.forEach((unit, i) => {
    const first = ids.get(unit.id);
    if (first !== undefined) add('course-duplicate-unit', 'error', ['units', i, 'id'], 'course.check.duplicate-unit', { id: unit.id, first: first + 1 });
    else ids.set(unit.id, i);
    if (unit.hours === undefined) allHours = false;
    else hours += unit.hours;
    if (coversNothing(unit)) add('course-empty-unit', 'warning', ['units', i], 'course.check.empty-unit', { id: unit.id });
    for (const kind of COVER_KINDS) {
      const codes = unitCodes(unit, kind);
      const seen = new Set<string>();
      const valid = known ? new Set(known[kind].map((x) => x.code)) : undefined;
      codes.forEach((code, j) => {
        if (seen.has(code)) add('course-duplicate-code', 'warning', ['units', i, kind, j], 'course.check.duplicate-code', { id: unit.id, code });
        seen.add(code);
        if (valid && !valid.has(code) && mapped.kind === 'published') {
          add('course-unknown-code', 'error', ['units', i, kind, j], `course.check.unknown-code.${kind}`, { id: unit.id, code, standard: mapped.code });
        }
      });
    }
  });
  if (allHours && mapping.course.hours !== undefined && Math.abs(hours - mapping.course.hours) > 1e-9) {
    add('course-hours', 'warning', ['course', 'hours'], 'course.check.hours', { course: mapping.course.hours, units: hours });
  }
  return findings;
}
