import { describe, expect, it } from 'vitest';
import { baseOf, formatStandardCode, parseStandardCode, replacedByFromNote } from './code.js';

describe('parseStandardCode', () => {
  it('splits a code into base and version, case-insensitively', () => {
    expect(parseStandardCode('IIS3512-001v3')).toEqual({ base: 'IIS3512-001', version: 3 });
    expect(parseStandardCode('iis3512-001V12')).toEqual({ base: 'IIS3512-001', version: 12 });
    expect(parseStandardCode(' IDC3512-002 ')).toEqual({ base: 'IDC3512-002', version: undefined });
  });
  it('rejects what is not a standard code', () => {
    for (const bad of ['IIS3512', 'IIS3512-01v3', 'II3512-001v3', 'IIS3512-001v', 'standards/IIS3512-001/v3.yaml', '雲端']) {
      expect(parseStandardCode(bad), bad).toBeUndefined();
    }
  });
  it('formats and takes the base of codes', () => {
    expect(formatStandardCode('IIS3512-001', 2)).toBe('IIS3512-001v2');
    expect(baseOf('SET3115-001')).toBe('SET3115-001');
    expect(baseOf('set3115-001v5')).toBe('SET3115-001');
  });
});

describe('replacedByFromNote', () => {
  it('reads the version named by a note of the version table', () => {
    expect(replacedByFromNote('已被《IIS3512-001v3》取代')).toBe('IIS3512-001v3');
    expect(replacedByFromNote('已被 《 SET3115-001v2 》 取代')).toBe('SET3115-001v2');
    expect(replacedByFromNote('略')).toBeUndefined();
  });
});
