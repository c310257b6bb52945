import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CatalogEntry } from '../model/entry.js';
import { fold, foldKey, originalSpan } from './fold.js';
import { compilePattern, PatternError } from './pattern.js';
import { searchDocs, searchIn, type SearchDoc } from './search.js';

describe('fold', () => {
  it('folds full-width forms, case and white space, and maps back', () => {
    expect(foldKey('ＩＳＯ 13485（醫療），品質')).toBe('iso13485(醫療),品質');
    const original = '平台功能測試與系統除錯 (Debug) 回報';
    const f = fold(original);
    const at = f.text.indexOf('(debug)回報');
    const [a, b] = originalSpan(original, f, at, at + '(debug)回報'.length);
    expect(original.slice(a, b)).toBe('(Debug) 回報');
  });

  it('folds as NFKC, lower case and no white space, character by character, whatever the text', () => {
    // The plain definition, one code point at a time: the fast path for ideographs, digits and
    // lower-case letters must give the same text and the same map.
    const reference = (original: string) => {
      let text = '';
      const from: number[] = [];
      let i = 0;
      for (const ch of original) {
        if (!/\s/u.test(ch)) {
          const f = ch.normalize('NFKC').toLowerCase();
          for (let k = 0; k < f.length; k++) from.push(i);
          text += f;
        }
        i += ch.length;
      }
      from.push(original.length);
      return { text, from };
    };
    const unit = fc.oneof(fc.constantFrom('資', '料', 'a', 'Z', '9', ' ', '\u3000', 'Ａ', '，', 'ﬁ', '㍻', 'İ', '\u0301', '\ud840\udc0b', '\ud840', '\udc0b', '\t'), fc.string({ maxLength: 2 }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }).map((xs) => xs.join('')), (text) => {
        expect(fold(text)).toEqual(reference(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('maps back across characters outside the BMP', () => {
    const original = '𠀋 雲端 產品';
    const f = fold(original);
    const at = f.text.indexOf('雲端產');
    expect(original.slice(...originalSpan(original, f, at, at + 3))).toBe('雲端 產');
  });
});

describe('search --regex', () => {
  const docs = (text: string): SearchDoc[] => searchDocs([{ kind: 'history', base: 'ABC1234-001', version: 1, row: { name: text } } as unknown as CatalogEntry], false);

  it('runs a pattern that backtracks exponentially in linear time: the match is decided', () => {
    // A backtracking engine takes minutes here (2³² ways to split the a's); RE2 takes one pass.
    expect(searchIn(docs(`${'a'.repeat(32)}!`), '(a+)+$', { pattern: compilePattern('(a+)+$') })).toEqual([]);
    expect(searchIn(docs('a'.repeat(64)), '(a+)+$', { pattern: compilePattern('(a+)+$') }).map((h) => h.match)).toEqual([[0, 64]]);
  });

  it('matches case-insensitively, by UTF-16 positions, every match', () => {
    const hits = searchIn(docs('𠀋資料處理 Debug，處理'), '處理|debug', { pattern: compilePattern('處理|debug') });
    expect(hits[0]!.matches).toEqual([
      [4, 6],
      [7, 12],
      [13, 15],
    ]);
  });

  it('refuses what a linear-time engine cannot run, with the reason', () => {
    expect(() => compilePattern('(a)\\1')).toThrow(PatternError);
    expect(() => compilePattern('(?=a)b')).toThrow(/Perl syntax/);
    expect(() => compilePattern('[')).toThrow(PatternError);
  });
});

/** A standard whose knowledge is these texts, and nothing else to find. */
function standardOf(texts: readonly string[]) {
  return {
    version: 1,
    name: '',
    description: '',
    categories: [],
    occupations: [],
    industries: [],
    duties: [],
    knowledge: texts.map((name, i) => ({ code: `K${String(i + 1).padStart(2, '0')}`, name })),
    skills: [],
    attitudes: [],
    notes: { qualifications: [], other: [] },
    versions: [],
  };
}

describe('search documents', () => {
  const SEP = '\ue000';
  const piece = fc.constantFrom('Σ', 'σ', 'AΣ', 'é', 'e\u0301', '\u0301', ' ', '\n', '\t', 'Ａ', '，', '（', 'ﬁ', '㍻', '資料', 'x', 'İ', '\u3000', '가', '\u1100\u1161');
  const text = fc.array(piece, { maxLength: 8 }).map((xs) => xs.join(''));

  it('folds a document whole as each of its texts folded and joined', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (texts) => {
        expect(foldKey(texts.join(SEP))).toBe(texts.map(foldKey).join(SEP));
      }),
      { numRuns: 500 },
    );
  });

  it('finds what a search of each text on its own finds (texts kept once or twice alike)', () => {
    const word = fc.array(piece, { minLength: 1, maxLength: 3 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), word, (texts, query) => {
        // A document of these texts, as docOf makes them, through the same path.
        const made = searchDocs(
          [{ kind: 'published', base: 'ABC1234-001', version: 1, file: 'x', standard: { ...standardOf(texts), code: 'ABC1234-001v1' } } as unknown as CatalogEntry],
          false,
        )[0]!;
        expect(made.standard).toBe('ABC1234-001v1');
        const needle = foldKey(query).replaceAll(SEP, '');
        const expected: Array<[number, number][]> = [];
        if (needle !== '') {
          for (const t of texts) {
            // A text holds the query when its fold does; its matches are mapped back through the
            // fold character by character (the two differ only for a mark that composes).
            if (!foldKey(t).includes(needle)) continue;
            const f = fold(t);
            const m: Array<[number, number]> = [];
            for (let at = f.text.indexOf(needle); at >= 0; at = f.text.indexOf(needle, at + needle.length)) m.push(originalSpan(t, f, at, at + needle.length));
            if (m.length > 0) expected.push(m);
          }
        }
        const got = searchIn([made], query, { kinds: ['knowledge'] }).map((h) => h.matches);
        expect(got).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('packs and unpacks documents of any text, and refuses a cut one', async () => {
    const { packDoc, unpackDocs } = await import('./search.js');
    fc.assert(
      fc.property(fc.array(fc.record({ standard: fc.string(), base: fc.string(), name: fc.string(), kinds: fc.string(), codes: fc.string(), texts: fc.string(), folded: fc.string() }), { maxLength: 5 }), (docs) => {
        expect(unpackDocs(docs.map(packDoc).join(''))).toEqual(docs);
      }),
    );
    const packed = packDoc({ standard: 'A', base: 'B', name: '名', kinds: 'A', codes: '', texts: '文字\n第二行', folded: '文字第二行' });
    expect(() => unpackDocs(packed.slice(0, -1))).toThrow(/cut short/);
  });

  it('finds every text holding the query in a document of many, with its kind and code, and only those', () => {
    const entry = {
      kind: 'published',
      base: 'ABC1234-001',
      version: 2,
      file: 'x.yaml',
      standard: {
        code: 'ABC1234-001v2',
        version: 2,
        name: '資料工程',
        description: '整理資料',
        categories: [],
        occupations: [],
        industries: [],
        duties: [{ code: 'T1', title: '處理 資 料', tasks: [{ code: 'T1.1', title: '無關', outputs: [{ code: 'O1.1.1', text: '報表' }], rows: [{ indicators: [{ code: 'P1.1.1', text: '正確的ＤＡＴＡ資料' }] }] }] }],
        knowledge: [{ code: 'K01', name: '資料庫' }],
        skills: [{ code: 'S01', name: '程式' }],
        attitudes: [],
        notes: { qualifications: [], other: [] },
        versions: [],
      },
    } as unknown as CatalogEntry;
    const hits = searchIn(searchDocs([entry], false), '資料');
    expect(hits.map((h) => [h.kind, h.code ?? '', h.text.slice(h.match[0], h.match[1])])).toEqual([
      ['name', '', '資料'],
      ['description', '', '資料'],
      ['duty', 'T1', '資 料'],
      ['indicator', 'P1.1.1', '資料'],
      ['knowledge', 'K01', '資料'],
    ]);
    expect(searchIn(searchDocs([entry], false), 'data資料', { kinds: ['indicator'] }).map((h) => h.matches)).toEqual([[[3, 9]]]);
    expect(searchIn(searchDocs([entry], false), '資料', { kinds: ['knowledge', 'duty'] }).map((h) => h.code)).toEqual(['T1', 'K01']);
  });
});
