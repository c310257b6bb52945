/** `compstd init [DIR]`: a standards repository, scaffolded; what exists is kept. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Runner } from '../program.js';

export function registerInit(program: Command, runner: Runner): void {
  program
    .command('init')
    .description('scaffold a standards repository: .compstd.yaml, standards/, the schema, pre-commit and a GitHub workflow')
    .argument('[dir]', 'the repository folder (default: the current folder)', '.')
    .option('--from <spec>', 'what npm installs compstd from in pre-commit and CI: compstd@VERSION (default), a git URL or a tarball')
    .addHelpText(
      'after',
      `
Writes, unless it exists (nothing is ever overwritten; run it again to add what is missing):
  .compstd.yaml                     the catalogue folder, the reference behind it, rule severities
  standards/                        your standard files, <CODE>/v<N>.yaml
  schemas/standard.schema.json      the schema, where each file's modeline points editors
  .pre-commit-config.yaml           compstd validate before every commit
  .github/workflows/compstd.yml     validate (annotations, SARIF) and review pull requests

Examples:
  $ compstd init
  $ compstd init my-standards --from git+https://example.org/compstd.git#v0.1.0`,
    )
    .action(async (dir: string, opts: { from?: string }, command: Command) => {
      await runner(async (ctx) => {
        const [{ scaffoldFiles, writeScaffold, CATALOG_DIR }, { displayPath }, { VERSION }, { msg }] = await Promise.all([
          import('../../load/scaffold.js'),
          import('../../load/paths.js'),
          import('../../model/version.js'),
          import('../../model/i18n.js'),
        ]);
        const source = opts.from ?? `compstd@${VERSION}`;
        // eslint-disable-next-line no-control-regex -- control characters can't be in an npm spec
        if (source.trim() === '' || source.startsWith('-') || /[\u0000-\u001f\u007f]/.test(source)) {
          const { UsageError } = await import('../../model/errors.js');
          throw new UsageError(msg('repo.init.badSource', { spec: JSON.stringify(source) }));
        }
        const target = resolve(ctx.io.cwd, dir);
        const show = (p: string): string => displayPath(p, ctx.io.cwd);
        const files = scaffoldFiles({ source, version: VERSION });
        const done = writeScaffold(target, files, show);
        for (const d of done) {
          const path = show(resolve(target, d.path));
          const id = d.status === 'wrote' ? 'repo.init.wrote' : d.status === 'made' ? 'repo.init.made' : d.status === 'kept' ? 'repo.init.kept' : 'repo.init.differs';
          ctx.out(ctx.t(msg(id, { path, version: VERSION })));
        }
        const wrote = done.filter((d) => d.status === 'wrote' || d.status === 'made').length;
        ctx.out(ctx.t(msg('repo.init.done', { dir: show(target), wrote, kept: done.length - wrote, catalog: show(resolve(target, CATALOG_DIR)) })));
        return 0;
      }, command);
    });
}
