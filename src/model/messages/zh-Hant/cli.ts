/** The cli messages in Traditional Chinese. Ids: `cli.<what>`; the same ids as in ../en/cli.ts. */
import type { Catalogue, Params } from '../../i18n.js';

export const CLI_ZH = {
  'cli.unknown-format': '沒有「{format}」這種輸出格式；可用：{allowed}',
  'cli.binary-needs-output': '{format} 是二進位格式：請以 -o 指定要寫入的檔案',
  'cli.wrote': '已寫入 {file}',
  'cli.list.summary': '共 {standards} 項職能基準、{versions} 個版本',
  'cli.list.none': '沒有符合條件的職能基準。',
  'cli.list.history-legend': '— 表示此版本僅見於版本表，目錄中沒有它的內容。',
  'cli.search.none': '找不到符合的內容。',
  'cli.search.summary': '{standards} 項職能基準中共 {hits} 處符合',
  'cli.compare.summary': '{kind}：相同 {exact} 項，相近 {close} 項（相似度 ≥ {threshold}），重疊 {overlap}%（{counts}）',
  'cli.compare.needs-two': 'compare 需要兩項以上的職能基準',
  'cli.compare.history-only': '{ref} 僅見於版本表：沒有可比較的 K、S、A',
  'cli.threshold': '--threshold 必須是大於 0、不超過 1 的數字',
  'cli.severity.error': '錯誤',
  'cli.severity.warning': '警告',
  'cli.severity.info': '提示',
  'cli.rules.always': '{severity}（必查）',
  'cli.rules.footer': '每條規則的說明在 docs/rules/<規則>.md；以 --rule 規則=嚴重度 或在 .compstd.yaml 中調整嚴重度。',
  'cli.diff.nothing': '沒有可比較的版本。',
  'cli.diff.different-standards': '{from} 與 {to} 是不同的職能基準：其代碼將視為同一職能基準的兩個版本來比對',
  'cli.validate.summary': (p: Params) =>
    `${String(p.files)} 個檔案中有 ${String(p.filesWithFindings)} 個有問題：錯誤 ${String(p.errors)}、警告 ${String(p.warnings)}、提示 ${String(p.infos)}${Number(p.suppressed) > 0 ? `（另有 ${String(p.suppressed)} 項已列入基準檔而不計）` : ''}`,
  'cli.export.unknown-extension': '無法從「{file}」判斷格式：請加上 --format（{formats}）',
  'cli.export.attitudes-layout': '--layout 不適用於 --matrix attitudes：態度是整份職能基準共用的一張表',
  'cli.export.nothing': '請指定要匯出的職能基準，或加上 --all',
  'cli.export.history-only': '{ref} 僅見於版本表：目錄中沒有它的內容，無法產生矩陣',
  'cli.export.empty': '目錄中沒有可匯出內容的職能基準',
  'cli.import.repaired': (p: Params) => `已修正 ${String(p.at)}（${String(p.kind)}）${p.change ? `：${String(p.change)}` : ''}${p.note ? `。${String(p.note)}` : ''}`,
} satisfies Catalogue;
