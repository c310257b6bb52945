/** Reading a text file that is not a standard (a document to import): one clear error, no stack. */
import { readFileSync } from 'node:fs';
import { InputError } from '../model/errors.js';

export function readTextFile(path: string, shown: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError(`Cannot read ${shown}: ${why}`);
  }
}
