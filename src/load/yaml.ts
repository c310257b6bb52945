/**
 * Parses the text of a standard file into a YAML document that keeps source positions, and
 * turns everything that can go wrong at this stage into located findings — never an exception.
 */
import { CST, LineCounter, Parser, parseDocument, type Document, type YAMLError } from 'yaml';
import type { Finding } from '../model/finding.js';
import { DEFAULT_LANG, msg, type Message } from '../model/i18n.js';
import { t } from '../model/messages/index.js';

/** A load finding with its message by id (rendered in the default language; the CLI renders the id). */
export function loadFinding(file: string, ruleId: string, severity: Finding['severity'], m: Message, line = 1, column = 1): Finding {
  return { ruleId, severity, message: t(DEFAULT_LANG, m), messageId: m.id, ...(m.params ? { params: m.params } : {}), file, line, column };
}

/**
 * The first flow collection (`[` or `{`) that is never closed, by its opening offset: the parser
 * gives up where the text stops making sense, often lines later, but the problem is the opening.
 */
export function unclosedFlow(text: string): { offset: number; open: string } | undefined {
  let found: { offset: number; open: string } | undefined;
  const check = (node: unknown) => {
    const n = node as { type?: string; start?: { source?: string; offset: number }; end?: Array<{ type: string }> } | undefined;
    if (n?.type !== 'flow-collection' || !n.start) return;
    const closed = (n.end ?? []).some((x) => x.type === 'flow-seq-end' || x.type === 'flow-map-end');
    if (!closed && (found === undefined || n.start.offset < found.offset)) found = { offset: n.start.offset, open: n.start.source ?? '[' };
  };
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    check(token.value);
    if (token.value) {
      CST.visit(token, (item) => {
        check(item.key);
        check(item.value);
      });
    }
  }
  return found;
}

export interface ParsedYaml {
  file: string;
  /** The text, without a BOM. */
  text: string;
  /** Whether the text began with a UTF-8 byte order mark. */
  bom: boolean;
  doc: Document.Parsed | undefined;
  lineCounter: LineCounter;
  /** The document as plain data, or undefined when it could not be had. */
  value: unknown;
  findings: Finding[];
}

/** Aliases a document may expand before it counts as an alias bomb ("billion laughs"). */
const MAX_ALIAS_COUNT = 100;

function yamlFinding(file: string, err: YAMLError, severity: Finding['severity']): Finding {
  const pos = err.linePos?.[0] ?? { line: 1, col: 1 };
  const end = err.linePos?.[1];
  const ruleId =
    err.code === 'DUPLICATE_KEY'
      ? 'yaml-duplicate-key'
      : err.code === 'TAG_RESOLVE_FAILED'
        ? 'yaml-unknown-tag'
        : err.code === 'RESOURCE_EXHAUSTION'
          ? 'yaml-too-deep'
          : 'yaml-syntax';
  // The package's message ends with "at line L, column C:" and a code frame; keep the sentence.
  const detail = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const id =
    severity !== 'error' && ruleId === 'yaml-syntax'
      ? 'findings.yaml.warning'
      : { 'yaml-duplicate-key': 'findings.yaml.duplicateKey', 'yaml-unknown-tag': 'findings.yaml.unknownTag', 'yaml-too-deep': 'findings.yaml.tooDeep', 'yaml-syntax': 'findings.yaml.syntax' }[ruleId];
  return { ...loadFinding(file, ruleId, severity, msg(id, { detail }), pos.line, pos.col), ...(end ? { endLine: end.line, endColumn: end.col } : {}) };
}

/** A syntax error caused by an unclosed `[` or `{`: located at the opening, the give-up place named too. */
function unclosedFinding(file: string, text: string, lineCounter: LineCounter, err: YAMLError): Finding | undefined {
  const open = unclosedFlow(text);
  const gaveUp = err.linePos?.[0];
  if (!open || !gaveUp) return undefined;
  const at = lineCounter.linePos(open.offset);
  const detail = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const m = msg('findings.yaml.unclosed', { open: open.open, line: at.line, column: at.col, endLine: gaveUp.line, endColumn: gaveUp.col, detail });
  return { ...loadFinding(file, 'yaml-syntax', 'error', m, at.line, at.col), endLine: gaveUp.line, endColumn: gaveUp.col };
}

export function parseYaml(file: string, source: string): ParsedYaml {
  const bom = source.charCodeAt(0) === 0xfeff;
  const text = bom ? source.slice(1) : source;
  const lineCounter = new LineCounter();
  const findings: Finding[] = [];
  if (text.trim() === '' || /^(\s*#.*\n?)*\s*$/.test(text)) {
    findings.push(loadFinding(file, 'empty-file', 'error', msg('findings.load.empty')));
    return { file, text, bom, doc: undefined, lineCounter, value: undefined, findings };
  }
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: true,
    // YAML 1.2 core schema: 2024-12-15 stays a string; no custom tags are resolved.
    version: '1.2',
    schema: 'core',
    merge: false,
  });
  // A deeply nested document reports one error per level: one finding per kind is enough.
  const seen = new Set<string>();
  let unclosed: Finding | undefined;
  for (const err of doc.errors) {
    if (seen.has(err.code)) continue;
    seen.add(err.code);
    const f = yamlFinding(file, err, 'error');
    // The first syntax error of an unclosed flow collection is named where the collection opens.
    if (unclosed === undefined && f.ruleId === 'yaml-syntax') {
      unclosed = unclosedFinding(file, text, lineCounter, err);
      if (unclosed) {
        findings.push(unclosed);
        continue;
      }
    }
    findings.push(f);
  }
  for (const warn of doc.warnings) {
    // An unresolved custom tag (!!js/function) would silently become a string: refuse it.
    findings.push(yamlFinding(file, warn, warn.code === 'TAG_RESOLVE_FAILED' ? 'error' : 'warning'));
  }
  let value: unknown;
  if (!findings.some((f) => f.severity === 'error')) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      const pos = lineCounter.linePos(0);
      findings.push(loadFinding(file, 'yaml-alias-bomb', 'error', msg('findings.yaml.aliasBomb', { detail: (e as Error).message }), pos.line, pos.col));
    }
  }
  return { file, text, bom, doc, lineCounter, value, findings };
}
