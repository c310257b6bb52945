/** The cli messages in English. Ids: `cli.<what>`; the same ids as in ../zh-Hant/cli.ts. */
import type { Catalogue } from '../../i18n.js';

export const CLI_EN = {} satisfies Catalogue;
