/** The repo messages in Traditional Chinese. Ids: `repo.<what>`; the same ids as in ../en/repo.ts. */
import type { Catalogue, Params } from '../../i18n.js';

const how = (p: Params): string => {
  switch (p.how) {
    case 'flag':
      return '由 --catalog 指定';
    case 'env':
      return '由 COMPSTD_CATALOG 指定';
    case 'config':
      return `由 ${String(p.config)} 指定`;
    case 'standards-folder':
      return '從目前資料夾往上找到的 standards/ 資料夾';
    default:
      return '從目前資料夾往上找不到 .compstd.yaml 或 standards/ 資料夾';
  }
};

export const REPO_ZH = {
  'repo.catalogue': (p) =>
    p.how === 'bundled'
      ? `基準目錄：內附的職能基準（${how(p)}）`
      : `基準目錄：${String(p.root)}（${how(p)}）${p.reference !== undefined ? '；其後為內附的職能基準，僅供參照' : ''}`,
  'repo.catalogMissing': (p) => `基準目錄資料夾 ${String(p.path)} 不存在（${p.how === 'env' ? 'COMPSTD_CATALOG' : '--catalog'}）`,
  'repo.config.notMapping': '{file}：應為含 {keys} 等鍵的對應表',
  'repo.config.unknownKey': '{file}：不認得的鍵「{key}」（可用：{keys}）',
  'repo.config.catalogType': '{file}：catalog 應為相對於此檔的資料夾，例如 catalog: standards',
  'repo.config.catalogOutside': '{file}：catalog {path} 必須是此檔所在資料夾之內的資料夾',
  'repo.config.catalogMissing': '{file}：基準目錄資料夾 {path} 不存在（compstd init 會建立它）',
  'repo.config.reference': '{file}：reference 應為 bundled 或 none，而非 {value}',
  'repo.init.wrote': '已寫入 {path}',
  'repo.init.made': '已建立 {path}/',
  'repo.init.kept': '保留 {path}（已存在）',
  'repo.init.differs': '保留 {path}：與 compstd {version} 所附的不同；刪除它再執行 compstd init 即可更新',
  'repo.init.done': (p) =>
    `compstd init：在 ${String(p.dir)} 寫入 ${String(p.wrote)} 個、保留 ${String(p.kept)} 個。下一步：compstd import 文件.txt --into ${String(p.catalog)}，再 compstd validate`,
  'repo.init.notFolder': '{path} 不是資料夾',
  'repo.init.badSource': '--from {spec}：應為 npm install 可接受的來源（compstd@0.1.0、git 網址或 tarball）',
  'repo.init.unsafe': '{path} 會經由符號連結寫到資料夾之外：未寫入',
  'repo.modeline.noSchema': '在 {path} 以上找不到 schemas/standard.schema.json：其 modeline 指向 compstd 的安裝位置（compstd init 會把 schema 複製進儲存庫）',
} satisfies Catalogue;
