import { describe, expect, it } from 'vitest';
import { bytesKey, nameKey, uniqueName } from './name-key.js';

describe('nameKey', () => {
  it('is FNV-1a (its first half the published 32-bit vectors), 16 hex digits, the same for the same text', () => {
    // FNV-1a 32-bit: "" → 811c9dc5, "a" → e40c292c, "foobar" → bf9cf968 (the FNV reference values).
    expect(nameKey('').slice(0, 8)).toBe('811c9dc5');
    expect(nameKey('a').slice(0, 8)).toBe('e40c292c');
    expect(nameKey('foobar').slice(0, 8)).toBe('bf9cf968');
    expect(nameKey('/home/u/standards')).toMatch(/^[0-9a-f]{16}$/);
    expect(nameKey('/home/u/standards')).toBe(nameKey('/home/u/standards'));
  });

  it('names 100,000 paths apart', () => {
    const names = new Set<string>();
    for (let i = 0; i < 100_000; i++) names.add(nameKey(`/home/user/repo/standards/IIS${String(i).padStart(4, '0')}-001/v${i % 7}.yaml`));
    expect(names.size).toBe(100_000);
  });
});

describe('bytesKey and uniqueName', () => {
  it('tells bytes apart by content and length, the same for the same bytes', () => {
    const a = new TextEncoder().encode('code: IIS3512-001v3\nname: 雲端\n');
    const b = new TextEncoder().encode('code: IIS3512-001v3\nname: 雲瑞\n');
    expect(bytesKey(a)).toBe(bytesKey(Uint8Array.from(a)));
    expect(bytesKey(a)).not.toBe(bytesKey(b));
    expect(bytesKey(new Uint8Array(0))).not.toBe(bytesKey(new Uint8Array(1)));
  });
  it('never gives a name twice', () => {
    const names = new Set(Array.from({ length: 10_000 }, () => uniqueName()));
    expect(names.size).toBe(10_000);
    expect([...names][0]).toMatch(/^[0-9a-z-]+$/);
  });
});
