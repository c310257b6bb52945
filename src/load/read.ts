/** Reads one standard file: bytes → text → YAML with positions → schema-checked standard. */
import { readFileSync, statSync } from 'node:fs';
import type { Finding } from '../model/finding.js';
import type { Standard } from '../model/schema.js';
import { checkSchema } from './schema-check.js';
import { parseYaml, type ParsedYaml } from './yaml.js';

/** Real standards are 5–50 KB; anything past this is not one (and would cost memory to parse). */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface LoadedFile {
  /** The file as it is named to the user. */
  file: string;
  parsed: ParsedYaml | undefined;
  /** The standard, when the file parsed and passed the schema. */
  standard: Standard | undefined;
  findings: Finding[];
}

function at1(file: string, ruleId: string, message: string, line = 1, column = 1): Finding {
  return { ruleId, severity: 'error', message, file, line, column };
}

/** Position of the first byte that is not valid UTF-8, or undefined when all is valid. */
function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    decoder.decode(bytes);
    return undefined;
  } catch {
    // Bisect to the first bad byte: the longest prefix that decodes (allowing a cut sequence).
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        lo = mid;
      } catch {
        hi = mid - 1;
      }
    }
    // `lo` is past a sequence the stream mode held back as incomplete: step back to where the
    // bad sequence starts (a UTF-8 sequence is at most 4 bytes).
    for (let k = lo; k >= Math.max(0, lo - 3); k--) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, k));
        return k;
      } catch {
        // still inside the bad sequence
      }
    }
    return lo;
  }
}

function lineColOf(text: string): { line: number; column: number } {
  const lines = text.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Parses and checks the text of a standard file. */
export function loadStandardText(file: string, text: string): LoadedFile {
  const parsed = parseYaml(file, text);
  const findings = [...parsed.findings];
  let standard: Standard | undefined;
  if (!findings.some((f) => f.severity === 'error')) {
    const schemaFindings = checkSchema(file, parsed.value, parsed.doc, parsed.lineCounter);
    findings.push(...schemaFindings);
    if (schemaFindings.length === 0) standard = parsed.value as Standard;
  }
  return { file, parsed, standard, findings };
}

/** Checks the bytes are text (UTF-8, no NUL, not too large), then parses them. */
export function loadStandardBytes(file: string, bytes: Uint8Array): LoadedFile {
  const fail = (f: Finding): LoadedFile => ({ file, parsed: undefined, standard: undefined, findings: [f] });
  if (bytes.length > MAX_FILE_BYTES) {
    return fail(at1(file, 'file-too-large', `The file is ${bytes.length} bytes; a standard file is at most ${MAX_FILE_BYTES} bytes`));
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const where = lineColOf(new TextDecoder().decode(bytes.subarray(0, nul)));
    return fail(at1(file, 'binary-file', 'The file is binary (it holds a NUL byte), not YAML text', where.line, where.column));
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== undefined) {
    const where = lineColOf(new TextDecoder().decode(bytes.subarray(0, bad)));
    return fail(
      at1(file, 'invalid-utf8', `The file is not valid UTF-8 (byte ${bad}); save it as UTF-8`, where.line, where.column),
    );
  }
  // ignoreBOM keeps a BOM in the text, so the loader can report it.
  return loadStandardText(file, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
}

/** Reads a file from disk; a file that can't be read gives a finding, not an exception. */
export function loadStandardFile(path: string, display: string = path): LoadedFile {
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      return {
        file: display,
        parsed: undefined,
        standard: undefined,
        findings: [at1(display, 'file-too-large', `The file is ${size} bytes; a standard file is at most ${MAX_FILE_BYTES} bytes`)],
      };
    }
    return loadStandardBytes(display, readFileSync(path));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why =
      err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'it is a directory' : err.code === 'EACCES' ? 'permission denied' : err.message;
    return { file: display, parsed: undefined, standard: undefined, findings: [at1(display, 'unreadable', `Cannot read the file: ${why}`)] };
  }
}
