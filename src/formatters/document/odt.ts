/**
 * The official document as ODT: the ODF XML (content, styles, meta, manifest) written here and
 * zipped with fflate (the `mimetype` entry first and stored, as ODF requires). A4 landscape,
 * Noto Sans CJK TC as Western and Asian font (language zh-TW), head rows in
 * `table:table-header-rows` (repeated on every page), rows kept together (`fo:keep-together`),
 * merged cells as `table:number-rows-spanned` / `number-columns-spanned` with
 * `table:covered-table-cell`s, and the footer 「第 N 頁，共 M 頁」.
 */
import { strToU8, zipSync } from 'fflate';
import { FONT, FONT_SIZE, FOOTER, PAGE, TITLE_SIZE, tableGrid, TEXT_WIDTH, type Block, type Cell, type DocTable, type DocumentLayout, type ParagraphStyle } from './layout.js';
import { xmlEscape } from '../encode/xml.js';

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
].join(' ');

const esc = xmlEscape;

/** Text of a paragraph: ODF collapses runs of spaces, so the second and later are `text:s`. */
function odfText(text: string): string {
  return esc(text)
    .replace(/\t/g, '<text:tab/>')
    .replace(/\n/g, '<text:line-break/>')
    .replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`)
    .replace(/^ /, '<text:s/>');
}

const PARAGRAPH_STYLE: Record<ParagraphStyle, string> = {
  title: 'Title',
  subtitle: 'Subtitle',
  heading: 'Heading',
  label: 'Label',
  body: 'Standard',
  item: 'Item',
  notice: 'Notice',
};

const TEXT = (size: number, bold = false, italic = false) =>
  `<style:text-properties style:font-name="${esc(FONT)}" style:font-name-asian="${esc(FONT)}" style:font-name-complex="${esc(FONT)}" fo:font-size="${size}pt" style:font-size-asian="${size}pt" style:font-size-complex="${size}pt"` +
  (bold ? ' fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"' : '') +
  (italic ? ' fo:font-style="italic" style:font-style-asian="italic"' : '') +
  ' fo:language="zh" fo:country="TW" style:language-asian="zh" style:country-asian="TW"/>';

function stylesXml(): string {
  const para = (name: string, props: string, text: string) => `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties ${props}/>${text}</style:style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${NS} office:version="1.3">
<office:font-face-decls><style:font-face style:name="${esc(FONT)}" svg:font-family="&apos;${esc(FONT)}&apos;" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2"/>${TEXT(FONT_SIZE)}</style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text">${TEXT(FONT_SIZE)}</style:style>
${para('Title', 'fo:text-align="center" fo:margin-bottom="3.5mm"', TEXT(TITLE_SIZE, true))}
${para('Subtitle', 'fo:text-align="center" fo:margin-bottom="2mm"', TEXT(FONT_SIZE))}
${para('Heading', 'fo:margin-top="2mm" fo:margin-bottom="1.5mm" fo:keep-with-next="always"', TEXT(FONT_SIZE + 2, true))}
${para('Label', 'fo:margin-top="1.5mm" fo:keep-with-next="always"', TEXT(FONT_SIZE, true))}
${para('Item', 'fo:margin-left="6mm"', TEXT(FONT_SIZE))}
${para('Notice', 'fo:margin-top="2mm" fo:margin-bottom="2mm"', TEXT(FONT_SIZE, false, true))}
${para('Cell', 'fo:text-align="start"', TEXT(FONT_SIZE))}
${para('CellCenter', 'fo:text-align="center"', TEXT(FONT_SIZE))}
${para('CellHead', 'fo:text-align="center"', TEXT(FONT_SIZE, true))}
${para('Footer', 'fo:text-align="center"', TEXT(8))}
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="${PAGE.width}mm" fo:page-height="${PAGE.height}mm" style:print-orientation="landscape" fo:margin-top="${PAGE.margin}mm" fo:margin-bottom="${PAGE.margin - 6}mm" fo:margin-left="${PAGE.margin}mm" fo:margin-right="${PAGE.margin}mm"/><style:footer-style><style:header-footer-properties fo:min-height="0mm" fo:margin-top="2mm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Footer">${esc(FOOTER.before)}<text:page-number text:select-page="current">1</text:page-number>${esc(FOOTER.between)}<text:page-count>1</text:page-count>${esc(FOOTER.after)}</text:p></style:footer></style:master-page>
</office:master-styles>
</office:document-styles>
`;
}

function cellXml(c: Cell, rowSpan: number | undefined): string {
  const style = c.head ? 'CellHeadBox' : 'CellBox';
  const pstyle = c.head ? 'CellHead' : c.center ? 'CellCenter' : 'Cell';
  const attrs = [`table:style-name="${style}"`, 'office:value-type="string"'];
  if (c.colSpan !== undefined && c.colSpan > 1) attrs.push(`table:number-columns-spanned="${c.colSpan}"`);
  if (rowSpan !== undefined && rowSpan > 1) attrs.push(`table:number-rows-spanned="${rowSpan}"`);
  const paras = c.lines.map((l) => `<text:p text:style-name="${pstyle}">${odfText(l)}</text:p>`).join('');
  return `<table:table-cell ${attrs.join(' ')}>${paras}</table:table-cell>`;
}

function tableXml(t: DocTable, n: number): string {
  const name = `Table${n}`;
  const grid = tableGrid(t);
  const cols = t.widths.map((_, i) => `<table:table-column table:style-name="${name}.C${i}"/>`).join('');
  const rows = t.rows.map((row, r) => {
    const cells = grid[r]!.map((slot) => ('cell' in slot ? cellXml(slot.cell, slot.cell.rowSpan) : '<table:covered-table-cell/>')).join('');
    return { header: row.header === true, xml: `<table:table-row table:style-name="Row">${cells}</table:table-row>` };
  });
  const head = rows.filter((r) => r.header);
  const body = rows.filter((r) => !r.header);
  return (
    `<table:table table:name="${name}" table:style-name="${name}">${cols}` +
    (head.length > 0 ? `<table:table-header-rows>${head.map((r) => r.xml).join('')}</table:table-header-rows>` : '') +
    body.map((r) => r.xml).join('') +
    '</table:table>'
  );
}

function tableStyles(t: DocTable, n: number): string {
  const name = `Table${n}`;
  const width = t.widths.reduce((a, b) => a + b, 0);
  return (
    `<style:style style:name="${name}" style:family="table"><style:table-properties style:width="${Math.min(width, TEXT_WIDTH).toFixed(1)}mm" table:align="left" style:may-break-between-rows="true"/></style:style>` +
    t.widths.map((w, i) => `<style:style style:name="${name}.C${i}" style:family="table-column"><style:table-column-properties style:column-width="${w.toFixed(1)}mm"/></style:style>`).join('')
  );
}

function contentXml(layout: DocumentLayout): string {
  let n = 0;
  const styles: string[] = [
    '<style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>',
    '<style:style style:name="CellBox" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.8mm" style:vertical-align="top"/></style:style>',
    '<style:style style:name="CellHeadBox" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.8mm" style:vertical-align="middle" fo:background-color="#e7e6e6"/></style:style>',
  ];
  const body = layout.blocks.map((b: Block) => {
    if (b.kind === 'paragraph') return `<text:p text:style-name="${PARAGRAPH_STYLE[b.style]}">${odfText(b.text)}</text:p>`;
    n++;
    styles.push(tableStyles(b, n));
    return tableXml(b, n);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${NS} office:version="1.3">
<office:font-face-decls><style:font-face style:name="${esc(FONT)}" svg:font-family="&apos;${esc(FONT)}&apos;" style:font-family-generic="swiss"/></office:font-face-decls>
<office:automatic-styles>${styles.join('')}</office:automatic-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body>
</office:document-content>
`;
}

function metaXml(layout: DocumentLayout): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta ${NS} office:version="1.3"><office:meta><meta:generator>compstd</meta:generator><dc:title>${esc(layout.title)}</dc:title><dc:subject>${esc(layout.code)}</dc:subject><dc:language>zh-TW</dc:language></office:meta></office:document-meta>
`;
}

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
`;

/** A fixed time in the archive, so that the same standard gives the same bytes. */
const MTIME = new Date(Date.UTC(2020, 0, 1));

export function documentOdt(layout: DocumentLayout): Uint8Array {
  return zipSync(
    {
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8(contentXml(layout)),
      'styles.xml': strToU8(stylesXml()),
      'meta.xml': strToU8(metaXml(layout)),
      'META-INF/manifest.xml': strToU8(MANIFEST),
    },
    { level: 6, mtime: MTIME },
  );
}
