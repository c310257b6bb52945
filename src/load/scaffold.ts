/**
 * `compstd init`: the files of a standards repository, and writing them without overwriting
 * anything. Every file is written whole or not at all (write.ts); a path that exists is kept;
 * no write leaves the target folder, even through a symbolic link.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError, UsageError } from '../model/errors.js';
import { msg } from '../model/i18n.js';
import { CONFIG_FILE } from './config-file.js';
import { packageRoot } from './paths.js';
import { writeFileAtomic } from './write.js';

/** Where init puts the schema; files at `standards/<CODE>/v<N>.yaml` reach it as `../../schemas/…`. */
export const SCHEMA_PATH = 'schemas/standard.schema.json';
export const CATALOG_DIR = 'standards';

export interface ScaffoldOptions {
  /** What `npm install` installs compstd from: `compstd@0.1.0`, a git URL, a tarball. */
  source: string;
  version: string;
}

export interface ScaffoldFile {
  /** Relative to the repository, with `/`. */
  path: string;
  content: string;
  /** Kept as it is when it exists; `schema`: also said when it differs from this compstd's. */
  compare?: boolean;
}

/** A string as a YAML double-quoted scalar (JSON's escapes are YAML's). */
function yamlString(s: string): string {
  return JSON.stringify(s);
}

/** The bundled schema, as compstd ships it. */
export function bundledSchema(): string {
  return readFileSync(join(packageRoot(), 'schemas', 'standard.schema.json'), 'utf8');
}

/** The files of a new standards repository. */
export function scaffoldFiles(o: ScaffoldOptions): ScaffoldFile[] {
  const spec = yamlString(o.source);
  return [
    {
      path: CONFIG_FILE,
      content: `# compstd's configuration: compstd finds it from this folder and every folder below it.
# The catalogue: the folder of standard files (<CODE>/v<N>.yaml), relative to this file.
catalog: ${CATALOG_DIR}
# The standards bundled with compstd sit behind yours, read-only: a reference your catalogue
# doesn't have (compstd show IIS3512-001v3, compstd diff IIS3512-001v3 IIS3512-001v4) is looked
# up there. validate, list, search and diff --git see your catalogue only. "none" turns it off.
reference: bundled
# Rule severities (compstd rules lists the rules): error, warning, info or off.
rules: {}
#   code-gap: off
#   level-far-from-standard: warning
`,
    },
    {
      path: `${CATALOG_DIR}/README.md`,
      content: `# Standards

One file per published version: \`${CATALOG_DIR}/<CODE>/v<N>.yaml\`, e.g. \`${CATALOG_DIR}/IIS3512-001/v3.yaml\`.

    compstd import DOCUMENT.txt --into ${CATALOG_DIR}   # a published document's text → a standard file
    compstd validate                               # schema and rules, every file here
    compstd diff --git main                        # what changed since main

Each file's first line points editors (the YAML language server) at \`../../${SCHEMA_PATH}\`.
`,
    },
    { path: SCHEMA_PATH, content: bundledSchema(), compare: true },
    {
      path: '.pre-commit-config.yaml',
      content: `# pre-commit (https://pre-commit.com): pre-commit install, then every commit is validated.
# compstd is installed by npm from the spec below (compstd@version, a git URL or a tarball),
# with the node already on the machine (language_version: system: nothing is downloaded).
repos:
  - repo: local
    hooks:
      - id: compstd-validate
        name: compstd validate
        entry: compstd validate
        language: node
        language_version: system
        additional_dependencies: [${spec}]
        files: ^${CATALOG_DIR}/.*\\.ya?ml$
        require_serial: true
`,
    },
    {
      path: '.github/workflows/compstd.yml',
      content: `# compstd: validate the standards on every push and pull request (annotations, and SARIF for
# code scanning), and post what a pull request changes as a comment.
name: compstd
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
jobs:
  compstd:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write # upload SARIF to code scanning
      pull-requests: write # comment the review
    env:
      COMPSTD: ${spec}
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # diff --git compares with the base branch
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install --global --no-audit --no-fund "$COMPSTD"
      - name: validate
        run: compstd validate --format github
      - name: validate (SARIF)
        if: \${{ !cancelled() }}
        run: compstd validate --format sarif > compstd.sarif || [ $? -eq 1 ]
      - uses: github/codeql-action/upload-sarif@v3
        if: \${{ !cancelled() }}
        with:
          sarif_file: compstd.sarif
          category: compstd
      - name: review
        if: github.event_name == 'pull_request'
        env:
          BASE: \${{ github.base_ref }}
        run: compstd diff --git "origin/$BASE" --format markdown > compstd-review.md
      - name: comment
        if: github.event_name == 'pull_request'
        continue-on-error: true # a pull request from a fork gets a read-only token
        env:
          GH_TOKEN: \${{ github.token }}
          PR: \${{ github.event.pull_request.number }}
        run: |
          head -c 60000 compstd-review.md > body.md
          gh pr comment "$PR" --body-file body.md --edit-last || gh pr comment "$PR" --body-file body.md
`,
    },
  ];
}

export type ScaffoldOutcome = { path: string; status: 'wrote' | 'made' | 'kept' | 'differs' };

/** Fails unless `dir`'s nearest existing folder, symbolic links resolved, is inside `root`. */
function inside(root: string, dir: string, shown: string): void {
  let probe = dir;
  while (!existsSync(probe) && dirname(probe) !== probe) probe = dirname(probe);
  const rel = relative(root, realpathSync(probe));
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw new InputError(msg('repo.init.unsafe', { path: shown }));
}

/**
 * Writes the scaffold into `dir` (made when missing): what exists is kept, never overwritten;
 * returns what was done to each path, in order.
 */
export function writeScaffold(dir: string, files: readonly ScaffoldFile[], show: (path: string) => string): ScaffoldOutcome[] {
  const target = resolve(dir);
  const stat = statSync(target, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) throw new UsageError(msg('repo.init.notFolder', { path: show(target) }));
  mkdirSync(target, { recursive: true });
  const root = realpathSync(target);
  const out: ScaffoldOutcome[] = [];
  const catalog = join(root, CATALOG_DIR);
  if (!lstatSync(catalog, { throwIfNoEntry: false })) {
    mkdirSync(catalog);
    out.push({ path: CATALOG_DIR, status: 'made' });
  }
  for (const file of files) {
    const path = join(root, ...file.path.split('/'));
    const shown = show(path);
    const existing = lstatSync(path, { throwIfNoEntry: false });
    if (existing) {
      let same = true;
      if (file.compare) {
        try {
          same = existing.isFile() && readFileSync(path, 'utf8') === file.content;
        } catch {
          same = false;
        }
      }
      out.push({ path: file.path, status: same ? 'kept' : 'differs' });
      continue;
    }
    inside(root, dirname(path), shown);
    mkdirSync(dirname(path), { recursive: true });
    inside(root, dirname(path), shown);
    writeFileAtomic(path, file.content, shown);
    out.push({ path: file.path, status: 'wrote' });
  }
  return out;
}
