// Large inputs: where cost could grow faster than the input. Each case runs the built bin once
// (or `runs` times, median), with a time limit, and prints wall time, peak RSS (/usr/bin/time)
// and the exit code. Goal (speed issue): every case under 2 s and 500 MB, or exit 2 with a
// message (the regex).
//
//   node bench/large.mjs [runs=3]          (npm run build first)
//
// Cases:
//   compare 10,000 K      two standards of 10,000 knowledge items each, one in ten reworded
//   compare 3,000 K       the same at 3,000
//   diff 10,000 K         the same pair through diff, for reference
//   export --all wide     1,000 standards (bench/out/catalog-1000), the wide matrix (cache warm)
//   export --all long     the same, --layout long (cache warm)
//   validate 66,000 【註1】 one description of 66,000 markers without a note (1 MB line), text format
//   validate … json       the same with --format json
//   show 1 MB cell        show of that standard: its 1 MB description wrapped to 80 columns
//   search --regex (a+)+$ over a catalogue with a 33-character text of a's (catastrophic backtracking)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { seeded } from './random.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 3);
const bin = join(root, 'bin', 'compstd.js');
const out = join(root, 'bench', 'out', 'large');
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const LIMIT_MS = 60_000;

const base = parse(readFileSync(join(root, 'standards', 'IIS3512-001', 'v3.yaml'), 'utf8'));
const write = (dir, name, data) => {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, stringify(data, { lineWidth: 0 }));
  return path;
};

// Two standards with n K each: random names, one in ten of the second reworded from the first.
function comparePair(n) {
  const { rand, between } = seeded(n);
  const chars = [...new Set(readFileSync(join(root, 'standards', 'IIS3512-001', 'v3.yaml'), 'utf8').match(/\p{Script=Han}/gu))];
  const name = () => Array.from({ length: between(4, 10) }, () => chars[Math.floor(rand() * chars.length)]).join('');
  const pad = (k) => `K${String(k).padStart(5, '0')}`;
  const a = Array.from({ length: n }, name);
  const b = a.map((t, i) => (i % 10 === 0 ? `${t.slice(0, -1)}能` : name()));
  const withK = (names, code) => ({ ...base, code, knowledge: names.map((nm, i) => ({ code: pad(i + 1), name: nm })) });
  const dir = join(out, `compare-${n}`);
  return [write(dir, 'a.yaml', withK(a, base.code)), write(dir, 'b.yaml', withK(b, base.code))];
}

// One standard whose description is 66,000 【註1】 markers (about 1 MB) and no note for them.
function markers() {
  const text = `說明${'【註1】'.repeat(66_000)}。`;
  return write(join(out, 'markers'), 'v3.yaml', { ...base, description: text, notes: { ...base.notes, other: [] } });
}

// A catalogue of one standard whose name is 32 a's and a '!': the regex's worst case.
function regexCatalogue() {
  const dir = join(out, 'regex');
  write(join(dir, 'standards', base.code.replace(/v\d+$/, '')), `v${base.version}.yaml`, { ...base, description: `${'a'.repeat(32)}!` });
  return join(dir, 'standards');
}

// The export cases read 1,000 standards: from a cache filled by a first, untimed run, as a user
// who works in the catalogue has it (a cold load of 3,000 files is bench/search.mjs's subject).
const cacheDir = mkdtempSync(join(tmpdir(), 'compstd-bench-large-'));

function once(args, warm = false) {
  const cmd = timeBin ? [timeBin, '-f', '%M', process.execPath, bin, ...args] : [process.execPath, bin, ...args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { env: { ...process.env, NO_COLOR: '1', ...(warm ? { COMPSTD_CACHE_DIR: cacheDir } : { COMPSTD_NO_CACHE: '1' }) }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: LIMIT_MS, killSignal: 'SIGKILL', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const lines = r.stderr.trim().split('\n');
  const kb = timeBin ? Number(lines.at(-1)) : NaN;
  const message = lines.filter((l) => l.startsWith('compstd:')).join(' ').slice(0, 160);
  return { ms, mb: kb / 1024, status: r.status ?? (r.signal ? `killed (${r.signal}, limit ${LIMIT_MS / 1000} s)` : '?'), message };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const catalog1000 = join(root, 'bench', 'out', 'catalog-1000');
if (!existsSync(catalog1000)) execFileSync(process.execPath, [join(root, 'bench', 'gen-catalog.mjs'), '1000', catalog1000], { stdio: 'inherit' });
const [a10, b10] = comparePair(10_000);
const [a3, b3] = comparePair(3_000);
const marked = markers();
const regexCat = regexCatalogue();
const sink = join(out, 'export.csv');

const CASES = [
  ['compare 10,000 K', ['compare', a10, b10, '--format', 'json']],
  ['compare 3,000 K', ['compare', a3, b3, '--format', 'json']],
  ['diff 10,000 K', ['diff', a10, b10, '--format', 'json']],
  ['export --all wide', ['--catalog', catalog1000, 'export', '--all', '--format', 'csv', '-o', sink], true],
  ['export --all long', ['--catalog', catalog1000, 'export', '--all', '--layout', 'long', '--format', 'csv', '-o', sink], true],
  ['validate 66,000 【註1】 text', ['validate', '--no-cache', marked]],
  ['validate 66,000 【註1】 json', ['validate', '--no-cache', '--format', 'json', marked]],
  ['show 1 MB cell, 80 columns', ['show', marked, '--width', '80']],
  ['search --regex (a+)+$', ['--catalog', regexCat, 'search', '--regex', '(a+)+$']],
];

console.log(`node ${process.version}, ${runs} runs each, medians; peak RSS from /usr/bin/time; limit ${LIMIT_MS / 1000} s`);
for (const [name, args, warm] of CASES) {
  const rs = [];
  if (warm) once(args, true);
  for (let i = 0; i < runs; i++) {
    const r = once(args, warm);
    rs.push(r);
    if (typeof r.status !== 'number') break; // killed: once is enough
  }
  const last = rs.at(-1);
  const ok = rs.every((r) => typeof r.status === 'number' && r.ms < 2000 && r.mb < 500);
  console.log(
    `${name.padEnd(28)} ${(median(rs.map((r) => r.ms)) / 1000).toFixed(2).padStart(6)} s  ${Math.max(...rs.map((r) => r.mb)).toFixed(0).padStart(5)} MB  exit ${last.status}  ${ok ? 'ok' : 'OVER GOAL'}${last.message ? `  ${last.message}` : ''}`,
  );
}
