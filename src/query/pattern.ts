/**
 * Regular expressions for search, run by a linear-time engine. Its own module, loaded only for
 * --regex: the engine is 260 KB of JavaScript that a plain search does not need to start.
 */
import { RE2JS } from 're2js';

/** Every non-empty match in a text, in order, as [start, end) in UTF-16 units. */
export type Matcher = (text: string) => Array<[number, number]>;

/** Raised for a pattern the engine cannot take: `detail` says why. */
export class PatternError extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

/**
 * A regular expression, compiled for a linear-time engine (re2js, RE2 in JavaScript): the time of
 * a match grows with the text, never exponentially with the pattern as a backtracking engine's
 * does ('(a+)+$' on 33 characters took minutes). What RE2 leaves out — back-references,
 * look-around — is what makes it linear: such a pattern is refused with a PatternError.
 */
export function compilePattern(query: string): Matcher {
  let pattern: RE2JS;
  try {
    pattern = RE2JS.compile(query, RE2JS.CASE_INSENSITIVE);
  } catch (e) {
    throw new PatternError((e as Error).message);
  }
  return (text) => {
    const matches: Array<[number, number]> = [];
    const m = pattern.matcher(text);
    while (m.find()) if (m.end() > m.start()) matches.push([m.start(), m.end()]);
    return matches;
  };
}

