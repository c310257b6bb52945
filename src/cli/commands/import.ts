/** `compstd import`: an iCAP standard document, as text copied out of its PDF, → a standard file. */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { choice } from '../options.js';
import type { Runner } from '../program.js';

interface ImportOptions {
  output?: string;
  into?: string;
  force?: boolean;
  format: 'yaml' | 'json';
  report: 'text' | 'json';
}

export function registerImport(program: Command, runner: Runner): void {
  program
    .command('import')
    .description('turn an iCAP standard document (its text, pipe or tab-separated tables) into a standard file, listing every repair')
    .argument('<file>', 'the document as text, or - for standard input')
    .option('-o, --output <file>', 'write the standard file here, whole or not at all (default: standard output)')
    .option('--into <dir>', 'write it into a catalogue folder, at <dir>/<CODE>/v<N>.yaml')
    .option('--force', 'overwrite an existing file')
    .addOption(new Option('-f, --format <format>', 'yaml (a standard file) or json').argParser(choice(['yaml', 'json'] as const)).default('yaml'))
    .addOption(new Option('--report <format>', 'repairs, notes and validation findings on stderr: text or json').argParser(choice(['text', 'json'] as const)).default('text'))
    .addHelpText(
      'after',
      `
Examples:
  $ compstd import IIS3512-001v3.txt                  the standard file on standard output
  $ compstd import IIS3512-001v3.txt -o v3.yaml
  $ compstd import IDC3512-002v2.txt --into standards  standards/IDC3512-002/v2.yaml
  $ pbpaste | compstd import - --report json          repairs and findings as JSON on stderr
  $ compstd import SET3115-001v5.txt --format json`,
    )
    .action(async (file: string, opts: ImportOptions, command: Command) => {
      await runner(async (ctx) => {
        const [{ UsageError, InputError }, { importDocument, withModeline }, { writeFileAtomic, targetExists, makeFolderFor }, { displayPath }, { catalogFilePath }, { msg }] = await Promise.all([
          import('../../model/errors.js'),
          import('../../import/index.js'),
          import('../../load/write.js'),
          import('../../load/paths.js'),
          import('../../load/safe-path.js'),
          import('../../model/i18n.js'),
        ]);
        if (opts.output !== undefined && opts.into !== undefined) throw new UsageError('Give either -o or --into, not both');
        if (file !== '-' && (await import('../../load/course.js')).isCourseSheetName(file)) return (await import('./course-shared.js')).importCourseSheet(ctx, file, opts);
        let text: string;
        if (file === '-') {
          if (!ctx.io.readStdin) throw new UsageError('Standard input is not available');
          const { MAX_DOCUMENT_BYTES } = await import('../../load/bounded.js');
          text = await ctx.io.readStdin(MAX_DOCUMENT_BYTES);
        } else if ((await import('../../load/office.js')).isOfficeFile(resolve(ctx.io.cwd, file), file)) {
          // A DOCX or ODT: its tables read from the document's structure, as the text importer's rows.
          const [{ readOfficeXml }, { officeText }] = await Promise.all([import('../../load/office.js'), import('../../import/readers/index.js')]);
          text = officeText(readOfficeXml(resolve(ctx.io.cwd, file), file), file);
        } else {
          const { readTextFile } = await import('../../load/text-file.js');
          text = readTextFile(resolve(ctx.io.cwd, file), file);
        }
        const source = file === '-' ? '<stdin>' : file;
        // Where it goes is known only once imported (--into needs the code).
        const first = importDocument(text, source, undefined, ctx.lang);
        let path: string | undefined;
        if (opts.output !== undefined) path = resolve(ctx.io.cwd, opts.output);
        // The code and version come from the document: proven to stay inside --into (a valid
        // standard code, no traversal, no link below the folder) before anything is written.
        const show = (p: string) => displayPath(p, ctx.io.cwd);
        if (opts.into !== undefined) path = catalogFilePath(resolve(ctx.io.cwd, opts.into), first.standard.code, first.standard.version, show);
        const display = path === undefined ? undefined : show(path);
        const { standard, yaml, report } = display === undefined ? first : importDocument(text, source, display, ctx.lang);
        if (path !== undefined && targetExists(path) && opts.force !== true) throw new InputError(msg('io.write.exists', { file: display }));
        // The modeline resolves from where the file is written (src/load/modeline.ts).
        const { schemaRefFor } = await import('../../load/modeline.js');
        const schema = path === undefined ? undefined : schemaRefFor(path);
        const out = opts.format === 'json' ? `${JSON.stringify(standard, null, 2)}\n` : schema ? withModeline(yaml, schema.ref) : yaml;

        if (opts.report === 'json') ctx.io.stderr.write(`${JSON.stringify(report, null, 2)}\n`);
        else {
          // What the importer did and noticed, in the reader's language; the data's text shown terminal-safe.
          const [{ terminalSafe }, { labelIn }] = await Promise.all([import('../../formatters/encode/terminal.js'), import('../../model/labels.js')]);
          const l = labelIn(ctx.lang);
          const kindLabel = { 'removed-space': l('repairRemovedSpace'), 'merged-continuation-row': l('repairMergedRow'), 'split-code': l('repairSplitCode'), 'rejoined-text': l('repairRejoinedText') } as Record<string, string>;
          for (const r of report.repairs) {
            const change = r.before !== undefined && r.after !== undefined ? `${r.before} → ${r.after}` : (r.before ?? r.after ?? '');
            ctx.warn(terminalSafe(ctx.t(msg('cli.import.repaired', { at: r.at, kind: kindLabel[r.kind] ?? l('repairOther'), change, note: r.note ?? '' }))));
          }
          for (const w of report.warnings) ctx.warn(terminalSafe(`${source}:${w.line}: ${w.message}`));
          for (const f of report.findings) {
            const text = f.messageId !== undefined ? ctx.t({ id: f.messageId, params: f.params }) : f.message;
            ctx.warn(terminalSafe(`${f.file}:${f.line}:${f.column}: ${ctx.t(msg(`cli.severity.${f.severity}`))}: ${text} (${f.ruleId})`));
          }
        }
        if (path === undefined) {
          ctx.out(out);
          return 0;
        }
        if (opts.into !== undefined) makeFolderFor(path, display!);
        if (schema && !schema.inRepository && opts.format === 'yaml') ctx.warn(ctx.t(msg('repo.modeline.noSchema', { path: display! })));
        writeFileAtomic(path, out, display, { symlinks: opts.into !== undefined ? 'refuse' : 'follow' });
        if (opts.report !== 'json') ctx.warn(ctx.t(msg('cli.import.wrote', { file: display!, repairs: report.repairs.length })));
        return 0;
      }, command);
    });
}
