/** The cli messages in Traditional Chinese. Ids: `cli.<what>`; the same ids as in ../en/cli.ts. */
import type { Catalogue } from '../../i18n.js';

export const CLI_ZH = {
  'cli.unknown-format': '沒有「{format}」這種輸出格式；可用：{allowed}',
  'cli.binary-needs-output': '{format} 是二進位格式：請以 -o 指定要寫入的檔案',
  'cli.wrote': '已寫入 {file}',
  'cli.list.summary': '共 {standards} 項職能基準、{versions} 個版本',
  'cli.list.none': '沒有符合條件的職能基準。',
  'cli.list.history-legend': '— 表示此版本僅見於版本表，目錄中沒有它的內容。',
} satisfies Catalogue;
