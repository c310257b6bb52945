import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { InputError } from '../model/errors.js';
import { officeXmlOf } from './office.js';

const idOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).msg?.id;
  }
  return 'no error';
};

describe('office documents', () => {
  it('finds the body part of a DOCX and of an ODT', () => {
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
    expect(officeXmlOf(docx, 'x.docx')).toEqual({ kind: 'docx', xml: '<w:document/>', part: 'word/document.xml' });
    const odt = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<office:document-content/>') });
    expect(officeXmlOf(odt, 'x.odt').kind).toBe('odt');
  });

  it('refuses a DOCTYPE or entity declaration (external entities, billion laughs)', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><office:document-content>&x;</office:document-content>';
    const odt = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8(xxe) });
    expect(idOf(() => officeXmlOf(odt, 'x.odt'))).toBe('document.doctype');
  });

  it('refuses a zip that is neither, a spreadsheet, and a part that is not UTF-8', () => {
    expect(idOf(() => officeXmlOf(zipSync({ 'a.txt': strToU8('x') }), 'x.docx'))).toBe('document.notOffice');
    const ods = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<x/>') });
    expect(idOf(() => officeXmlOf(ods, 'x.ods'))).toBe('document.notText');
    const latin1 = zipSync({ 'word/document.xml': new Uint8Array([0x3c, 0xe9, 0xff, 0x3e]) });
    expect(idOf(() => officeXmlOf(latin1, 'x.docx'))).toBe('document.notUtf8');
  });
});
