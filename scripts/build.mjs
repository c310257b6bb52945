// Bundles the CLI and the library into dist/ with esbuild. The CLI entry stays small and the
// commands' heavy parts (YAML, formatters) are split into chunks loaded on demand.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
rmSync(`${root}dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts' },
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
  logLevel: 'warning',
});
