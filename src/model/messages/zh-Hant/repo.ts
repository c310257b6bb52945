/** The repo messages in Traditional Chinese. Ids: `repo.<what>`; the same ids as in ../en/repo.ts. */
import type { Catalogue } from '../../i18n.js';

export const REPO_ZH = {} satisfies Catalogue;
