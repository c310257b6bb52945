import { formatter } from '../types.js';
import type { ListData } from './index.js';

/** The rows as a JSON array, one object per version, keys as in ListRow. */
export const listJsonFormatter = formatter<ListData>('json', ({ rows }) => `${JSON.stringify(rows, null, 2)}\n`);
