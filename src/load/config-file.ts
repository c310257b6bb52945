/** Reads a catalogue's config file (`.compstd.yaml`): its catalogue folder, the reference behind it, rule severities. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { UsageError } from '../model/errors.js';
import { msg } from '../model/i18n.js';
import { MAX_CONFIG_BYTES, readTextBounded } from './bounded.js';

import { CONFIG_FILE } from './paths.js';

export { CONFIG_FILE };

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

/** The keys `.compstd.yaml` may have. */
export const CONFIG_KEYS = ['catalog', 'reference', 'rules'] as const;

/** What `.compstd.yaml` says about the catalogue (its `rules:` are read by rules/config.ts). */
export interface RepoConfig {
  /** The catalogue folder, relative to the config file's folder (default `standards`). */
  catalog?: string;
  /** `bundled` (default): the bundled standards sit behind the catalogue as a read-only reference; `none`: they don't. */
  reference?: 'bundled' | 'none';
  rules?: unknown;
}

/** Reads and checks `.compstd.yaml`: a mapping of catalog, reference and rules only. */
export function readRepoConfig(path: string, display: string): RepoConfig {
  const data = readConfig(path, display);
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new UsageError(msg('repo.config.notMapping', { file: display, keys: [...CONFIG_KEYS] }));
  const config = data as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) throw new UsageError(msg('repo.config.unknownKey', { file: display, key, keys: [...CONFIG_KEYS] }));
  }
  const out: RepoConfig = {};
  if (config.catalog !== undefined && config.catalog !== null) {
    if (typeof config.catalog !== 'string' || config.catalog.trim() === '' || config.catalog.includes('\0')) {
      throw new UsageError(msg('repo.config.catalogType', { file: display }));
    }
    out.catalog = config.catalog;
  }
  if (config.reference !== undefined && config.reference !== null) {
    if (config.reference !== 'bundled' && config.reference !== 'none') {
      throw new UsageError(msg('repo.config.reference', { file: display, value: JSON.stringify(config.reference) }));
    }
    out.reference = config.reference;
  }
  if (config.rules !== undefined) out.rules = config.rules;
  return out;
}
