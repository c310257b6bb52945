/** What the catalogue's index keeps of each standard file: its summary (for list) and its texts (for search). */
import type { Codecs, Parts } from '../load/catalog-index.js';
import { summaryOf, type StandardSummary } from '../model/entry.js';
import type { Standard } from '../model/schema.js';
import { packDoc, standardDoc, unpackDocs, type SearchDoc } from './search.js';

export interface IndexParts extends Parts {
  head: StandardSummary;
  doc: SearchDoc;
}

export const INDEX_PARTS = ['head', 'doc'] as const;

export function partsOf(s: Standard): IndexParts {
  return { head: summaryOf(s), doc: standardDoc(s) };
}

/** Documents are kept packed (search.ts): a view of many is made by joining their texts. */
export const INDEX_CODECS: Codecs<IndexParts> = {
  doc: {
    encode: packDoc,
    decode: (text) => {
      const [doc] = unpackDocs(text);
      if (!doc) throw new Error('packed document: empty');
      return doc;
    },
  },
};
