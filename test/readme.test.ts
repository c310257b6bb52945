// The README stays true to the CLI: every command has a section with examples, and every example
// uses a command and options that exist.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Command, Option } from 'commander';
import { buildProgram } from '../src/cli/program.js';
import { ROOT } from './helpers.js';

const readme = readFileSync(`${ROOT}README.md`, 'utf8');
const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: ROOT };
const program = buildProgram(io, () => undefined);
const commands = new Map(program.commands.map((c: Command) => [c.name(), c]));
const flagsOf = (options: readonly Option[]) => new Set(options.flatMap((o) => [o.long, o.short]).filter((f): f is string => f !== undefined));
const globalFlags = flagsOf(program.options);

/** Lines of ```sh blocks that run compstd (after `$ ` or `npx `), without comments. */
function examples(): string[] {
  const out: string[] = [];
  for (const block of readme.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const raw of block[1]!.split('\n')) {
      const line = raw.replace(/\s+#.*$/, '').replace(/^.*?\bnpx /, '').trim();
      if (line.startsWith('compstd ')) out.push(line.split(/\s*[|>]\s/)[0]!);
    }
  }
  return out;
}

describe('README', () => {
  it.each([...commands.keys()])('has a section for `compstd %s` with an example', (name) => {
    expect(readme).toMatch(new RegExp(`### \`compstd ${name}\\b`));
    expect(examples().some((e) => e.startsWith(`compstd ${name}`) || e.split(/\s+/).slice(1).filter((t) => !t.startsWith('-'))[0] === name)).toBe(true);
  });

  it('every example names a command and options that exist', () => {
    const list = examples();
    expect(list.length).toBeGreaterThan(20);
    for (const line of list) {
      const tokens = line.match(/'[^']*'|"[^"]*"|\S+/g)!.slice(1);
      const name = tokens.find((t, k) => !t.startsWith('-') && !(k > 0 && tokens[k - 1] === '--catalog'));
      const command = commands.get(name ?? '');
      expect(command, line).toBeDefined();
      const known = new Set([...flagsOf(command!.options), ...globalFlags, '--help', '-h']);
      for (const t of tokens) {
        if (!t.startsWith('-') || t === '-') continue;
        const flag = t.split('=')[0]!;
        const negated = flag.startsWith('--no-') ? `--${flag.slice(5)}` : flag;
        expect(known.has(flag) || known.has(negated), `${line}: ${flag}`).toBe(true);
      }
    }
  });
});
