/** The findings messages in Traditional Chinese. Ids: `findings.<what>`; the same ids as in ../en/findings.ts. */
import type { Catalogue } from '../../i18n.js';

export const FINDINGS_ZH = {} satisfies Catalogue;
