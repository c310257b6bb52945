/**
 * The documentation of the rules, as shipped in the package (docs/rules/<id>.md, listed in
 * package.json `files`): SARIF carries it inline as each rule's help, so that GitHub code scanning
 * shows it without a link to follow.
 */
import { openSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './paths.js';

/** A rule's page is a few kilobytes; anything longer is cut here. */
const MAX_DOC_BYTES = 64 * 1024;

function readBounded(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(MAX_DOC_BYTES);
    const n = readSync(fd, buf, 0, MAX_DOC_BYTES, 0);
    return buf.subarray(0, n).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The markdown of each rule's page, by id; a rule without a page is left out. */
export function readRuleDocs(ids: readonly string[], root: string = packageRoot()): Map<string, string> {
  const docs = new Map<string, string>();
  for (const id of ids) {
    if (!/^[a-z0-9-]+$/.test(id)) continue;
    const text = readBounded(join(root, 'docs', 'rules', `${id}.md`));
    if (text !== undefined) docs.set(id, text);
  }
  return docs;
}
