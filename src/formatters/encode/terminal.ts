/**
 * Text from the data on its way to a terminal: control characters (C0 but line feed, DEL, C1),
 * and the bidirectional overrides that reorder what a reader sees ("Trojan Source"), are shown
 * escaped (`\x1b`, `\u202e`) rather than sent. A lone CR or CRLF becomes a line feed. Our own
 * colours are added after this, by the formatter's style.
 */

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const HAS_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function escape(ch: string): string {
  const cp = ch.charCodeAt(0);
  return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
}

/** One string made safe for a terminal. A tab becomes a space (its width depends on the terminal). */
export function terminalSafe(text: string): string {
  if (!HAS_UNSAFE.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(UNSAFE, escape);
}

/**
 * A copy of `value` with every string made terminal-safe: arrays, plain objects and maps are
 * copied, other values kept. The input is not changed.
 */
export function terminalSafeDeep<T>(value: T): T {
  return deep(value) as T;
}

function deep(value: unknown): unknown {
  if (typeof value === 'string') return terminalSafe(value);
  if (Array.isArray(value)) return value.map(deep);
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [deep(k), deep(v)]));
  if (value instanceof Set) return new Set([...value].map(deep));
  if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = deep(v);
    return out;
  }
  return value;
}
