/** What the importer repaired and what it noticed, collected while it reads a document. */
import type { Repair } from '../model/schema.js';
import { removeCjkSpaces } from './text.js';

/** Something of the document worth a look that the importer kept as published. */
export interface ImportWarning {
  line: number;
  message: string;
}

export class Journal {
  readonly repairs: Repair[] = [];
  readonly warnings: ImportWarning[] = [];
  private readonly seen = new Set<string>();

  add(repair: Repair): void {
    const key = JSON.stringify([repair.at, repair.kind, repair.before, repair.after, repair.note]);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.repairs.push(repair);
  }

  warn(line: number, message: string): void {
    this.warnings.push({ line, message });
  }

  /**
   * A text as published: line breaks inside the cell joined, runs of spaces made one, and the
   * spaces copying put inside Chinese words removed — each such repair recorded at `at`.
   */
  text(at: string, raw: string): string {
    let text = raw.replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, ' ').replace(/[ \t\u00a0]{2,}/g, ' ').trim();
    const fixed = removeCjkSpaces(text);
    if (fixed !== text) {
      this.add({ at, kind: 'removed-space', before: text, after: fixed });
      text = fixed;
    }
    return text;
  }
}
