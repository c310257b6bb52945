/** Reads a catalogue's config file (`.compstd.yaml`): today, rule severities. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { UsageError } from '../model/errors.js';
import { MAX_CONFIG_BYTES, readTextBounded } from './bounded.js';

export const CONFIG_FILE = '.compstd.yaml';

/** The config file's data, or undefined when there is none. */
export function readConfig(path: string, display: string): unknown {
  // Bounded: a config file that is a link to /dev/zero, a FIFO or 1 GB is refused at once.
  const text = readTextBounded(path, display, MAX_CONFIG_BYTES);
  try {
    return parse(text, { uniqueKeys: true, maxAliasCount: 10 }) as unknown;
  } catch (e) {
    throw new UsageError(`${display}: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** `.compstd.yaml` in `dir`, if there is one. */
export function findConfig(dir: string): string | undefined {
  const path = join(dir, CONFIG_FILE);
  return existsSync(path) ? path : undefined;
}
