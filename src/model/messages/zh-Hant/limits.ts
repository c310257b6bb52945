/** 上限訊息（規模大到無法完成時 compstd 拒絕執行）的繁體中文。Ids: `limits.<what>`. */
import type { Catalogue } from '../../i18n.js';

export const LIMITS_ZH = {
  'limits.exportWide':
    '這 {standards} 份職能基準的寬表矩陣將有 {rows} 列 × {columns} 欄（{cells} 格，幾乎全空），超過上限 {limit} 格。請改用 --layout long（每個工作任務 × 職能一列），或減少匯出的職能基準',
  'limits.regexUnsupported': '--regex：{detail}。正規表示式以線性時間引擎（RE2 語法）執行：不支援反向參照（\\1）與環視（(?=…)、(?<=…)）',
} satisfies Catalogue;
