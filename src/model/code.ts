/** Parsing of standard codes and references (IIS3512-001v3, IIS3512-001) — no I/O. */

/** `IIS3512-001v3` → base `IIS3512-001`, version 3. v1 is sometimes printed without `v1`. */
export interface StandardCode {
  /** The code without the version, upper-cased: IIS3512-001 */
  base: string;
  /** The version, or undefined when the code names none (IIS3512-001 = latest). */
  version: number | undefined;
}

/** Well-formed standard code: 3 letters, 4 digits, '-', 3 digits, optional vN. */
export const STANDARD_CODE_PATTERN = /^([A-Z]{3}[0-9]{4}-[0-9]{3})(?:V([0-9]+))?$/;

/**
 * Parses a standard code, case-insensitively. Returns undefined for anything else.
 * Accepts `IIS3512-001v3`, `iis3512-001V3`, `IIS3512-001`.
 */
export function parseStandardCode(text: string): StandardCode | undefined {
  const m = STANDARD_CODE_PATTERN.exec(text.trim().toUpperCase());
  if (!m) return undefined;
  return { base: m[1]!, version: m[2] === undefined ? undefined : Number(m[2]) };
}

/** `IIS3512-001`, 3 → `IIS3512-001v3` */
export function formatStandardCode(base: string, version: number): string {
  return `${base}v${version}`;
}

/**
 * Loose form used by a looser key for folders and matching: upper-case base of any code,
 * so `standards/iis3512-001/` still matches. Returns the base part of whatever precedes `v<N>`.
 */
export function baseOf(code: string): string {
  const parsed = parseStandardCode(code);
  if (parsed) return parsed.base;
  return code.trim().toUpperCase().replace(/V[0-9]+$/, '');
}

/** The version named by a version-table note such as 「已被《IIS3512-001v3》取代」. */
export function replacedByFromNote(note: string): string | undefined {
  const m = /已被\s*[《<〈]\s*([^》>〉]+?)\s*[》>〉]\s*取代/.exec(note);
  return m ? m[1] : undefined;
}
