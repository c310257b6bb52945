/** The document messages in Traditional Chinese. Ids: `document.<what>`; the same ids as in ../en/document.ts. */
import type { Catalogue } from '../../i18n.js';

export const DOCUMENT_ZH = {} satisfies Catalogue;
