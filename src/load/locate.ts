/** Maps a path inside a parsed YAML document to a 1-based line and column. */
import { isCollection, isMap, isPair, isScalar, Scalar, type Document, type LineCounter, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function nodeAt(doc: Document.Parsed, path: ReadonlyArray<string | number>): Node | undefined {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (!isCollection(node)) return undefined;
    node = node.get(key, true);
  }
  return node as Node | undefined;
}

function positionOf(range: readonly number[] | null | undefined, lc: LineCounter): Position | undefined {
  if (!range) return undefined;
  const start = lc.linePos(range[0]!);
  const end = lc.linePos(range[1] ?? range[0]!);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

/**
 * Whether a string scalar is written on one line as it reads, and then the length of its opening
 * quote (0 plain, 1 quoted). Decided once per node and source: a rule may locate thousands of
 * findings inside one long value, and comparing the value with its source each time would cost
 * the value's length per finding.
 */
const verbatim = new WeakMap<Scalar, { source: string; lead: number | undefined }>();

function verbatimLead(node: Scalar, source: string): number | undefined {
  const known = verbatim.get(node);
  if (known !== undefined && known.source === source) return known.lead;
  const [start, end] = node.range!;
  const written = source.slice(start, end);
  let lead: number | undefined = node.type === Scalar.PLAIN ? 0 : node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE ? 1 : undefined;
  if (lead !== undefined && (written.slice(lead, written.length - lead) !== node.value || written.includes('\n'))) lead = undefined;
  verbatim.set(node, { source, lead });
  return lead;
}

/**
 * Where character `offset` of a string value is in the source: exact for a value written on one
 * line as it reads (plain, or quoted with no escapes); otherwise undefined.
 */
function insideScalar(node: Node | undefined, offset: number, lc: LineCounter, source: string | undefined): Position | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range || source === undefined) return undefined;
  const start = node.range[0];
  const lead = verbatimLead(node, source);
  if (lead === undefined) return undefined;
  const at = lc.linePos(start + lead + offset);
  return { line: at.line, column: at.col, endLine: at.line, endColumn: at.col + 1 };
}

/**
 * Position of the value at `path`; with `key`, of that key inside the map at `path` (for an
 * unknown property); with `offset` (and the source), of that character of a string value.
 * Falls back to the nearest ancestor that exists, then to the document start.
 */
export function locate(
  doc: Document.Parsed | undefined,
  lc: LineCounter,
  path: ReadonlyArray<string | number>,
  key?: string,
  offset?: { at: number; source: string },
): Position {
  const fallback = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  if (!doc) return fallback;
  if (offset !== undefined) {
    const inside = insideScalar(nodeAt(doc, path), offset.at, lc, offset.source);
    if (inside) return inside;
  }
  if (key !== undefined) {
    const map = nodeAt(doc, path);
    if (isMap(map)) {
      for (const pair of map.items) {
        if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key) {
          const pos = positionOf(pair.key.range, lc);
          if (pos) return pos;
        }
      }
    }
  }
  for (let n = path.length; n >= 0; n--) {
    const node = nodeAt(doc, path.slice(0, n));
    const pos = positionOf(node?.range, lc);
    if (pos) return pos;
  }
  return fallback;
}

/** Parses an ajv instancePath (`/duties/0/tasks/1`) into keys, numbers for array indexes. */
export function parsePointer(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}
