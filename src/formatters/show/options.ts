/** The one options type every `show` format takes (each uses what it needs). */
import type { Border } from '../layout.js';
import type { Style } from '../style.js';
import type { Section } from './sections.js';

export interface ShowFormatOptions {
  /** The parts to show, printed in the document's order whatever the order here. */
  sections: readonly Section[];
  /** Text only: the display width every line fits in (40 or more). */
  width: number;
  /** Text only: table borders and rules. */
  border: Border;
  /** Text only: colours (makeStyle(0) for none). */
  style: Style;
}
