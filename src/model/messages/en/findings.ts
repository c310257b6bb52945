/** The findings messages in English. Ids: `findings.<what>`; the same ids as in ../zh-Hant/findings.ts. */
import type { Catalogue } from '../../i18n.js';

export const FINDINGS_EN = {} satisfies Catalogue;
