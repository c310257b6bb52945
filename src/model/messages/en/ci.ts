/** The ci messages (SARIF, JUnit, pull-request review) in English. Ids: `ci.<what>`. */
import type { Catalogue } from '../../i18n.js';

export const CI_EN = {} satisfies Catalogue;
