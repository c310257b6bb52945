/** The ci messages (SARIF, JUnit, pull-request review) in Traditional Chinese. Ids: `ci.<what>`. */
import type { Catalogue } from '../../i18n.js';

export const CI_ZH = {
  'ci.gitMissing': '找不到 git（未安裝或不在 PATH 中）：diff --git 與 REV:path 需要 git',
  'ci.gitTooOld': 'git 版本過舊：compstd 需要 git 2.24 以上（--end-of-options）',
  'ci.notARepository': '{dir} 不在 git 儲存庫中',
  'ci.badRevision': '「{rev}」不是 git 版本：版本名稱不會以「-」開頭',
  'ci.unknownRevision': 'git 找不到版本「{rev}」（於 {dir}）：請先取得，例如 git fetch origin main',
  'ci.notAtRevision': '{path} 在 {rev} 中不存在',
  'ci.gitOutputTooLarge': '{what} 超過 {limit} 位元組，不予讀取',
  'ci.gitFailed': '{command} 失敗：{detail}',
  'ci.nothingChanged': '自 {base} 以來，{catalog} 中沒有職能基準檔案異動',
  'ci.newStandard': '{code}（{path}）為新增：沒有較早的版本可比較',
  'ci.noMergeBase': 'HEAD 與 {base} 在此沒有共同歷史（淺層複製？）：改與 {base} 本身比較，{base} 在分支之後的異動也會列為變更；請取得完整歷史（actions/checkout 設 fetch-depth: 0）',
} satisfies Catalogue;
