/** A mapping as the text of a mapping file: the modeline, then YAML with code lists on one line. */
import { Document, isMap, isSeq } from 'yaml';
import { COVER_KINDS, type CourseMapping } from '../model/course.js';

export const COURSE_SCHEMA_URL = 'https://compstd.dev/schemas/course.schema.json';

export interface SerializeOptions {
  /** The modeline's schema reference (default: the schema's $id). */
  schema?: string;
  /** Comments above units, by index: what a person must review. */
  comments?: ReadonlyMap<number, readonly string[]>;
}

export function courseYaml(mapping: CourseMapping, o: SerializeOptions = {}): string {
  const doc = new Document(mapping);
  const units = doc.get('units', true);
  if (isSeq(units)) {
    units.items.forEach((item, i) => {
      if (!isMap(item)) return;
      for (const kind of COVER_KINDS) {
        const list = item.get(kind, true);
        if (isSeq(list)) list.flow = true;
      }
      const notes = o.comments?.get(i);
      if (notes && notes.length > 0) item.commentBefore = notes.map((n) => ` ${n.replace(/[\r\n]+/g, ' ')}`).join('\n');
    });
  }
  return `# yaml-language-server: $schema=${o.schema ?? COURSE_SCHEMA_URL}\n${doc.toString({ lineWidth: 0 })}`;
}

/** The schema reference of a mapping file's modeline, if it has one. */
export function modelineSchema(text: string): string | undefined {
  return /^#\s*yaml-language-server:\s*\$schema=(\S+)/.exec(text)?.[1];
}
