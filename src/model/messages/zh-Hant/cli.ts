/** The cli messages in Traditional Chinese. Ids: `cli.<what>`; the same ids as in ../en/cli.ts. */
import type { Catalogue } from '../../i18n.js';

export const CLI_ZH = {} satisfies Catalogue;
