/** The index worker: reads the batches of standard files it is sent for the catalogue's index. */
import { readIndexedFile, type IndexedFile } from '../load/catalog-index.js';
import { serveBatches } from '../load/worker-pool.js';
import { INDEX_CODECS, partsOf, type IndexParts } from './index-parts.js';

serveBatches<string, IndexedFile<IndexParts>>((paths) => Promise.all(paths.map((p) => readIndexedFile(p, partsOf, INDEX_CODECS))));
