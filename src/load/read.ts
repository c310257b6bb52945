/** Reads one standard file: bytes → text → YAML with positions → schema-checked standard. */
import { Buffer, isUtf8 } from 'node:buffer';
import type { Finding } from '../model/finding.js';
import type { Standard } from '../model/schema.js';
import { InputError } from '../model/errors.js';
import { MAX_STANDARD_BYTES, readFileBounded } from './bounded.js';
import { fastStandard } from './read-fast.js';
import { checkSchema } from './schema-check.js';
import { loadFinding, parseYaml, type ParsedYaml } from './yaml.js';
import { msg, type Message } from '../model/i18n.js';

/** Real standards are 5–50 KB; anything past this is not one (and would cost memory to parse). */
export const MAX_FILE_BYTES = MAX_STANDARD_BYTES;

export interface LoadedFile {
  /** The file as it is named to the user. */
  file: string;
  /** The text, without a BOM, when the file was text. */
  text: string | undefined;
  /** Whether the text began with a UTF-8 byte order mark. */
  bom: boolean;
  /**
   * The YAML document with source positions. A clean file read on the fast path is parsed for
   * positions only when something asks for them (a rule's finding needs a line and column).
   */
  readonly parsed: ParsedYaml | undefined;
  /** The standard, when the file parsed and passed the schema. */
  standard: Standard | undefined;
  findings: Finding[];
}

function at1(file: string, ruleId: string, message: Message, line = 1, column = 1): Finding {
  return loadFinding(file, ruleId, 'error', message, line, column);
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
export function loadStandardText(file: string, source: string): LoadedFile {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const fast = source === text ? fastStandard(text) : undefined;
  if (fast) {
    let parsed: ParsedYaml | undefined;
    return {
      file,
      text,
      bom: false,
      get parsed() {
        return (parsed ??= parseYaml(file, source));
      },
      standard: fast,
      findings: [],
    };
  }
  return loadStandardTextFully(file, source);
}

/** The full path: a YAML document with positions, every finding located. */
export function loadStandardTextFully(file: string, source: string): LoadedFile {
  const parsed = parseYaml(file, source);
  const findings = [...parsed.findings];
  let standard: Standard | undefined;
  if (!findings.some((f) => f.severity === 'error')) {
    const schemaFindings = checkSchema(file, parsed.value, parsed.doc, parsed.lineCounter);
    findings.push(...schemaFindings);
    if (schemaFindings.length === 0) standard = parsed.value as Standard;
  }
  return { file, text: parsed.text, bom: parsed.bom, parsed, standard, findings };
}

/** Checks the bytes are text (UTF-8, no NUL, not too large), then parses them. */
export function loadStandardBytes(file: string, bytes: Uint8Array): LoadedFile {
  const fail = (f: Finding): LoadedFile => ({ file, text: undefined, bom: false, parsed: undefined, standard: undefined, findings: [f] });
  if (bytes.length > MAX_FILE_BYTES) {
    return fail(at1(file, 'file-too-large', msg('findings.load.tooLarge', { size: bytes.length, max: MAX_FILE_BYTES })));
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const where = lineColOf(new TextDecoder().decode(bytes.subarray(0, nul)));
    return fail(at1(file, 'binary-file', msg('findings.load.binary'), where.line, where.column));
  }
  // Checked (simdutf), then decoded by V8: 2× less than a fatal TextDecoder, the same text for
  // valid UTF-8 (a BOM kept in the text, so the loader can report it).
  const valid = isUtf8(bytes);
  const text = valid ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : '';
  const bad = !valid ? firstInvalidUtf8(bytes) : undefined;
  if (bad !== undefined) {
    const where = lineColOf(new TextDecoder().decode(bytes.subarray(0, bad)));
    return fail(
      at1(file, 'invalid-utf8', msg('findings.load.invalidUtf8', { byte: bad }), where.line, where.column),
    );
  }
  return loadStandardText(file, text);
}

/**
 * Reads a file from disk through the bounded reader (a regular file, at most MAX_FILE_BYTES); a
 * file that can't be read gives a finding, not an exception.
 */
export function loadStandardFile(path: string, display: string = path): LoadedFile {
  let bytes: Buffer;
  try {
    bytes = readFileBounded(path, display, MAX_FILE_BYTES);
  } catch (e) {
    if (!(e instanceof InputError) || !e.msg) throw e;
    const tooLarge = e.msg.params?.code === 'too-large';
    const finding: Finding = at1(display, tooLarge ? 'file-too-large' : 'unreadable', e.msg);
    return { file: display, text: undefined, bom: false, parsed: undefined, standard: undefined, findings: [finding] };
  }
  return loadStandardBytes(display, bytes);
}
