// compstd validate against ajv-cli (schema only) on the same synthetic catalogue, side by side.
// Generates the catalogues when missing (bench/gen-catalog.mjs), then times, alternating:
//   compstd validate --no-cache      cold: every file parsed, schema-checked, all rules run
//   compstd validate                 warm: the cache of outcomes filled by a first run
//   ajv validate -s schema -d glob   ajv-cli 5: js-yaml + the same JSON Schema, no rules, no positions
// and reports medians, peak memory (/usr/bin/time) and the goals of the validate issue.
//
//   node bench/validate.mjs [runs=3]          (npm run build first)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 3);
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function catalogue(n) {
  const dir = join(root, 'bench', 'out', `catalog-${n}`);
  if (!existsSync(dir)) execFileSync(process.execPath, [join(root, 'bench', 'gen-catalog.mjs'), String(n), dir], { stdio: 'inherit' });
  return dir;
}

function once(args, env) {
  const cmd = timeBin ? [timeBin, '-f', '%M', process.execPath, ...args] : [process.execPath, ...args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const kb = timeBin ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { ms, mb: kb / 1024 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const results = {};
for (const n of [100, 1000]) {
  const dir = catalogue(n);
  const cache = mkdtempSync(join(tmpdir(), 'compstd-bench-validate-'));
  const cases = {
    'compstd cold': [[join(root, 'bin/compstd.js'), 'validate', '--no-cache', dir], {}],
    'compstd warm': [[join(root, 'bin/compstd.js'), 'validate', dir], { COMPSTD_CACHE_DIR: cache }],
    'ajv-cli': [[join(root, 'node_modules/ajv-cli/dist/index.js'), 'validate', '-s', join(root, 'schemas/standard.schema.json'), '-d', `${dir}/**/*.yaml`], {}],
  };
  once(...cases['compstd warm']); // fills the cache (and warms the disk)
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const [name, c] of Object.entries(cases)) times[name].push(once(...c));
  results[n] = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, { ms: median(xs.map((x) => x.ms)), mb: Math.max(...xs.map((x) => x.mb)) }]));
}

console.log(`node ${process.version}, ${runs} runs each, alternating, medians; peak RSS from /usr/bin/time`);
console.log('files  case            median      peak RSS   vs ajv-cli');
for (const [n, r] of Object.entries(results)) {
  for (const [name, { ms, mb }] of Object.entries(r)) {
    console.log(`${String(n * 3).padStart(5)}  ${name.padEnd(14)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${mb.toFixed(0).padStart(6)} MB   ${(ms / r['ajv-cli'].ms).toFixed(2)}×`);
  }
}
const big = results[1000];
const small = results[100];
const scale = big['compstd cold'].ms / small['compstd cold'].ms;
console.log('\ngoals (validate issue):');
console.log(`  ≤ 1.0× ajv-cli: cold ${(big['compstd cold'].ms / big['ajv-cli'].ms).toFixed(2)}×, warm ${(big['compstd warm'].ms / big['ajv-cli'].ms).toFixed(2)}×`);
console.log(`  3,000 files ≤ 3 s: cold ${(big['compstd cold'].ms / 1000).toFixed(2)} s, warm ${(big['compstd warm'].ms / 1000).toFixed(2)} s`);
console.log(`  peak memory ≤ 300 MB: ${big['compstd cold'].mb.toFixed(0)} MB cold`);
console.log(`  10× the files ≤ 11× the time: ${scale.toFixed(2)}× (300 → 3,000 files, cold)`);
