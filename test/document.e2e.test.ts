// End-to-end: the official document (DOCX, ODT) on the built bin, checked with a real office
// suite. LibreOffice headless re-saves each exported document as DOCX and as ODT (as an author's
// edited file comes back) and prints it to PDF; poppler's pdftotext reads the PDF. The conversions
// are batched (one soffice call per conversion, every standard at once) and run once.
// Needs `libreoffice-writer-nogui`, `fonts-noto-cjk` and `poppler-utils` (.ci/run installs them):
// without them the tests fail, saying so.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentLayout, PAGE, tableGrid, type DocTable } from '../src/formatters/document/layout.js';
import type { Standard } from '../src/model/schema.js';
import { compstd, FIXTURES, ROOT } from './helpers.js';

const INSTALL = 'apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk poppler-utils';

/** Every bundled standard and every real standard of the fixtures (old numbering included). */
const SOURCES = [
  ...readdirSync(`${ROOT}standards`).flatMap((d) => readdirSync(`${ROOT}standards/${d}`).map((f) => `${ROOT}standards/${d}/${f}`)),
  ...readdirSync(`${FIXTURES}real`).flatMap((d) => readdirSync(`${FIXTURES}real/${d}`).map((f) => `${FIXTURES}real/${d}/${f}`)),
].filter((f) => f.endsWith('.yaml'));

const standardOf = (path: string) => load(readFileSync(path, 'utf8')) as Standard;
const withoutRepairs = (s: Standard): Standard => {
  const copy = { ...s };
  delete copy.repairs;
  return copy;
};

function tool(cmd: string, args: string[], timeout = 240_000): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`${cmd} is needed by this test and could not be run (${r.error.message}): install it with \`${INSTALL}\` (.ci/run does)`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

const dir = mkdtempSync(join(tmpdir(), 'compstd-document-'));
const at = (...parts: string[]) => join(dir, ...parts);
const codes = SOURCES.map((f) => standardOf(f).code);

/** One soffice call converting every file of `from` (by extension) into `outdir`. */
function soffice(to: string, from: string, ext: 'docx' | 'odt', outdir: string): void {
  const files = readdirSync(at(from)).filter((f) => f.endsWith(`.${ext}`)).map((f) => at(from, f));
  // A private profile per run: never the user's, never shared with another run.
  tool('soffice', [`-env:UserInstallation=file://${at('profile')}`, '--headless', '--convert-to', to, '--outdir', at(outdir), ...files]);
}

function importJson(file: string): { code: number | null; standard?: Standard; stderr: string } {
  const r = compstd(['import', file, '--format', 'json', '--report', 'json']);
  return { code: r.code, stderr: r.stderr, ...(r.code === 0 ? { standard: JSON.parse(r.stdout) as Standard } : {}) };
}

beforeAll(() => {
  tool('soffice', ['--version'], 60_000);
  tool('pdftotext', ['-v'], 10_000);
  mkdirSync(at('export'));
  for (const [i, src] of SOURCES.entries()) {
    for (const ext of ['docx', 'odt']) {
      const r = compstd(['export', src, '-o', at('export', `${codes[i]}.${ext}`)]);
      if (r.code !== 0) throw new Error(`export ${src} as ${ext}: ${r.stderr}`);
    }
  }
  // Re-saved by LibreOffice: DOCX → DOCX and ODT, ODT → ODT and DOCX; both printed to PDF.
  soffice('docx:MS Word 2007 XML', 'export', 'docx', 'docx-docx');
  soffice('odt', 'export', 'docx', 'docx-odt');
  soffice('odt', 'export', 'odt', 'odt-odt');
  soffice('docx:MS Word 2007 XML', 'export', 'odt', 'odt-docx');
  soffice('pdf', 'export', 'docx', 'pdf-docx');
  soffice('pdf', 'export', 'odt', 'pdf-odt');
}, 600_000);

describe('export → import of the official document', () => {
  it.each(SOURCES.map((s, i) => [codes[i]!, s]))('%s: the DOCX and the ODT import to the same standard', (code, src) => {
    const want = withoutRepairs(standardOf(src));
    for (const ext of ['docx', 'odt']) {
      const got = importJson(at('export', `${code}.${ext}`));
      expect(got.code, got.stderr).toBe(0);
      expect(withoutRepairs(got.standard!)).toEqual(want);
    }
  });

  it.each(SOURCES.map((s, i) => [codes[i]!, s]))('%s: re-saved by LibreOffice as DOCX and as ODT, it imports to the same standard', (code, src) => {
    const want = withoutRepairs(standardOf(src));
    for (const [sub, ext] of [['docx-docx', 'docx'], ['docx-odt', 'odt'], ['odt-odt', 'odt'], ['odt-docx', 'docx']] as const) {
      const file = at(sub, `${code}.${ext}`);
      expect(existsSync(file), `LibreOffice wrote ${sub}/${code}.${ext}`).toBe(true);
      const got = importJson(file);
      expect(got.code, `${sub}: ${got.stderr}`).toBe(0);
      expect(withoutRepairs(got.standard!), sub).toEqual(want);
    }
  });

  it('the imported document is the bundled file itself, byte for byte (IIS3512-001v3)', () => {
    const r = compstd(['import', at('docx-docx', 'IIS3512-001v3.docx')]);
    expect(r.code).toBe(0);
    // The file differs from the bundled one only by its comment line (layout) and the repairs list.
    const strip = (t: string) => t.replace(/^# .*\n/gm, '').replace(/^repairs:[^]*$/m, '');
    expect(strip(r.stdout)).toBe(strip(readFileSync(`${ROOT}standards/IIS3512-001/v3.yaml`, 'utf8')));
  });
});

/**
 * The text of a PDF, whitespace removed, as a whole and cut into the columns of the document's
 * tables (so that text wrapped inside a cell reads in one piece): one pdftotext call per PDF,
 * its words' boxes sorted per column into reading order.
 */
function pdfTexts(pdf: string, tables: DocTable[]): string[] {
  const html = tool('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-']);
  const words: Array<{ page: number; x0: number; x1: number; y: number; t: string }> = [];
  html.split('<page ').slice(1).forEach((page, p) => {
    for (const m of page.matchAll(/<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)<\/word>/g)) {
      const t = m[4]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
      words.push({ page: p, x0: Number(m[1]), x1: Number(m[3]), y: Number(m[2]), t });
    }
  });
  const pt = (mm: number) => (mm * 72) / 25.4;
  const ranges = new Set<string>();
  for (const t of tables) {
    const edges: number[] = [PAGE.margin];
    for (const w of t.widths) edges.push(edges.at(-1)! + w);
    for (const row of tableGrid(t)) {
      row.forEach((slot, i) => {
        if (!('cell' in slot)) return;
        ranges.add(`${pt(edges[i]!) - 1},${pt(edges[Math.min(i + (slot.cell.colSpan ?? 1), t.widths.length)]!) + 1}`);
      });
    }
  }
  const column = (a: number, b: number) =>
    words
      .filter((w) => w.x0 >= a && w.x1 <= b)
      .sort((u, v) => u.page - v.page || Math.round(u.y - v.y) || u.x0 - v.x0)
      .map((w) => w.t)
      .join('');
  const whole = tool('pdftotext', ['-enc', 'UTF-8', pdf, '-']).replace(/\s+/g, '');
  return [whole, ...[...ranges].map((r) => column(...(r.split(',').map(Number) as [number, number])))];
}

/** Every text and code a standard holds. */
function stringsOf(s: Standard): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!['repairs', 'nameKind', 'status', 'date', 'source'].includes(k)) walk(x, k); // `source` says what the file is; it is not printed
  };
  walk(s, '');
  return out.filter((t) => t.trim() !== '');
}

describe('the document printed to PDF by LibreOffice', () => {
  it.each(SOURCES.map((s, i) => [codes[i]!, s]))('%s: every text and code of the standard is in the PDF, on landscape A4, in Noto Sans CJK', (code, src) => {
    const standard = standardOf(src);
    const tables = documentLayout({ kind: 'published', base: code.replace(/v[0-9]+$/, ''), version: standard.version, file: src, standard }).blocks.filter(
      (b): b is DocTable => b.kind === 'table',
    );
    for (const sub of ['pdf-docx', 'pdf-odt']) {
      const pdf = at(sub, `${code}.pdf`);
      const texts = pdfTexts(pdf, tables);
      const missing = stringsOf(standard).filter((t) => !texts.some((h) => h.includes(t.replace(/\s+/g, ''))));
      expect(missing, sub).toEqual([]);
      const info = tool('pdfinfo', [pdf]);
      expect(info, sub).toMatch(/Page size:\s+841\.[0-9]+ x 595\.[0-9]+ pts \(A4\)/);
      expect(tool('pdffonts', [pdf]), sub).toMatch(/NotoSansCJK/);
      // The task table's head is repeated on every page that holds its rows.
      const pages = tool('pdftotext', ['-enc', 'UTF-8', pdf, '-']).split('\f');
      const taskPages = pages.filter((p) => /\bP[0-9]+\.[0-9]/.test(p));
      expect(taskPages.length, sub).toBeGreaterThan(0);
      for (const p of taskPages) expect(p.replace(/\s+/g, ''), sub).toContain('主要職責');
    }
  });
});
