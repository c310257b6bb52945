/** The import messages in Traditional Chinese. Ids: `import.<what>`; the same ids as in ../en/import.ts. */
import type { Catalogue } from '../../i18n.js';

export const IMPORT_ZH = {} satisfies Catalogue;
