/** The course messages in English. Ids: `course.<what>`; the same ids as in ../zh-Hant/course.ts. */
import type { Catalogue } from '../../i18n.js';

export const COURSE_EN = {} satisfies Catalogue;
