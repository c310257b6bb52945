/** The course messages in Traditional Chinese. Ids: `course.<what>`; the same ids as in ../en/course.ts. */
import type { Catalogue } from '../../i18n.js';

export const COURSE_ZH = {} satisfies Catalogue;
