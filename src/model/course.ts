/** A course mapping (課程對應): its types and what a unit covers — no I/O. */
import type { CourseMapping, CourseUnit } from './course-schema.js';

export type { CourseMapping, CourseUnit } from './course-schema.js';

/** The four kinds of codes a unit can cover, in the order of the document. */
export const COVER_KINDS = ['tasks', 'knowledge', 'skills', 'attitudes'] as const;
export type CoverKind = (typeof COVER_KINDS)[number];

/** The codes a unit covers of one kind (none when the field is absent). */
export function unitCodes(unit: CourseUnit, kind: CoverKind): readonly string[] {
  return unit[kind] ?? [];
}

/** Whether a unit covers nothing at all. */
export function coversNothing(unit: CourseUnit): boolean {
  return COVER_KINDS.every((k) => unitCodes(unit, k).length === 0);
}

/** The modeline a mapping file starts with, from a file `depth` folders below the schema's parent. */
export function courseModeline(schemaPath = 'https://compstd.dev/schemas/course.schema.json'): string {
  return `# yaml-language-server: $schema=${schemaPath}`;
}

export type { CourseMapping as Mapping };
