import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  FONT,
  FONT_SIZE,
  FOOTER,
  PAGE,
  TEXT_WIDTH,
  TITLE_SIZE,
  tableGrid
} from "./chunk-3CJMEEXO.js";
import {
  xmlEscape
} from "./chunk-WWV6XLBU.js";
import {
  strToU8,
  zipSync
} from "./chunk-OVHRWHYG.js";
import "./chunk-NQCPKRAQ.js";
import "./chunk-MDKOZTUU.js";
import "./chunk-4P5I3Q76.js";
import "./chunk-5BHPBIFA.js";
import "./chunk-XYDU2MH7.js";

// src/formatters/document/odt.ts
var NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
].join(" "), esc = xmlEscape;
function odfText(text) {
  return esc(text).replace(/\t/g, "<text:tab/>").replace(/\n/g, "<text:line-break/>").replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`).replace(/^ /, "<text:s/>");
}
var PARAGRAPH_STYLE = {
  title: "Title",
  subtitle: "Subtitle",
  heading: "Heading",
  label: "Label",
  body: "Standard",
  item: "Item",
  notice: "Notice"
}, TEXT = (size, bold = !1, italic = !1) => `<style:text-properties style:font-name="${esc(FONT)}" style:font-name-asian="${esc(FONT)}" style:font-name-complex="${esc(FONT)}" fo:font-size="${size}pt" style:font-size-asian="${size}pt" style:font-size-complex="${size}pt"` + (bold ? ' fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"' : "") + (italic ? ' fo:font-style="italic" style:font-style-asian="italic"' : "") + ' fo:language="zh" fo:country="TW" style:language-asian="zh" style:country-asian="TW"/>';
function stylesXml() {
  let para = (name, props, text) => `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties ${props}/>${text}</style:style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${NS} office:version="1.3">
<office:font-face-decls><style:font-face style:name="${esc(FONT)}" svg:font-family="&apos;${esc(FONT)}&apos;" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2"/>${TEXT(FONT_SIZE)}</style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text">${TEXT(FONT_SIZE)}</style:style>
${para("Title", 'fo:text-align="center" fo:margin-bottom="3.5mm"', TEXT(TITLE_SIZE, !0))}
${para("Subtitle", 'fo:text-align="center" fo:margin-bottom="2mm"', TEXT(FONT_SIZE))}
${para("Heading", 'fo:margin-top="2mm" fo:margin-bottom="1.5mm" fo:keep-with-next="always"', TEXT(FONT_SIZE + 2, !0))}
${para("Label", 'fo:margin-top="1.5mm" fo:keep-with-next="always"', TEXT(FONT_SIZE, !0))}
${para("Item", 'fo:margin-left="6mm"', TEXT(FONT_SIZE))}
${para("Notice", 'fo:margin-top="2mm" fo:margin-bottom="2mm"', TEXT(FONT_SIZE, !1, !0))}
${para("Cell", 'fo:text-align="start"', TEXT(FONT_SIZE))}
${para("CellCenter", 'fo:text-align="center"', TEXT(FONT_SIZE))}
${para("CellHead", 'fo:text-align="center"', TEXT(FONT_SIZE, !0))}
${para("Footer", 'fo:text-align="center"', TEXT(8))}
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
function cellXml(c, rowSpan) {
  let style = c.head ? "CellHeadBox" : "CellBox", pstyle = c.head ? "CellHead" : c.center ? "CellCenter" : "Cell", attrs = [`table:style-name="${style}"`, 'office:value-type="string"'];
  c.colSpan !== void 0 && c.colSpan > 1 && attrs.push(`table:number-columns-spanned="${c.colSpan}"`), rowSpan !== void 0 && rowSpan > 1 && attrs.push(`table:number-rows-spanned="${rowSpan}"`);
  let paras = c.lines.map((l) => `<text:p text:style-name="${pstyle}">${odfText(l)}</text:p>`).join("");
  return `<table:table-cell ${attrs.join(" ")}>${paras}</table:table-cell>`;
}
function tableXml(t, n) {
  let name = `Table${n}`, grid = tableGrid(t), cols = t.widths.map((_, i) => `<table:table-column table:style-name="${name}.C${i}"/>`).join(""), rows = t.rows.map((row, r) => {
    let cells = grid[r].map((slot) => "cell" in slot ? cellXml(slot.cell, slot.cell.rowSpan) : "<table:covered-table-cell/>").join("");
    return { header: row.header === !0, xml: `<table:table-row table:style-name="Row">${cells}</table:table-row>` };
  }), head = rows.filter((r) => r.header), body = rows.filter((r) => !r.header);
  return `<table:table table:name="${name}" table:style-name="${name}">${cols}` + (head.length > 0 ? `<table:table-header-rows>${head.map((r) => r.xml).join("")}</table:table-header-rows>` : "") + body.map((r) => r.xml).join("") + "</table:table>";
}
function tableStyles(t, n) {
  let name = `Table${n}`, width = t.widths.reduce((a, b) => a + b, 0);
  return `<style:style style:name="${name}" style:family="table"><style:table-properties style:width="${Math.min(width, TEXT_WIDTH).toFixed(1)}mm" table:align="left" style:may-break-between-rows="true"/></style:style>` + t.widths.map((w, i) => `<style:style style:name="${name}.C${i}" style:family="table-column"><style:table-column-properties style:column-width="${w.toFixed(1)}mm"/></style:style>`).join("");
}
function contentXml(layout) {
  let n = 0, styles = [
    '<style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>',
    '<style:style style:name="CellBox" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.8mm" style:vertical-align="top"/></style:style>',
    '<style:style style:name="CellHeadBox" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.8mm" style:vertical-align="middle" fo:background-color="#e7e6e6"/></style:style>'
  ], body = layout.blocks.map((b) => b.kind === "paragraph" ? `<text:p text:style-name="${PARAGRAPH_STYLE[b.style]}">${odfText(b.text)}</text:p>` : (n++, styles.push(tableStyles(b, n)), tableXml(b, n)));
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${NS} office:version="1.3">
<office:font-face-decls><style:font-face style:name="${esc(FONT)}" svg:font-family="&apos;${esc(FONT)}&apos;" style:font-family-generic="swiss"/></office:font-face-decls>
<office:automatic-styles>${styles.join("")}</office:automatic-styles>
<office:body><office:text>
${body.join(`
`)}
</office:text></office:body>
</office:document-content>
`;
}
function metaXml(layout) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta ${NS} office:version="1.3"><office:meta><meta:generator>compstd</meta:generator><dc:title>${esc(layout.title)}</dc:title><dc:subject>${esc(layout.code)}</dc:subject><dc:language>zh-TW</dc:language></office:meta></office:document-meta>
`;
}
var MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
`, MTIME = new Date(Date.UTC(2020, 0, 1));
function documentOdt(layout) {
  return zipSync(
    {
      mimetype: [strToU8("application/vnd.oasis.opendocument.text"), { level: 0 }],
      "content.xml": strToU8(contentXml(layout)),
      "styles.xml": strToU8(stylesXml()),
      "meta.xml": strToU8(metaXml(layout)),
      "META-INF/manifest.xml": strToU8(MANIFEST)
    },
    { level: 6, mtime: MTIME }
  );
}
export {
  documentOdt
};
