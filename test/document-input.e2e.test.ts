// End-to-end: `compstd import` of DOCX/ODT files that are not a standard or not safe to read, and
// the export's own refusals (no LibreOffice needed: document.e2e.test.ts has the round trips).
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compstd } from './helpers.js';

describe('documents that are not a standard, or not safe to read', () => {
  const bad = mkdtempSync(join(tmpdir(), 'compstd-document-bad-'));
  const write = (name: string, bytes: Uint8Array) => {
    writeFileSync(join(bad, name), bytes);
    return join(bad, name);
  };
  /** An archive cut short: its end-of-central-directory record lost. */
  const cut = (bytes: Uint8Array) => bytes.subarray(0, bytes.length - 12);
  const odt = (content: string) => zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8(content) });
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const cases: Array<[string, string, RegExp]> = [
    ['a broken zip', write('broken.docx', cut(zipSync({ 'word/document.xml': strToU8('<w:document/>'.repeat(500)) }))), /zip/],
    ['a zip bomb', write('bomb.docx', zipSync({ 'word/document.xml': new Uint8Array(30 * 1024 * 1024) }, { level: 9 })), /zip bomb|壓縮炸彈/],
    ['an ODT with an external entity', write('xxe.odt', odt(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><office:document-content>&e;</office:document-content>`)), /DOCTYPE/],
    ['a DOCX that is not a standard', write('letter.docx', zipSync({ 'word/document.xml': strToU8(`<w:document ${W}><w:body><w:p><w:r><w:t>Dear reader</w:t></w:r></w:p></w:body></w:document>`) })), /not an iCAP competency standard/],
    ['a text file named .docx', write('text.docx', strToU8('hello')), /DOCX|zip/],
  ];

  it.each(cases)('%s: one clear message, exit 2, nothing written', (_what, file, message) => {
    const out = join(bad, `${basename(file)}.yaml`);
    const r = compstd(['import', file, '-o', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it('exports a history-only version as `show` prints it, and refuses to import it as a standard', () => {
    const file = join(bad, 'v2.docx');
    expect(compstd(['export', 'IIS3512-001v2', '-o', file]).code).toBe(0);
    const r = compstd(['import', file, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/task table/);
  });

  it('a document needs -o and holds one standard', () => {
    expect(compstd(['export', 'IIS3512-001v3', '--format', 'docx']).code).toBe(2);
    const r = compstd(['export', 'IIS3512-001v3', 'IDC3512-002v2', '-o', join(bad, 'two.odt')]);
    expect(r.code).toBe(2);
    expect(existsSync(join(bad, 'two.odt'))).toBe(false);
  });
});
