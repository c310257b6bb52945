/** The io messages in English. Ids: `io.<what>`; the same ids as in ../zh-Hant/io.ts. */
import type { Catalogue } from '../../i18n.js';

export const IO_EN = {} satisfies Catalogue;
