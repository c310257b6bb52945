// Bundles the CLI and the library into dist/ with esbuild. The CLI entry stays small and the
// commands' heavy parts (YAML, formatters) are split into chunks loaded on demand.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
rmSync(`${root}dist`, { recursive: true, force: true });
// A build id from every source file: caches of results (validate's outcomes) are salted with it,
// so a changed rule never serves results of the old one.
const hash = createHash('sha256');
for (const f of readdirSync(`${root}src`, { recursive: true }).map(String).filter((f) => f.endsWith('.ts') || f.endsWith('.js')).sort()) {
  hash.update(f).update(readFileSync(`${root}src/${f}`));
}
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', 'validate-worker': 'src/rules/worker.ts' },
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
