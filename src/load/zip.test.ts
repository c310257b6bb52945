import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { InputError } from '../model/errors.js';
import { readZipEntry, zipEntries, ZIP_LIMITS } from './zip.js';

const zip = (files: Record<string, Uint8Array>) => zipSync(files, { level: 9 });
const idOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).msg?.id;
  }
  return 'no error';
};

describe('zip reading, bounded', () => {
  it('lists the entries and inflates one', () => {
    const bytes = zip({ 'a.txt': strToU8('hello 職能基準'), 'b/c.xml': strToU8('<x/>'.repeat(1000)) });
    const entries = zipEntries(bytes, 'x.zip');
    expect(entries.map((e) => e.name)).toEqual(['a.txt', 'b/c.xml']);
    expect(new TextDecoder().decode(readZipEntry(bytes, entries[0]!, 'x.zip'))).toBe('hello 職能基準');
    expect(readZipEntry(bytes, entries[1]!, 'x.zip').length).toBe(4000);
  });

  it('refuses what is not a zip, and a zip cut short', () => {
    expect(idOf(() => zipEntries(strToU8('plain text, not a zip'), 'x.docx'))).toBe('document.notZip');
    const bytes = zip({ 'a.txt': strToU8('x'.repeat(5000)) });
    expect(idOf(() => zipEntries(bytes.subarray(0, bytes.length - 30), 'x.docx'))).toMatch(/^document\.brokenZip\./);
  });

  it('refuses too many entries, too much declared size, and a high ratio', () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 30; i++) many[`f${i}`] = strToU8('x');
    expect(idOf(() => zipEntries(zip(many), 'x.docx', { ...ZIP_LIMITS, maxEntries: 20 }))).toMatch(/^document\.zipBomb\./);
    const zeros = zip({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024) });
    expect(zeros.length).toBeLessThan(64 * 1024);
    expect(idOf(() => zipEntries(zeros, 'x.docx'))).toMatch(/^document\.zipBomb\./);
    expect(idOf(() => zipEntries(zeros, 'x.docx', { ...ZIP_LIMITS, maxRatio: 100_000, maxTotalBytes: 1024 * 1024 }))).toMatch(/^document\.zipBomb\./);
  });

  it('stops inflating an entry whose header declares less than it holds', () => {
    const bytes = zip({ 'content.xml': new Uint8Array(3 * 1024 * 1024).fill(65) });
    const entries = zipEntries(bytes, 'x.odt', { ...ZIP_LIMITS, maxRatio: 100_000 });
    // A lying header: 1000 bytes declared.
    const lying = { ...entries[0]!, size: 1000 };
    expect(idOf(() => readZipEntry(bytes, lying, 'x.odt'))).toMatch(/^document\.zipBomb\./);
    expect(readZipEntry(bytes, entries[0]!, 'x.odt').length).toBe(3 * 1024 * 1024);
  });

  it('refuses encrypted entries and a damaged stream', () => {
    const bytes = zip({ 'content.xml': strToU8('<a>'.repeat(2000)) });
    const [entry] = zipEntries(bytes, 'x.odt');
    expect(idOf(() => readZipEntry(bytes, { ...entry!, flags: 1 }, 'x.odt'))).toMatch(/^document\.brokenZip\./);
    const damaged = bytes.slice();
    const start = entry!.localOffset + 30 + 'content.xml'.length;
    damaged.fill(0xff, start, start + 8);
    expect(idOf(() => readZipEntry(damaged, entry!, 'x.odt'))).toMatch(/^document\.(brokenZip|zipBomb)\./);
  });
});
