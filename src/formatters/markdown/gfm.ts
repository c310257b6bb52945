/**
 * GitHub-flavoured Markdown building blocks: table cells that can't break the table or smuggle
 * HTML, and text that Markdown won't read as markup.
 */

/** Characters HTML would read as markup, as entities: `<script>` and `<img onerror>` stay text. */
function entities(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A cell: `<`, `>` and `&` as entities, `|` and `\` escaped, every line break (CRLF, LF and a
 * lone CR, which CommonMark also takes for the end of a line) as <br>, no leading or trailing
 * space, no other control character.
 */
export function cell(text: string): string {
  return (
    entities(text)
      .replace(/\\/g, '\\\\')
      .replace(/\|/g, '\\|')
      .replace(/\r\n|\r|\n/g, '<br>')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .trim()
  );
}

/** A table; the columns in `markdown` hold cells already written as Markdown (see `cell`). */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>, markdown: ReadonlySet<number> = new Set()): string {
  const line = (cells: readonly string[], head: boolean) => `| ${cells.map((c, i) => (!head && markdown.has(i) ? c : cell(c)) || ' ').join(' | ')} |`;
  return [line(header, true), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => line(r, false))].join('\n');
}

/**
 * Text outside tables: characters Markdown would read as markup are escaped, `<` and `>` as
 * entities; a lone CR becomes a line feed.
 */
export function text(s: string): string {
  return (
    s
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/([\\`*_[\]|])/g, '\\$1')
      .replace(/[&<>]/g, (c) => entities(c))
      .replace(/^([#+\-=]|\d+\.)/gm, '\\$1')
  );
}
