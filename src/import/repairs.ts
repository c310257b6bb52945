/** What the importer repaired and what it noticed, collected while it reads a document. */
import { DEFAULT_LANG, type Lang, type Message, type Params } from '../model/i18n.js';
import { t } from '../model/messages/index.js';
import type { Repair } from '../model/schema.js';
import { removeCjkSpaces } from './text.js';

/** Something of the document worth a look that the importer kept as published. */
export interface ImportWarning {
  /** The line of the input document. */
  line: number;
  /** In the run's language; `messageId` and `params` for a reader of another. */
  message: string;
  messageId: string;
  params?: Params;
}

export class Journal {
  readonly repairs: Repair[] = [];
  readonly warnings: ImportWarning[] = [];
  private readonly seen = new Set<string>();

  /** The line of the document each element was read from (for findings about it). */
  readonly where = new Map<object, number>();

  /** Records the document line an element came from (the first one recorded stays). */
  at<T extends object>(item: T, line: number): T {
    if (!this.where.has(item)) this.where.set(item, line);
    return item;
  }

  /** `lang`: the language of the notes written into the file and of the warnings. */
  constructor(readonly lang: Lang = DEFAULT_LANG) {}

  /** A message in the run's language (notes, comments: text written into the file). */
  say(m: Message): string {
    return t(this.lang, m);
  }

  /** Takes back repairs that turned out wrong (a split of a code that was not one). */
  drop(keep: (r: Repair) => boolean): void {
    const kept = this.repairs.filter(keep);
    this.repairs.length = 0;
    this.repairs.push(...kept);
  }

  add(repair: Repair): void {
    const key = JSON.stringify([repair.at, repair.kind, repair.before, repair.after, repair.note]);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.repairs.push(repair);
  }

  warn(line: number, m: Message): void {
    this.warnings.push({ line, message: this.say(m), messageId: m.id, ...(m.params ? { params: m.params } : {}) });
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
