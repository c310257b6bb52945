/** The parts after the task table: attitudes (職能內涵 A) and 說明與補充事項. */
import { msg } from '../model/i18n.js';
import type { Attitude } from '../model/schema.js';
import { splitCoded } from './codes.js';
import { cellsOf, isSeparator, isTableLine } from './lines.js';
import type { Journal } from './repairs.js';
import { isNone, joinCut, labelKey } from './text.js';

/** 職能內涵 (A=attitude 態度), however it is spaced, bracketed or marked up. */
export function isAttitudesHeading(raw: string): boolean {
  const k = labelKey(raw).replace(/[()（）]/g, '');
  return /^職能內涵A[=＝]?attitude/i.test(k) || k === '職能內涵A態度' || k === '職能內涵態度' || k === '態度';
}

export function isNotesHeading(raw: string): boolean {
  return /^說明與補充事項/.test(labelKey(raw));
}

/** Strips list bullets and markup from a line of text: `- `, `● **…**`, `1. ` is kept. */
export function stripBullet(raw: string): string {
  return raw
    .replace(/^\s*#+\s*/, '')
    .replace(/\*\*/g, '')
    .replace(/^\s*(?:[-*•●○◆■▪・]\s*)+/, '')
    .trim();
}

export class Attitudes {
  readonly list: Attitude[] = [];
  private raw: Array<{ code: string; text: string; line: number; rejoined: string[] }> = [];

  constructor(private readonly journal: Journal) {}

  line(raw: string, no: number): void {
    if (isSeparator(raw)) return;
    let text: string;
    if (isTableLine(raw)) {
      const cells = cellsOf(raw).filter((c) => c !== '');
      if (cells.length === 0) return;
      if (cells.every((c) => /^(代碼|名稱|定義|編號|項目|說明|內涵)$/.test(labelKey(c)))) return; // a table head
      // | A01 | 名稱 | 定義 | → A01名稱：定義
      text = /^A[0-9]{1,3}$/.test(cells[0]!) && cells.length >= 3 ? `${cells[0]}${cells[1]}：${cells.slice(2).join(' ')}` : cells.join(' ');
    } else text = stripBullet(raw);
    if (text === '' || isNone(text)) return;
    const split = splitCoded(text, 'A');
    if (split.lead !== '') {
      const last = this.raw.at(-1);
      if (last) {
        last.text = joinCut(last.text, split.lead);
        last.rejoined.push(split.lead);
      } else this.journal.warn(no, msg('import.warn.attitudeNoCode', { text: split.lead.slice(0, 30) }));
    }
    for (const p of split.parts) this.raw.push({ code: p.code, text: p.text, line: no, rejoined: [] });
  }

  finish(): Attitude[] {
    for (const a of this.raw) {
      const whole = this.journal.text(a.code, a.text);
      if (a.rejoined.length > 0) this.journal.add({ at: a.code, kind: 'rejoined-text', after: whole, note: this.journal.say(msg('import.note.attitudeLines', { code: a.code, lines: a.rejoined.length + 1 })) });
      const m = /^([^：:]*?)\s*[：:]\s*([^]*)$/.exec(whole);
      if (m && m[1] !== '') this.list.push(this.journal.at({ code: a.code, name: m[1]!, definition: m[2]! }, a.line));
      else this.list.push(this.journal.at({ code: a.code, name: whole.replace(/[：:]$/, '') }, a.line));
    }
    return this.list;
  }
}

export class Notes {
  readonly qualifications: string[] = [];
  readonly other: string[] = [];
  private current: 'qualifications' | 'other' | undefined;

  constructor(private readonly journal: Journal) {}

  line(raw: string, no: number): void {
    if (isSeparator(raw)) return;
    const line = isTableLine(raw) ? cellsOf(raw).filter((c) => c !== '').join(' ') : raw;
    const text = stripBullet(line);
    if (text === '') return;
    const key = labelKey(text);
    let rest: string | undefined;
    if (/^建議擔任此職/.test(key)) {
      this.current = 'qualifications';
      rest = text.replace(/^[^：:]*[：:]?/, '');
    } else if (/^其他補充說明/.test(key)) {
      this.current = 'other';
      rest = text.replace(/^其他補充說明\s*[：:]?/, '');
    } else rest = text;
    rest = stripBullet(rest);
    if (rest === '' || isNone(rest)) return;
    if (!this.current) {
      this.journal.warn(no, msg('import.warn.noteBeforeHeading', { text: rest.slice(0, 30) }));
      this.current = 'other';
    }
    const list = this[this.current];
    list.push(this.journal.text(`notes.${this.current}[${list.length}]`, rest));
  }
}
