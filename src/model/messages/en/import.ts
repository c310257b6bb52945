/** The import messages in English. Ids: `import.<what>`; the same ids as in ../zh-Hant/import.ts. */
import type { Catalogue } from '../../i18n.js';

export const IMPORT_EN = {} satisfies Catalogue;
