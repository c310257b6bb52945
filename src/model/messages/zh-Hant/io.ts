/** The io messages in Traditional Chinese. Ids: `io.<what>`; the same ids as in ../en/io.ts. */
import type { Catalogue, Params } from '../../i18n.js';

/** 檔案操作失敗的原因，依 errno 代碼（及 compstd 自己的原因）。 */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: '沒有這個檔案或資料夾',
  ENOTDIR: '路徑中有一段是檔案，不是資料夾',
  EISDIR: '它是資料夾',
  EACCES: '沒有權限',
  EPERM: '不允許這個操作',
  EROFS: '檔案系統是唯讀的',
  ENOSPC: '裝置已無剩餘空間',
  EDQUOT: '超過磁碟配額',
  EFBIG: '檔案對這個檔案系統而言太大',
  ENAMETOOLONG: '名稱太長',
  ELOOP: '符號連結層數太多',
  EEXIST: '已經存在',
  EMFILE: '開啟的檔案太多',
  ENFILE: '開啟的檔案太多',
  EIO: '輸入／輸出錯誤',
  EBUSY: '檔案忙碌中',
  ETXTBSY: '檔案忙碌中',
  EXDEV: '位於另一個檔案系統',
  EINVAL: '參數無效',
  ENXIO: '沒有這個裝置',
  ENODEV: '沒有這個裝置',
  EAGAIN: '輸入尚未就緒（非阻塞）',
  EBADF: '檔案未開啟',
  ECONNRESET: '連線被重設',
  'not-regular': '它不是一般檔案（是裝置、FIFO 或 socket）',
  'too-large': '超過大小上限',
};

const reason = (p: Params): string => {
  const code = String(p.code ?? '');
  const why = REASONS[code] ?? (code !== '' ? `系統錯誤 ${code}` : '未知的錯誤');
  return p.limit !== undefined ? `${why}（至多 ${String(p.limit)} 位元組）` : why;
};

export const IO_ZH = {
  'io.read': (p) => `無法讀取 ${String(p.file)}：${reason(p)}`,
  'io.write': (p) => `無法寫入 ${String(p.file)}：${reason(p)}`,
  'io.stdin': (p) => `無法讀取標準輸入：${reason(p)}`,
  'io.stdout': (p) => `無法寫入標準輸出：${reason(p)}`,
  'io.write.exists': '{file} 已存在：要覆寫請加上 --force',
  'io.write.symlink': '{file} 是符號連結：compstd 不會透過 --into 資料夾內的連結寫入',
  'io.write.not-regular': '{file} 不是一般檔案（是裝置、FIFO 或 socket）：compstd 只寫入一般檔案，請改用標準輸出重新導向',
  'io.path.invalid-code': '文件的代碼「{code}」不是職能基準代碼（3 個英文字母、4 個數字、「-」、3 個數字，例如 IIS3512-001v3）：未寫入任何檔案',
  'io.path.invalid-version': '文件的版本「{version}」不是從 1 起的整數：未寫入任何檔案',
  'io.path.traversal': '名稱「{name}」會離開 {root}（. 或 .. 或路徑分隔符號）：未寫入任何檔案',
  'io.path.absolute': '名稱「{name}」是絕對路徑：未寫入任何檔案',
  'io.path.control': '名稱「{name}」含有 NUL 或其他控制字元：未寫入任何檔案',
  'io.path.too-long': '名稱「{name}」太長（{length} 位元組；至多 {max}）：未寫入任何檔案',
  'io.path.outside': '{path} 不在 {root} 之內：未寫入任何檔案',
  'io.path.not-folder': '{path} 不是資料夾：未寫入任何檔案',
  'io.path.symlink': '{path} 是符號連結：compstd 不會跟隨 {root} 內的連結，未寫入任何檔案',
} satisfies Catalogue;
