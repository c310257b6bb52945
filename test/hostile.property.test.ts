// Property: no document makes import write outside --into. Documents are a real one with its
// 職能基準代碼 replaced by codes built from traversal pieces (.., /, \, absolute roots, NUL, full-width
// look-alikes, percent-encoding, long runs); import runs in-process (the same run() as the bin)
// from a folder nested in a sandbox, so that a few `..` land inside the sandbox, where they show.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { run } from '../src/cli/program.js';
import { documentWith } from './hostile-helpers.js';

const piece = fc.constantFrom(
  '..',
  '.',
  '/',
  '\\',
  '../',
  '..\\',
  '/tmp/',
  '/etc/',
  'C:\\',
  '\u0000',
  '\u001b',
  '%2e%2e%2f',
  '．．／',
  '~',
  'IIS3512-001',
  'iis3512-001',
  'v3',
  'V3',
  'escaped',
  'A'.repeat(120),
  ' ',
);
const code = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).map(String);
}

describe('import --into (property)', () => {
  it('never writes outside the folder, whatever the code', async () => {
    const box = mkdtempSync(join(tmpdir(), 'compstd-hostile-property-'));
    const work = join(box, 'a', 'b', 'c', 'work');
    mkdirSync(work, { recursive: true });
    const sink = { write: () => true };
    let wrote = 0;
    await fc.assert(
      fc.asyncProperty(code, async (c) => {
        const into = join(work, 'into');
        rmSync(into, { recursive: true, force: true });
        mkdirSync(into);
        writeFileSync(join(work, 'doc.txt'), documentWith(c));
        const escapes = ['/v3.yaml', '/V3', resolve(into, c), resolve(into, c.toUpperCase()), resolve(into, c.toUpperCase().replace(/V3$/, ''), 'v3.yaml')].filter(
          (p) => !p.startsWith(into + sep),
        );
        const existed = new Set(escapes.filter((p) => existsSync(p)));
        const exit = await run(['import', 'doc.txt', '--into', 'into'], { stdout: sink, stderr: sink, env: {}, cwd: work });
        expect([0, 2]).toContain(exit);
        // Inside the sandbox: only the document, the folders and what is under into/.
        const outside = filesUnder(box).filter((p) => !p.startsWith(join('a', 'b', 'c', 'work', 'into')) && p !== join('a', 'b', 'c', 'work', 'doc.txt'));
        expect(outside.sort()).toEqual([join('a'), join('a', 'b'), join('a', 'b', 'c'), join('a', 'b', 'c', 'work')].sort());
        // Outside it: nothing where the code would have led.
        for (const p of escapes) if (!existed.has(p)) expect(existsSync(p), p).toBe(false);
        // What was written is at into/<CODE>/v<N>.yaml with a valid code.
        for (const f of filesUnder(into)) {
          const rel = relative(into, join(into, f));
          expect(rel.split(sep)[0]).toMatch(/^[A-Z]{3}[0-9]{4}-[0-9]{3}$/);
          if (rel.split(sep).length === 2) {
            expect(rel.split(sep)[1]).toMatch(/^v[0-9]+\.yaml$/);
            wrote++;
          }
        }
      }),
      { numRuns: 150, examples: [['../escaped'], ['/tmp/x'], ['IIS3512-001v3']] },
    );
    expect(wrote).toBeGreaterThan(0); // the valid codes among them were imported
  }, 120_000);
});
