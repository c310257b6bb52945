/** The ci messages (SARIF, JUnit, pull-request review) in English. Ids: `ci.<what>`. */
import type { Catalogue } from '../../i18n.js';

export const CI_EN = {
  'ci.gitMissing': 'git is not installed or not on PATH: diff --git and REV:path need it',
  'ci.gitTooOld': 'this git is too old: compstd needs git 2.24 or newer (for --end-of-options)',
  'ci.notARepository': '{dir} is not inside a git repository',
  'ci.badRevision': '"{rev}" is not a git revision: a revision never starts with "-"',
  'ci.unknownRevision': 'git knows no revision "{rev}" (in {dir}): fetch it first, e.g. git fetch origin main',
  'ci.notAtRevision': '{path} does not exist at {rev}',
  'ci.gitOutputTooLarge': '{what} is larger than {limit} bytes: not read',
  'ci.gitFailed': '{command} failed: {detail}',
  'ci.nothingChanged': 'no standard file under {catalog} changed since {base}',
  'ci.newStandard': '{code} ({path}) is new: no earlier version to compare with',
  'ci.noMergeBase': 'HEAD shares no history with {base} here (a shallow clone?): compared with {base} itself, so what {base} gained since the branch began shows as changes; fetch the history (actions/checkout with fetch-depth: 0)',
} satisfies Catalogue;
