/** The repo messages in English. Ids: `repo.<what>`; the same ids as in ../zh-Hant/repo.ts. */
import type { Catalogue } from '../../i18n.js';

export const REPO_EN = {} satisfies Catalogue;
