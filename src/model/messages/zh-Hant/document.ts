/** The document messages in Traditional Chinese. Ids: `document.<what>`; the same ids as in ../en/document.ts. */
import type { Catalogue } from '../../i18n.js';

export const DOCUMENT_ZH = {
  'document.notZip': '{file}：不是 DOCX 或 ODT 文件（檔案開頭不是 zip 壓縮檔）',
  'document.brokenZip': '{file}：zip 壓縮檔已損壞，無法讀取：{why}',
  'document.tooLarge': '{file}：檔案有 {bytes} 位元組，超過上限 {max}；職能基準文件遠小於此',
  'document.zipBomb': '{file}：拒絕讀取疑似壓縮炸彈（zip bomb）的檔案：{why}',
  'document.notOffice': '{file}：是 zip 壓縮檔，但既非 DOCX（缺 word/document.xml）也非 ODT（缺 content.xml）',
  'document.notText': '{file}：是 OpenDocument 但不是文字文件（mimetype 為 {type}）',
  'document.badXml': '{file}：{part} 不是正確的 XML：{why}',
  'document.doctype': '{file}：{part} 宣告了 DOCTYPE 或實體（entity）；為安全起見不予讀取（DOCX 與 ODT 從不需要）',
  'document.noBody': '{file}：{part} 沒有文件本文',
  'document.oneStandard': ({ count }) => `DOCX／ODT 一份文件只放一個職能基準，這裡有 ${String(count)} 個：請一次匯出一個`,
  'document.needOutput': 'DOCX／ODT 是二進位檔案：請用 -o 指定輸出檔',
} satisfies Catalogue;
