/** The findings messages in English. Ids: `findings.<what>`; the same ids as in ../zh-Hant/findings.ts. */
import type { Catalogue, Params } from '../../i18n.js';

const list = (v: Params[string]) => (Array.isArray(v) ? v.join(', ') : String(v));

const TYPE: Record<string, string> = { integer: 'an integer', null: 'null', string: 'a string', object: 'a mapping', array: 'a list', value: 'a value', number: 'a number', boolean: 'a boolean' };
const at = (p: Params) => (p.at === '' || p.at === undefined ? 'the document' : String(p.at));
const value = (p: Params) => {
  const kind = String(p.foundKind);
  if (p.foundValue === undefined) return kind === 'null' ? 'null' : (TYPE[kind] ?? `a ${kind}`);
  const noun = kind === 'integer' ? 'the integer' : kind === 'number' ? 'the number' : kind === 'boolean' ? 'the boolean' : 'the string';
  return `${noun} ${String(p.foundValue)}`;
};

export const FINDINGS_EN = {
  'findings.rule.standard-code-format': 'The standard code is AAA9999-999vN and its version agrees with `version`',
  'findings.rule.element-code-format':
    'Duty, task, output, indicator, K, S and A codes have their form (T1, T1.1, O1.1.1, P1.1.1, K01, S01, A01; the old numbering O1.1, P1.1, K1, S1 too)',
  'findings.rule.code-hierarchy': 'Codes agree with where they stand: T1.1 under T1, O1.1.x and P1.1.x under T1.1',
  'findings.rule.duplicate-code': 'No code is used by two elements (duties, tasks, outputs, indicators, K, S, A)',
  'findings.rule.code-gap': 'Numbering has no gaps: K01, K02, K03 — not K01, K02, K04',
  'findings.rule.undefined-competency': 'Every K and S a task row needs is defined in the standard-wide knowledge and skills lists',
  'findings.rule.unused-competency': 'Every K and S of the standard-wide lists is needed by at least one task row',
  'findings.rule.level-range': '基準級別 and every 職能級別 are between 1 and 6 (or null when not set)',
  'findings.rule.level-far-from-standard': 'A task level two or more away from 基準級別 (legal: tasks may span levels, but worth a look)',
  'findings.rule.version-table': "The version table lists the file's own version under its own code and name, and one current version",
  'findings.rule.version-succession': 'Each historical row names the version that replaced it (已被《…》取代) and dates increase with versions',
  'findings.rule.file-path': 'The file is at <CODE>/v<N>.yaml for its own code and version',
  'findings.rule.duplicate-version': 'No two files claim one code and version',
  'findings.rule.stale-current': "An older version's file does not still say it is current when a newer file exists",
  'findings.rule.unexplained-rename': 'The same code under another name is explained by a row of the newer version table',
  'findings.rule.cjk-space': 'No spaces inside Chinese words, left by copying from a PDF (「維 運日誌表」)',
  'findings.rule.glued-code': 'No element code glued inside a text (「…專利T1.3分析…」): a cell that copying merged',
  'findings.rule.empty-text': 'No empty texts: every title, name, indicator, output and note says something',
  'findings.rule.footnote-missing': 'Every 【註N】 marker has its note in 其他補充說明',
  'findings.rule.line-ends': 'The file is UTF-8 without a byte order mark, with LF line ends (it reads the same either way)',
  'findings.rule.yaml-syntax': 'The file is well-formed YAML',
  'findings.rule.yaml-duplicate-key': 'No key appears twice in one mapping',
  'findings.rule.yaml-unknown-tag': 'No custom tags such as !!js/function',
  'findings.rule.yaml-alias-bomb': 'Aliases do not expand without bound (billion laughs)',
  'findings.rule.yaml-too-deep': 'Nesting is not so deep that it exhausts the parser',
  'findings.rule.empty-file': 'The file is not empty',
  'findings.rule.binary-file': 'The file is text, not binary',
  'findings.rule.invalid-utf8': 'The file is valid UTF-8',
  'findings.rule.file-too-large': 'The file is not larger than a standard can be',
  'findings.rule.unreadable': 'The file can be read',
  'findings.rule.schema': 'The file follows schemas/standard.schema.json',
  'findings.rule.baseline-stale': 'Every entry of the baseline still matches a finding',
  'findings.rule.published': (p) => `A defect of the published document itself, kept as published in a transcription: ${PUBLISHED_EN[String(p.rule)] ?? String(p.rule)}`,

  'findings.cjkSpace': 'a space inside a Chinese word: 「{space}」 in 「{text}」',
  'findings.codeGap': (p) => {
    const missing = Array.isArray(p.missing) ? p.missing : [String(p.missing)];
    return `${String(p.code)} follows ${String(p.prev)}: ${list(p.missing)} ${missing.length === 1 ? 'is' : 'are'} missing`;
  },
  'findings.codeHierarchy': '{kind} {code} stands under {owner}, but its code says {parent}',
  'findings.duplicateCode.same': '{code} is used twice: here for 「{text}」, before for the same text',
  'findings.duplicateCode.other': '{code} is used twice: here for 「{text}」, before for 「{first}」',
  'findings.duplicateVersion': '{key} is also defined by {other}',
  'findings.elementCodeFormat.code': '{kind} code "{code}" is not of the form {example}',
  'findings.elementCodeFormat.ref': '{kind} reference "{code}" is not of the form {example}',
  'findings.emptyText': '{field} is empty',
  'findings.filePath': '{code} belongs at {want}, not {actual}',
  'findings.footnoteMissing': '【{marker}】 has no note: 其他補充說明 has no line starting with 【{marker}】',
  'findings.gluedCode': 'the code {code} is glued inside the text 「{text}」',
  'findings.levelFar': "{owner} is at level {level}, {distance} from the standard's level {base}",
  'findings.levelRange.standard': '基準級別 {level} is outside the levels 1–6',
  'findings.levelRange.row': "{owner}'s level {level} is outside the levels 1–6",
  'findings.lineEnds.bom': 'the file starts with a UTF-8 byte order mark; save it without one',
  'findings.lineEnds.crlf': 'CRLF line ends (Windows), first at line {line}; save with LF',
  'findings.staleCurrent': 'v{version} still says it is current, but {file} has v{newest}',
  'findings.standardCodeFormat.code': '"{code}" is not a standard code of the form AAA9999-999vN (e.g. IIS3512-001v3)',
  'findings.standardCodeFormat.version': 'version {version} does not agree with the code {code}',
  'findings.standardCodeFormat.row': '"{code}" in the version table is not a standard code of the form AAA9999-999vN',
  'findings.undefinedCompetency': (p) => `${String(p.code)} is needed by ${String(p.owner)} but not defined in ${p.kind === 'knowledge' ? 'knowledge' : 'skills'}`,
  'findings.unexplainedRename': '{base} is 「{name}」 in v{version} but 「{oldName}」 in v{oldVersion} ({oldFile}), and no version-table row says so',
  'findings.unusedCompetency': '{code} {name} is defined but no task needs it',
  'findings.versionSuccession.unnamed': 'historical v{version} does not say which version replaced it (已被《…》取代)',
  'findings.versionSuccession.other': 'v{version} says it was replaced by {named}, but the next version is {next}',
  'findings.versionSuccession.date': "v{version} is dated {date}, not after v{prev}'s {prevDate}",
  'findings.versionTable.missing': "the version table does not list this file's version {version}",
  'findings.versionTable.ownHistorical': "this file's own version {version} is listed as historical, and nothing is named as replacing it",
  'findings.versionTable.code': "the version table lists v{version} as {rowCode}, the file's code is {code}",
  'findings.versionTable.name': 'the version table names v{version} 「{rowName}」, the file 「{name}」',
  'findings.versionTable.newer': "the version table lists v{version}, newer than this file's v{own}",
  'findings.versionTable.twoCurrent': "v{version} is listed as current besides this file's v{own}",
  'findings.versionTable.rowCode': "the version table's row for V{version} prints the code {rowCode}, which is not that version's",
  'findings.versionTable.twice': 'v{version} is listed twice',

  'findings.yaml.syntax': 'YAML syntax error: {detail}',
  'findings.yaml.unclosed': 'an unclosed 「{open}」 opened at line {line}, column {column}; the parser gave up at line {endLine}, column {endColumn} ({detail})',
  'findings.yaml.duplicateKey': 'a key appears twice in one mapping: {detail}',
  'findings.yaml.unknownTag': 'custom tags are not allowed: {detail}',
  'findings.yaml.tooDeep': 'nested too deep: {detail}',
  'findings.yaml.warning': 'YAML warning: {detail}',
  'findings.yaml.aliasBomb': 'The document could not be expanded: {detail}',
  'findings.schema.missing': (p) => {
    const props = Array.isArray(p.props) ? p.props : [String(p.props)];
    return `${at(p)} is missing the required ${props.length === 1 ? 'property' : 'properties'} ${props.map((x) => `"${x}"`).join(', ')}`;
  },
  'findings.schema.unknownProperty': (p) => `${at(p)} has an unknown property "${String(p.name)}"`,
  'findings.schema.type': (p) => `${at(p)} must be ${(Array.isArray(p.expected) ? (p.expected as readonly string[]) : [String(p.expected)]).map((k) => TYPE[k] ?? k).join(' or ')}, found ${value(p)}`,
  'findings.schema.enum': (p) => `${at(p)} must be one of ${Array.isArray(p.allowed) ? p.allowed.join(', ') : String(p.allowed)}, found ${value(p)}`,
  'findings.schema.empty': (p) => `${at(p)} must not be empty`,
  'findings.schema.date': (p) => `${at(p)} must be a date written YYYY-MM-DD, found ${value(p)}`,
  'findings.schema.pattern': (p) => `${at(p)} must match ${String(p.pattern)}, found ${value(p)}`,
  'findings.schema.minimum': (p) => `${at(p)} must be at least ${String(p.min)}, found ${value(p)}`,
  'findings.schema.other': (p) => `${at(p)} ${String(p.detail)}`,
  'findings.load.empty': 'The file is empty: a standard file holds one YAML mapping',
  'findings.load.tooLarge': 'The file is {size} bytes; a standard file is at most {max} bytes',
  'findings.load.binary': 'The file is binary (it holds a NUL byte), not YAML text',
  'findings.load.invalidUtf8': 'The file is not valid UTF-8 (byte {byte}); save it as UTF-8',
  'findings.load.missing': 'Cannot read the file: no such file',
  'findings.load.directory': 'Cannot read the file: it is a directory',
  'findings.load.permission': 'Cannot read the file: permission denied',
  'findings.load.other': 'Cannot read the file: {detail}',
  'findings.baseline.invalid': '{file} is not a compstd baseline: {detail}',
  'findings.baseline.unreadable': 'Cannot read the baseline {file}: {detail}',
  'findings.baseline.written': 'wrote the baseline {file}: {entries} entries, {findings} findings',
  'findings.baseline.stale': (p) =>
    `the baseline lists ${String(p.rule)} (${String(p.message)}) in ${String(p.file)} ${String(p.count)} time(s), found ${String(p.found)}: update it with --write-baseline`,
} satisfies Catalogue;

const PUBLISHED_EN: Record<string, string> = {
  'standard-code-format': 'a malformed code in the version table',
  'element-code-format': 'a malformed code',
  'code-hierarchy': 'a code that disagrees with where it stands',
  'duplicate-code': 'a code used twice',
  'code-gap': 'a gap in numbering',
  'undefined-competency': 'a K or S a task needs but the lists lack',
  'unused-competency': 'a K or S no task needs',
  'level-range': 'a level outside 1–6',
  'version-table': 'an incomplete or garbled version table',
  'version-succession': 'historical rows or dates of the version table',
  'glued-code': "a cell that swallowed its neighbour's code",
  'empty-text': 'an empty text',
  'footnote-missing': 'a footnote marker without its note',
};
