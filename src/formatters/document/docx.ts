/**
 * The official document as DOCX, written with the `docx` package: A4 landscape, Noto Sans CJK TC
 * for Latin and East Asian text (language zh-TW), tables of fixed column widths with borders, the
 * head rows of a table repeated on every page (`w:tblHeader`), rows kept whole on a page where
 * they fit (`w:cantSplit`), merged cells as `w:vMerge` / `w:gridSpan`, and the page footer
 * 「第 N 頁，共 M 頁」.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import { FONT, FONT_SIZE, FOOTER, PAGE, TITLE_SIZE, tableGrid, type Block, type Cell, type DocParagraph, type DocTable, type DocumentLayout } from './layout.js';

const font = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT };
const twip = (mm: number) => Math.round(convertMillimetersToTwip(mm));
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

function paragraph(b: DocParagraph): Paragraph {
  switch (b.style) {
    case 'title':
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: b.text, bold: true, size: TITLE_SIZE * 2 })] });
    case 'subtitle':
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: b.text })] });
    case 'heading':
      return new Paragraph({ spacing: { before: 120, after: 80 }, keepNext: true, children: [new TextRun({ text: b.text, bold: true, size: (FONT_SIZE + 2) * 2 })] });
    case 'label':
      return new Paragraph({ spacing: { before: 80 }, keepNext: true, children: [new TextRun({ text: b.text, bold: true })] });
    case 'item':
      return new Paragraph({ indent: { left: twip(6) }, children: [new TextRun({ text: b.text })] });
    case 'notice':
      return new Paragraph({ spacing: { before: 120, after: 120 }, children: [new TextRun({ text: b.text, italics: true })] });
    default:
      return new Paragraph({ children: b.text === '' ? [] : [new TextRun({ text: b.text })] });
  }
}

function table(t: DocTable): Table {
  const columnWidths = t.widths.map(twip);
  const grid = tableGrid(t);
  return new Table({
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders,
    rows: t.rows.map((row, r) => {
      // The column each cell starts at, past the columns covered by cells spanning rows from above.
      const startOf = new Map<Cell, number>();
      grid[r]!.forEach((slot, i) => {
        if ('cell' in slot) startOf.set(slot.cell, i);
      });
      return new TableRow({
        tableHeader: row.header === true,
        cantSplit: true,
        children: row.cells.map((c) => {
          const span = c.colSpan ?? 1;
          const col = startOf.get(c) ?? 0;
          const width = columnWidths.slice(col, col + span).reduce((a, b) => a + b, 0);
          return new TableCell({
            ...(span > 1 ? { columnSpan: span } : {}),
            ...(c.rowSpan !== undefined && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
            width: { size: width, type: WidthType.DXA },
            verticalAlign: c.head ? VerticalAlign.CENTER : VerticalAlign.TOP,
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            ...(c.head ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
            children: c.lines.map(
              (line) =>
                new Paragraph({
                  alignment: c.center ? AlignmentType.CENTER : AlignmentType.LEFT,
                  children: line === '' ? [] : [new TextRun({ text: line, bold: c.head === true })],
                }),
            ),
          });
        }),
      });
    }),
  });
}

function block(b: Block): Paragraph | Table {
  return b.kind === 'paragraph' ? paragraph(b) : table(b);
}

export async function documentDocx(layout: DocumentLayout): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'compstd',
    title: layout.title,
    subject: layout.code,
    styles: {
      default: {
        document: { run: { font, size: FONT_SIZE * 2, language: { value: 'zh-TW', eastAsia: 'zh-TW' } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height for a landscape page.
            size: { width: twip(PAGE.height), height: twip(PAGE.width), orientation: PageOrientation.LANDSCAPE },
            margin: { top: twip(PAGE.margin), bottom: twip(PAGE.margin), left: twip(PAGE.margin), right: twip(PAGE.margin), footer: twip(6) },
          },
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [FOOTER.before, PageNumber.CURRENT, FOOTER.between, PageNumber.TOTAL_PAGES, FOOTER.after], size: 16 })] })],
          }),
        },
        children: layout.blocks.map(block),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
