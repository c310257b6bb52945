/** The CLI's view of its surroundings, passed in so that tests can run it in-process. */

export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIO {
  stdout: OutStream;
  stderr: OutStream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Reads all of standard input (for `-`), at most `limit` bytes (default: a standard file's limit). */
  readStdin?: (limit?: number) => Promise<string>;
}

export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * Colour for a stream, in the order tools agree on: --no-color / --color, then FORCE_COLOR
 * (0 or false = none, 1–3 = that level), then NO_COLOR (any non-empty value = none), then
 * whether the stream is a terminal (TERM=dumb = none).
 */
export function colorLevel(stream: OutStream, env: CliIO['env'], flag: boolean | undefined): ColorLevel {
  if (flag === false) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2') return 2;
    if (force === '3') return 3;
    return 1;
  }
  if (flag === true) return 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (env.TERM?.includes('256')) return 2;
  return 1;
}

/** COLUMNS, when it holds a width. */
export function columnsOf(env: CliIO['env']): number | undefined {
  const n = Number(env.COLUMNS);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Output width: --width, else the terminal's, else COLUMNS, else 80. */
export function outputWidth(stream: OutStream, env: CliIO['env'], flag: number | undefined): number {
  if (flag !== undefined) return flag;
  if (stream.isTTY && stream.columns && stream.columns > 0) return stream.columns;
  return columnsOf(env) ?? 80;
}
