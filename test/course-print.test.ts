// The course workbooks as LibreOffice prints them: the coverage workbook and the course template
// of IIS3512-001v3 converted to PDF headless; every text of the sheets is in the PDF's text, and
// the units × codes grid is one page wide (its first and last code columns on the same page as
// the units). Needs `libreoffice-calc-nogui`, `fonts-noto-cjk` and `poppler-utils` (.ci/run
// installs them): without them the test fails, saying so.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { compstd, ROOT } from './helpers.js';

const INSTALL = 'apt-get install -y --no-install-recommends libreoffice-calc-nogui fonts-noto-cjk poppler-utils';
const EXAMPLE = `${ROOT}docs/examples/IIS3512-001v3.course.yaml`;
const dir = mkdtempSync(join(tmpdir(), 'compstd-course-print-'));

function tool(cmd: string, args: string[], timeout = 240_000): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`${cmd} is needed by this test and could not be run (${r.error.message}): install it with \`${INSTALL}\` (.ci/run does)`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

const squash = (s: string) => s.replace(/\s+/g, '');
/** The text of each page of a PDF. */
function pages(pdf: string): string[] {
  const n = Number(/Pages:\s+([0-9]+)/.exec(tool('pdfinfo', [pdf]))?.[1]);
  return Array.from({ length: n }, (_, i) => squash(tool('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'])));
}

beforeAll(() => {
  tool('pdftotext', ['-v'], 10_000);
  const cov = compstd(['coverage', EXAMPLE, '-f', 'xlsx', '-o', join(dir, 'coverage.xlsx')]);
  if (cov.code !== 0) throw new Error(cov.stderr);
  const tpl = compstd(['export', 'IIS3512-001v3', '--format', 'course-template', '-o', join(dir, 'template.xlsx')]);
  if (tpl.code !== 0) throw new Error(tpl.stderr);
  // A private profile: never the user's. Needs Calc (the writer alone can't load a workbook).
  tool('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'coverage.xlsx'), join(dir, 'template.xlsx')]);
}, 300_000);

describe.each(['coverage', 'template'])('%s workbook in LibreOffice', (name) => {
  it('holds every text of its sheets in the PDF', () => {
    const text = pages(join(dir, `${name}.pdf`)).join('');
    const wb = XLSX.read(readFileSync(join(dir, `${name}.xlsx`)));
    const cells = wb.SheetNames.flatMap((s) => XLSX.utils.sheet_to_json<string[]>(wb.Sheets[s]!, { header: 1, defval: '' }).flat()).map((c) => squash(String(c))).filter((c) => c !== '');
    expect(cells.length).toBeGreaterThan(50);
    for (const c of cells) expect(text, c).toContain(c);
  });

  it('prints the units × codes grid one page wide', () => {
    const all = pages(join(dir, `${name}.pdf`));
    // The grid's sheet is the one headed 單元代號 (the summary says 代碼, the information sheet neither).
    const grid = all.filter((p) => p.includes('單元代號'));
    expect(grid).toHaveLength(1);
    for (const code of ['T1.1', 'K01', 'S09', 'A06', 'U1']) expect(grid[0]).toContain(code);
  });
});
