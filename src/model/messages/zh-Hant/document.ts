/** The document messages in Traditional Chinese. Ids: `document.<what>`; the same ids as in ../en/document.ts. */
import type { Catalogue } from '../../i18n.js';

export const DOCUMENT_ZH = {
  'document.notZip': '{file}：不是 DOCX 或 ODT 文件（檔案開頭不是 zip 壓縮檔）',
  'document.brokenZip.noEnd': '{file}：zip 壓縮檔已損壞：找不到結尾的中央目錄（檔案被截斷？）',
  'document.brokenZip.zip64': '{file}：不讀取 ZIP64 壓縮檔（DOCX 與 ODT 用不到）',
  'document.brokenZip.directory': '{file}：zip 壓縮檔已損壞：中央目錄有誤',
  'document.brokenZip.entry': '{file}：zip 壓縮檔已損壞：{entry} 的資料有誤或被截斷',
  'document.brokenZip.encrypted': '{file}：{entry} 已加密，無法讀取',
  'document.brokenZip.method': '{file}：{entry} 使用壓縮方法 {method}（只讀取 stored 與 deflate）',
  'document.brokenZip.inflate': '{file}：zip 壓縮檔已損壞：{entry} 無法解壓縮',
  'document.brokenZip.size': '{file}：zip 壓縮檔已損壞：{entry} 解壓後 {got} 位元組，標頭宣告 {want}',
  'document.zipBomb.entries': '{file}：拒絕讀取疑似壓縮炸彈（zip bomb）的檔案：有 {count} 個項目（上限 {max}）',
  'document.zipBomb.total': '{file}：拒絕讀取疑似壓縮炸彈（zip bomb）的檔案：解壓後超過 {max} 位元組',
  'document.zipBomb.ratio': '{file}：拒絕讀取疑似壓縮炸彈（zip bomb）的檔案：{entry} 壓縮比 {ratio} 比 1（上限 {max} 比 1）',
  'document.zipBomb.entry': '{file}：拒絕讀取疑似壓縮炸彈（zip bomb）的檔案：{entry} 解壓後 {size} 位元組（上限 {max}）',
  'document.zipBomb.inflate': '{file}：拒絕讀取疑似壓縮炸彈（zip bomb）的檔案：{entry} 解壓後超過標頭宣告的 {size} 位元組',
  'document.tooLarge': '{file}：檔案有 {bytes} 位元組，超過上限 {max}；職能基準文件遠小於此',
  'document.notOffice': '{file}：是 zip 壓縮檔，但既非 DOCX（缺 word/document.xml）也非 ODT（缺 content.xml）',
  'document.notText': '{file}：是 OpenDocument 但不是文字文件（mimetype 為 {type}）',
  'document.badXml': '{file}：{part} 不是正確的 XML：{why}',
  'document.notUtf8': '{file}：{part} 不是 UTF-8 編碼的文字',
  'document.doctype': '{file}：{part} 宣告了 DOCTYPE 或實體（entity）；為安全起見不予讀取（DOCX 與 ODT 從不需要）',
  'document.noBody': '{file}：{part} 沒有文件本文',
  'document.oneStandard': ({ count }) => `DOCX／ODT 一份文件只放一個職能基準，這裡有 ${String(count)} 個：請一次匯出一個`,
  'document.needOutput': 'DOCX／ODT 是二進位檔案：請用 -o 指定輸出檔',
} satisfies Catalogue;
