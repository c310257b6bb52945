/**
 * Terminal styles for the text formatters. The CLI decides the colour level (NO_COLOR,
 * FORCE_COLOR, whether stdout is a TTY) and passes it in; nothing here looks at the environment.
 * Level 0 gives identity functions, so plain output never holds an ANSI escape.
 */
import { Chalk } from 'chalk';

export interface Style {
  /** Titles, section headings, table headers, duty headings. */
  heading: (s: string) => string;
  /** Codes: T1.1, P1.1.1, K01, IIS3512-001v3. */
  code: (s: string) => string;
  /** Labels, borders and secondary text. */
  dim: (s: string) => string;
  /** Emphasis: task levels, attitude names. */
  accent: (s: string) => string;
  /** What the reader must not miss: content not published. */
  warn: (s: string) => string;
}

export type ColorLevel = 0 | 1 | 2 | 3;

const identity = (s: string): string => s;

/** No styling at all (colour level 0). */
export const PLAIN: Style = Object.freeze({
  heading: identity,
  code: identity,
  dim: identity,
  accent: identity,
  warn: identity,
});

export function makeStyle(colorLevel: ColorLevel): Style {
  if (colorLevel === 0) return PLAIN;
  const chalk = new Chalk({ level: colorLevel });
  return {
    heading: (s) => chalk.bold(s),
    code: (s) => chalk.cyan(s),
    dim: (s) => chalk.dim(s),
    accent: (s) => chalk.yellow(s),
    warn: (s) => chalk.bold.yellow(s),
  };
}
