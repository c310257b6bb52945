/**
 * Reading course mapping files (YAML, checked by schemas/course.schema.json) and course
 * workbooks (the template of `export --format course-template`, filled in: XLSX or CSV). Every
 * file goes through the one bounded reader; the XLSX through the bounded zip reader, its XML
 * refused when it declares a DOCTYPE or entities. No new dependency: the workbook is read with
 * fflate (zip.ts) and fast-xml-parser, both already used for DOCX and ODT.
 */
import { statSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { InputError } from '../model/errors.js';
import { msg } from '../model/i18n.js';
import type { Finding } from '../model/finding.js';
import type { CourseMapping } from '../model/course.js';
import { MAX_DOCUMENT_BYTES, MAX_STANDARD_BYTES, readFileBounded, readTextBounded } from './bounded.js';
import { validate as validateCourse } from './generated/course-validator.js';
import { locate } from './locate.js';
import { checkSchema } from './schema-check.js';
import { parseYaml, type ParsedYaml } from './yaml.js';
import { hasDoctype } from './office.js';
import { isZipMagic, readZipEntry, zipEntries, ZIP_LIMITS } from './zip.js';

/** A mapping file as read: the mapping when it passed the schema, every finding, and where things are. */
export interface LoadedCourse {
  file: string;
  text: string;
  mapping: CourseMapping | undefined;
  findings: Finding[];
  /** Line and column of a path inside the file (falls back to the nearest ancestor). */
  at: (path: ReadonlyArray<string | number>) => { line: number; column: number; endLine?: number; endColumn?: number };
}

/** A mapping file's text, checked against the schema. */
export function loadCourseText(file: string, source: string): LoadedCourse {
  const parsed: ParsedYaml = parseYaml(file, source);
  const findings = [...parsed.findings];
  let mapping: CourseMapping | undefined;
  if (!findings.some((f) => f.severity === 'error')) {
    const schema = checkSchema(file, parsed.value, parsed.doc, parsed.lineCounter, validateCourse);
    findings.push(...schema);
    if (schema.length === 0) mapping = parsed.value as CourseMapping;
  }
  return { file, text: parsed.text, mapping, findings, at: (path) => locate(parsed.doc, parsed.lineCounter, path) };
}

/** A mapping file from disk, through the bounded reader (InputError when it can't be read). */
export function loadCourseFile(path: string, shown: string): LoadedCourse {
  return loadCourseText(shown, readTextBounded(path, shown, MAX_STANDARD_BYTES));
}

/** A mapping file, or InputError naming each finding at file:line:column. */
export function readCourseFile(path: string, shown: string): LoadedCourse & { mapping: CourseMapping } {
  const loaded = loadCourseFile(path, shown);
  if (loaded.mapping === undefined) {
    const errors = loaded.findings.filter((f) => f.severity === 'error');
    throw new InputError(
      msg('course.not-a-mapping', { file: shown, findings: errors.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`) }),
      errors,
    );
  }
  return loaded as LoadedCourse & { mapping: CourseMapping };
}

/**
 * Whether a YAML file is a course mapping rather than a standard: its modeline names the course
 * schema, or it has top-level `course:` and `units:` keys. Only a regular file is looked into.
 */
export function isCourseYaml(path: string, shown: string): boolean {
  if (!/\.ya?ml$/i.test(shown)) return false;
  try {
    if (!statSync(path).isFile()) return false;
    const text = readTextBounded(path, shown, MAX_STANDARD_BYTES);
    if (/^#.*\$schema=.*course\.schema\.json/m.test(text.slice(0, 2000))) return true;
    return /^course:/m.test(text) && /^units:/m.test(text);
  } catch {
    return false; // the standard reader gives the one clear message
  }
}

/** A course workbook by its name: an XLSX or a CSV (the filled-in template). */
export function isCourseSheetName(shown: string): boolean {
  return /\.(xlsx|csv)$/i.test(shown);
}

const XML = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  isArray: (name) => ['sheet', 'Relationship', 'si', 'r', 'row', 'c'].includes(name),
});

function xmlOf(bytes: Uint8Array, shown: string, part: string): Record<string, unknown> {
  const text = new TextDecoder('utf-8').decode(bytes);
  if (hasDoctype(text)) throw new InputError(msg('course.sheet-doctype', { file: shown, part }));
  return XML.parse(text) as Record<string, unknown>;
}

type XmlNode = Record<string, unknown>;
/** A scalar of the parsed XML as text; anything else is empty. */
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');
/** An element's text: the element itself when it is a plain string, else its #text. */
const textOf = (v: unknown): string => (v !== null && typeof v === 'object' ? str((v as XmlNode)['#text']) : str(v));
const arr = (v: unknown): XmlNode[] => (Array.isArray(v) ? (v as XmlNode[]) : v === undefined ? [] : [v as XmlNode]);

/** The text of an <si> or <is>: its <t>, or the <t> of each run. */
function richText(node: unknown): string {
  if (typeof node === 'string') return node;
  if (node === null || typeof node !== 'object') return '';
  const n = node as XmlNode;
  const t = n.t;
  const own = textOf(t);
  return own + arr(n.r).map((r) => richText(r)).join('');
}

/** Column letters of a cell reference → 0-based index (B3 → 1). */
function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The cells of the first sheet of an XLSX, as text rows (at most 2,000 rows × 500 columns). */
export function xlsxRows(bytes: Uint8Array, shown: string): string[][] {
  const entries = zipEntries(bytes, shown);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const read = (name: string) => {
    const e = byName.get(name);
    return e ? xmlOf(readZipEntry(bytes, e, shown), shown, name) : undefined;
  };
  const workbook = read('xl/workbook.xml');
  if (!workbook) throw new InputError(msg('course.sheet-not-xlsx', { file: shown }));
  const first = arr(((workbook.workbook as XmlNode | undefined)?.sheets as XmlNode | undefined)?.sheet)[0];
  const rels = arr(((read('xl/_rels/workbook.xml.rels')?.Relationships as XmlNode | undefined) ?? {}).Relationship);
  const target = rels.find((r) => r['@Id'] === first?.['@r:id'])?.['@Target'];
  const sheetPath = typeof target === 'string' ? (target.startsWith('/') ? target.slice(1) : `xl/${target}`) : 'xl/worksheets/sheet1.xml';
  const sheet = read(sheetPath);
  if (!sheet) throw new InputError(msg('course.sheet-not-xlsx', { file: shown }));
  const shared = arr((read('xl/sharedStrings.xml')?.sst as XmlNode | undefined)?.si).map(richText);
  const rows: string[][] = [];
  for (const row of arr(((sheet.worksheet as XmlNode | undefined)?.sheetData as XmlNode | undefined)?.row)) {
    const index = Number(row['@r'] ?? rows.length + 1) - 1;
    if (!Number.isInteger(index) || index < 0 || index >= 2000) continue;
    const cells: string[] = [];
    for (const c of arr(row.c)) {
      const col = columnIndex(str(c['@r']));
      if (col < 0 || col >= 500) continue;
      const v = textOf(c.v);
      const type = c['@t'];
      cells[col] = type === 's' ? (shared[Number(v)] ?? '') : type === 'inlineStr' ? richText(c.is) : v;
    }
    rows[index] = Array.from(cells, (x) => x ?? '');
  }
  return Array.from(rows, (r) => r ?? []);
}

/** The rows of a CSV: the delimiter (, ; or tab) from the first line, a BOM dropped. */
export function csvRows(text: string): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  const rows: unknown = parseCsv(body, { delimiter, relax_column_count: true, skip_empty_lines: false });
  return rows as string[][];
}

/** A filled-in course workbook (XLSX or CSV) as text rows, read through the bounded reader. */
export function readCourseSheet(path: string, shown: string): string[][] {
  if (/\.xlsx$/i.test(shown)) {
    const bytes = readFileBounded(path, shown, ZIP_LIMITS.maxArchiveBytes);
    if (!isZipMagic(bytes)) throw new InputError(msg('course.sheet-not-xlsx', { file: shown }));
    return xlsxRows(bytes, shown);
  }
  try {
    return csvRows(readTextBounded(path, shown, MAX_DOCUMENT_BYTES));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(msg('course.sheet-bad-csv', { file: shown, reason: (e as Error).message.split('\n')[0] ?? '' }));
  }
}
