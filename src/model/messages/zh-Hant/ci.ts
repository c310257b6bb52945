/** The ci messages (SARIF, JUnit, pull-request review) in Traditional Chinese. Ids: `ci.<what>`. */
import type { Catalogue } from '../../i18n.js';

export const CI_ZH = {} satisfies Catalogue;
