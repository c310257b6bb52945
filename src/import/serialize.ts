/**
 * A Standard as a standard file, in the style of the files in standards/: the schema modeline, block
 * style, K/S references and task tags as flow lists, strings plain unless YAML would read them as
 * something else, long repair notes folded. A pure function: same standard, same bytes.
 */
import type { Standard } from '../model/schema.js';

/** The modeline pointing editors at the schema (`schema`: a path relative to the file, or a URL). */
export function modeline(schema = '../../schemas/standard.schema.json'): string {
  return `# yaml-language-server: $schema=${schema}`;
}

/** The modeline of a file at standards/<CODE>/v<N>.yaml beside schemas/ (a repository made by compstd init). */
export const MODELINE = modeline();

/** A standard file's text with its modeline pointing at `schema` instead. */
export function withModeline(yaml: string, schema: string): string {
  return yaml.startsWith(`${MODELINE}\n`) ? `${modeline(schema)}${yaml.slice(MODELINE.length)}` : yaml;
}

/** Keys whose lists of bare codes are printed in flow style: `knowledge: [K01, K02]`. */
const FLOW_KEYS = new Set(['knowledge', 'skills', 'tasks']);
/** Longest line of a folded note. */
const WIDTH = 96;

export interface SerializeOptions {
  /** The second comment line, after the modeline (without `# `). */
  comment?: string;
  /** Comments above a key of an object (where a continuation row was merged). */
  comments?: ReadonlyMap<object, { key: string; text: string }>;
}

/** Whether YAML reads `s` back as this very string when printed plain. */
function plainSafe(s: string): boolean {
  if (s === '' || s !== s.trim() || /[\n\r\t]/.test(s)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s)) return false;
  if (/: |:$| #/.test(s)) return false;
  if (/^(?:true|false|yes|no|on|off|y|n|null|~)$/i.test(s)) return false;
  if (/^[-+]?(?:[0-9][0-9_,]*(?:\.[0-9]*)?|\.[0-9]+)(?:e[-+]?[0-9]+)?$/i.test(s)) return false;
  if (/^[-+]?\.(?:inf|nan)$/i.test(s) || /^0[xob]/i.test(s)) return false;
  if (/^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/.test(s) || /^[0-9:]+$/.test(s)) return false;
  // Characters YAML does not allow unescaped.
  // eslint-disable-next-line no-control-regex -- control characters are what must be escaped
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(s)) return false;
  return true;
}

function quoted(s: string): string {
  return JSON.stringify(s).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return plainSafe(s) ? s : quoted(s);
}

/** In a flow list, `,` `[` `]` `{` `}` need quotes too. */
function flowScalar(value: unknown): string {
  const s = scalar(value);
  return typeof value === 'string' && /[,[\]{}]/.test(s) && !s.startsWith('"') ? quoted(value) : s;
}

/** A long prose note folded (`>-`) at spaces, lines at most WIDTH wide. */
function folded(s: string, indent: number): string[] | undefined {
  // eslint-disable-next-line no-control-regex -- control characters can't be in a block scalar
  if (s !== s.trim() || / {2}/.test(s) || !s.includes(' ') || /[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(s)) return undefined;
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  let line = '';
  for (const word of s.split(' ')) {
    if (line !== '' && pad.length + line.length + 1 + word.length > WIDTH) {
      out.push(pad + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  out.push(pad + line);
  return out;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

class Writer {
  readonly lines: string[] = [];
  constructor(private readonly comments: ReadonlyMap<object, { key: string; text: string }>) {}

  map(obj: Record<string, unknown>, indent: number): void {
    const note = this.comments.get(obj);
    for (const [key, value] of Object.entries(obj)) {
      if (value === undefined) continue;
      if (note && note.key === key) this.lines.push(`${' '.repeat(indent)}# ${note.text}`);
      this.entry(key, value, indent);
    }
  }

  private entry(key: string, value: unknown, indent: number): void {
    const pad = ' '.repeat(indent);
    if (Array.isArray(value)) {
      if (value.length === 0) this.lines.push(`${pad}${key}: []`);
      else if (FLOW_KEYS.has(key) && value.every((v) => typeof v === 'string')) this.lines.push(`${pad}${key}: [${value.map(flowScalar).join(', ')}]`);
      else {
        this.lines.push(`${pad}${key}:`);
        for (const item of value) this.item(item, indent + 2);
      }
    } else if (isMap(value)) {
      if (Object.keys(value).length === 0) this.lines.push(`${pad}${key}: {}`);
      else {
        this.lines.push(`${pad}${key}:`);
        this.map(value, indent + 2);
      }
    } else {
      const text = scalar(value);
      const fold = key === 'note' && typeof value === 'string' && pad.length + key.length + 2 + text.length > WIDTH ? folded(value, indent + 2) : undefined;
      if (fold) this.lines.push(`${pad}${key}: >-`, ...fold);
      else this.lines.push(`${pad}${key}: ${text}`);
    }
  }

  private item(value: unknown, indent: number): void {
    const pad = ' '.repeat(indent);
    if (isMap(value) && Object.keys(value).length > 0) {
      const start = this.lines.length;
      this.map(value, indent + 2);
      this.lines[start] = `${pad}- ${this.lines[start]!.slice(indent + 2)}`;
    } else if (Array.isArray(value)) {
      this.lines.push(`${pad}- [${value.map(flowScalar).join(', ')}]`);
    } else this.lines.push(`${pad}- ${isMap(value) ? '{}' : scalar(value)}`);
  }
}

export function standardFileYaml(standard: Standard, o: SerializeOptions = {}): string {
  const w = new Writer(o.comments ?? new Map());
  w.map(standard, 0);
  // One comment line: line breaks become spaces, and a NUL or other control character from the
  // document is written as a \u{…} escape, never raw (the file would no longer be text).
  const comment = o.comment
    ?.replace(/\s*[\n\r\u2028\u2029]\s*/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
  const head = [MODELINE, ...(comment !== undefined ? [`# ${comment}`] : [])];
  return `${[...head, ...w.lines].join('\n')}\n`;
}
