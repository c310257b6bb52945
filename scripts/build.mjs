// Bundles the CLI and the library into dist/ with esbuild, and writes the library's type
// declarations (scripts/build-types.mjs). The CLI entry stays small and the commands' heavy parts
// (YAML, formatters) are split into chunks loaded on demand. dist/ is committed, so that compstd
// installs from a git URL with no build step; CI checks it is what the sources build.
// --no-types keeps dist/index.d.ts as it is (the tests' build: the declarations take ~20 s).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const types = !process.argv.includes('--no-types');
const kept = !types && existsSync(`${root}dist/index.d.ts`) ? readFileSync(`${root}dist/index.d.ts`) : undefined;
rmSync(`${root}dist`, { recursive: true, force: true });
// A build id from every source file: caches of results (validate's outcomes) are salted with it,
// so a changed rule never serves results of the old one.
const hash = createHash('sha256');
for (const f of readdirSync(`${root}src`, { recursive: true }).map(String).filter((f) => f.endsWith('.ts') || f.endsWith('.js')).sort()) {
  hash.update(f).update(readFileSync(`${root}src/${f}`));
}
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', 'validate-worker': 'src/rules/worker.ts', 'index-worker': 'src/query/index-worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  minifySyntax: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);" },
  define: { __COMPSTD_BUILD_ID__: JSON.stringify(hash.digest('hex').slice(0, 16)) },
  logLevel: 'warning',
});
if (kept) writeFileSync(`${root}dist/index.d.ts`, kept);
if (types) await import('./build-types.mjs');
