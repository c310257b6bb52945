/** The io messages in Traditional Chinese. Ids: `io.<what>`; the same ids as in ../en/io.ts. */
import type { Catalogue } from '../../i18n.js';

export const IO_ZH = {} satisfies Catalogue;
