/** GitHub-flavoured Markdown building blocks: table cells that can't break the table. */

/** A cell: `|` escaped, line breaks as <br>, no leading/trailing space. */
export function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>')
    .trim();
}

export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => cell(c) || ' ').join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** Text outside tables: characters Markdown would read as markup at a line's start are escaped. */
export function text(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/^([#+\-=>]|\d+\.)/gm, '\\$1');
}
