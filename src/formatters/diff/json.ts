/** `diff --format json`: one diff as an object; a chain or several standards as an array. */
import type { StandardDiff } from '../../diff/types.js';

export function diffJson(diffs: readonly StandardDiff[], many: boolean): string {
  return `${JSON.stringify(many ? diffs : (diffs[0] ?? null), null, 2)}\n`;
}
