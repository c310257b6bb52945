/** Text as XML character data or an attribute value: `&`, `<`, `>` and `"` as entities. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
