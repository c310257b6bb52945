/** Terminal styles. The CLI decides the colour level (NO_COLOR, FORCE_COLOR, TTY); level 0 never emits ANSI. */
import { Chalk } from 'chalk';

export interface Style {
  /** Titles and section headings. */
  heading(text: string): string;
  /** Codes: T1.1, K01, IIS3512-001v3. */
  code(text: string): string;
  /** Labels and secondary text. */
  dim(text: string): string;
  /** Emphasis: levels, current status. */
  accent(text: string): string;
  /** Something the reader must not miss (content not published). */
  warn(text: string): string;
  /** Text added (diff). */
  ins(text: string): string;
  /** Text removed (diff). */
  del(text: string): string;
}

export type ColorLevel = 0 | 1 | 2 | 3;

const plain = (text: string) => text;

export const PLAIN: Style = { heading: plain, code: plain, dim: plain, accent: plain, warn: plain, ins: plain, del: plain };

export function makeStyle(level: ColorLevel): Style {
  if (level === 0) return PLAIN;
  const c = new Chalk({ level });
  return {
    heading: (t) => c.bold(t),
    code: (t) => c.cyan(t),
    dim: (t) => c.dim(t),
    accent: (t) => c.yellow(t),
    warn: (t) => c.bold.yellow(t),
    ins: (t) => c.green(t),
    del: (t) => c.red.strikethrough(t),
  };
}
