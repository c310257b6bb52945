import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import "./chunk-UXLME7L4.js";
import {
  writeFileAtomic
} from "./chunk-K7SQEWMQ.js";
import "./chunk-ED2TTB4K.js";
import {
  CONFIG_FILE,
  packageRoot
} from "./chunk-655AMDMP.js";
import "./chunk-QKV6D4AO.js";
import "./chunk-XIKJDTQ2.js";
import {
  InputError,
  UsageError
} from "./chunk-NTGAD4TH.js";
import "./chunk-J3TOLC5V.js";
import {
  msg
} from "./chunk-TE5S4JRX.js";
import "./chunk-XYDU2MH7.js";

// src/load/scaffold.ts
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var SCHEMA_PATH = "schemas/standard.schema.json", CATALOG_DIR = "standards";
function yamlString(s) {
  return JSON.stringify(s);
}
function bundledSchema() {
  return readFileSync(join(packageRoot(), "schemas", "standard.schema.json"), "utf8");
}
function scaffoldFiles(o) {
  let spec = yamlString(o.source);
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
`
    },
    {
      path: `${CATALOG_DIR}/README.md`,
      content: `# Standards

One file per published version: \`${CATALOG_DIR}/<CODE>/v<N>.yaml\`, e.g. \`${CATALOG_DIR}/IIS3512-001/v3.yaml\`.

    compstd import DOCUMENT.txt --into ${CATALOG_DIR}   # a published document's text \u2192 a standard file
    compstd validate                               # schema and rules, every file here
    compstd diff --git main                        # what changed since main

Each file's first line points editors (the YAML language server) at \`../../${SCHEMA_PATH}\`.
`
    },
    { path: SCHEMA_PATH, content: bundledSchema(), compare: !0 },
    {
      path: ".pre-commit-config.yaml",
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
`
    },
    {
      path: ".github/workflows/compstd.yml",
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
`
    }
  ];
}
function inside(root, dir, shown) {
  let probe = dir;
  for (; !existsSync(probe) && dirname(probe) !== probe; ) probe = dirname(probe);
  let rel = relative(root, realpathSync(probe));
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw new InputError(msg("repo.init.unsafe", { path: shown }));
}
function writeScaffold(dir, files, show) {
  let target = resolve(dir), stat = statSync(target, { throwIfNoEntry: !1 });
  if (stat && !stat.isDirectory()) throw new UsageError(msg("repo.init.notFolder", { path: show(target) }));
  mkdirSync(target, { recursive: !0 });
  let root = realpathSync(target), out = [], catalog = join(root, CATALOG_DIR);
  lstatSync(catalog, { throwIfNoEntry: !1 }) || (mkdirSync(catalog), out.push({ path: CATALOG_DIR, status: "made" }));
  for (let file of files) {
    let path = join(root, ...file.path.split("/")), shown = show(path), existing = lstatSync(path, { throwIfNoEntry: !1 });
    if (existing) {
      let same = !0;
      if (file.compare)
        try {
          same = existing.isFile() && readFileSync(path, "utf8") === file.content;
        } catch {
          same = !1;
        }
      out.push({ path: file.path, status: same ? "kept" : "differs" });
      continue;
    }
    inside(root, dirname(path), shown), mkdirSync(dirname(path), { recursive: !0 }), inside(root, dirname(path), shown), writeFileAtomic(path, file.content, shown), out.push({ path: file.path, status: "wrote" });
  }
  return out;
}
export {
  CATALOG_DIR,
  SCHEMA_PATH,
  bundledSchema,
  scaffoldFiles,
  writeScaffold
};
