import { describe, expect, it } from 'vitest';
import { InputError } from '../../model/errors.js';
import { officeItems, officeText } from './index.js';
import { itemsText } from './items.js';
import { decodeEntities } from './xml.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docx = (body: string) => ({ kind: 'docx' as const, part: 'word/document.xml', xml: `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>` });
const p = (text: string) => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (inner: string, pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr>${inner}</w:tc>`;

const ODF = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"';
const odt = (body: string) => ({ kind: 'odt' as const, part: 'content.xml', xml: `<?xml version="1.0"?><office:document-content ${ODF}><office:body><office:text>${body}</office:text></office:body></office:document-content>` });

describe('DOCX reader', () => {
  it('reads paragraphs, line breaks, tabs, and skips deleted text and field codes', () => {
    const items = officeItems(docx(`${p('雲端支援服務人員職能基準')}<w:p><w:r><w:t>A01</w:t></w:r><w:r><w:tab/><w:t>主動</w:t><w:br/><w:t>積極</w:t></w:r><w:del><w:r><w:delText>刪掉</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText></w:r><w:ins><w:r><w:t>&amp;&lt;&#x4E2D;</w:t></w:r></w:ins></w:p>`), 'x.docx');
    expect(items).toEqual([
      { kind: 'paragraph', text: '雲端支援服務人員職能基準' },
      { kind: 'paragraph', text: 'A01 主動\n積極&<中' },
    ]);
  });

  it('resolves gridSpan, vMerge, gridBefore and the paragraphs of a cell', () => {
    const row1 = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc(p('T1 職責'), '<w:vMerge w:val="restart"/>')}${tc(p('T1.1 任務') + p('第二行'), '<w:gridSpan w:val="2"/>')}${tc(p('2'))}</w:tr>`;
    const row2 = `<w:tr><w:trPr><w:gridBefore w:val="0"/></w:trPr>${tc('<w:p/>', '<w:vMerge/>')}${tc(p('T1.2 任務'))}${tc(p('O1.2.1'))}${tc(p('3'))}</w:tr>`;
    const row3 = `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p('x'))}</w:tr>`;
    const items = officeItems(docx(`<w:tbl><w:tblPr/><w:tblGrid/>${row1}${row2}${row3}</w:tbl>`), 'x.docx');
    expect(items).toEqual([
      { kind: 'row', cells: ['T1 職責', 'T1.1 任務\n第二行', '', '2'] },
      { kind: 'row', cells: ['', 'T1.2 任務', 'O1.2.1', '3'] },
      { kind: 'row', cells: ['', 'x'] },
    ]);
  });

  it('gives one InputError for malformed XML and for a part without a body', () => {
    const idOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        return (e as InputError).msg?.id;
      }
      return 'no error';
    };
    expect(idOf(() => officeItems({ kind: 'docx', part: 'word/document.xml', xml: '<w:document><w:body>' }, 'x.docx'))).toBe('document.badXml');
    expect(idOf(() => officeItems({ kind: 'docx', part: 'word/document.xml', xml: '<other/>' }, 'x.docx'))).toBe('document.noBody');
    expect(idOf(() => officeItems({ kind: 'odt', part: 'content.xml', xml: '<!DOCTYPE x [<!ENTITY a "b">]><x/>' }, 'x.odt'))).toBe('document.doctype');
  });
});

describe('ODT reader', () => {
  it('reads covered cells, header rows, repeats, spaces and line breaks', () => {
    const cell = (t: string, a = '') => `<table:table-cell ${a}><text:p>${t}</text:p></table:table-cell>`;
    const body =
      `<text:h>標題</text:h><text:list><text:list-item><text:p>項目<text:s text:c="2"/>一  二</text:p></text:list-item></text:list>` +
      `<table:table><table:table-column table:number-columns-repeated="4"/><table:table-header-rows><table:table-row>${cell('主要職責')}${cell('工作任務', 'table:number-columns-spanned="2"')}<table:covered-table-cell/>${cell('級別')}</table:table-row></table:table-header-rows>` +
      `<table:table-row>${cell('T1 職責', 'table:number-rows-spanned="2"')}${cell('T1.1<text:line-break/>續')}${cell('')}${cell('2')}</table:table-row>` +
      `<table:table-row><table:covered-table-cell/>${cell('T1.2')}<table:table-cell table:number-columns-repeated="2"/></table:table-row></table:table>`;
    expect(officeItems(odt(body), 'x.odt')).toEqual([
      { kind: 'paragraph', text: '標題' },
      { kind: 'paragraph', text: '項目  一 二' },
      { kind: 'row', cells: ['主要職責', '工作任務', '', '級別'] },
      { kind: 'row', cells: ['T1 職責', 'T1.1\n續', '', '2'] },
      { kind: 'row', cells: ['', 'T1.2', '', ''] },
    ]);
  });
});

describe('items as the text importer reads them', () => {
  it('one line per paragraph or row, cells on one line, a leading quote quoted', () => {
    const text = itemsText([
      { kind: 'paragraph', text: 'a\tb\nc' },
      { kind: 'row', cells: ['職能內涵 (A=attitude 態度)'] },
      { kind: 'row', cells: ['K01 甲\nK02 乙', '"引號"', ''] },
    ]);
    expect(text).toBe('a b c\n職能內涵 (A=attitude 態度)\nK01 甲 K02 乙\t"""引號"""\t\n');
    expect(officeText(odt('<text:p>x</text:p>'), 'x.odt')).toBe('x\n');
  });

  it('decodes XML entities and character references only', () => {
    expect(decodeEntities('&lt;&amp;&#20013;&#x6587;&unknown;')).toBe('<&中文&unknown;');
  });
});
