/** The document messages in English. Ids: `document.<what>`; the same ids as in ../zh-Hant/document.ts. */
import type { Catalogue } from '../../i18n.js';

export const DOCUMENT_EN = {} satisfies Catalogue;
