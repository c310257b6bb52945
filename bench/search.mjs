// compstd search and list on the synthetic 3,000-file catalogue (bench/gen-catalog.mjs): cold
// (empty cache: every file parsed), warm (the cache filled by one run first) and after one file
// was edited (the index warm, then one file's text changed), with peak RSS; beside them, in the
// same run, `node -e 0` (the floor), `grep -r` over the same files and ajv-cli (the cold goal).
// Warm runs go first, so that the cold runs' writes to the cache don't slow them.
//
//   node bench/search.mjs [runs=5]         (npm run build first)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 5);
const catalog = join(root, 'bench', 'out', 'catalog-1000');
if (!existsSync(catalog)) execFileSync(process.execPath, [join(root, 'bench', 'gen-catalog.mjs'), '1000', catalog], { stdio: 'inherit' });
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function once(args, cache) {
  const argv = [join(root, 'bin/compstd.js'), '--catalog', catalog, ...args];
  const cmd = timeBin ? [timeBin, '-f', '%M', process.execPath, ...argv] : [process.execPath, ...argv];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { env: { ...process.env, NO_COLOR: '1', COMPSTD_CACHE_DIR: cache }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status} ${r.stderr.slice(-300)}`);
  return { ms, mb: timeBin ? Number(r.stderr.trim().split('\n').pop()) / 1024 : NaN };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const COMMANDS = [['search', '資料', '--format', 'json'], ['search', '訊號監控'], ['list', '--format', 'json']];
const show = (xs) => `${median(xs.map((x) => x.ms)).toFixed(0)} ms, peak ${Math.max(...xs.map((x) => x.mb)).toFixed(0)} MB`;
// Every warm measure first (one cache filled by a first run, then `runs` runs, alternating with
// node -e 0 as the baseline), so that no cold run's writes to a cache slow them; then cold runs,
// each with a fresh cache.
const shared = mkdtempSync(join(tmpdir(), 'compstd-bench-search-'));
const warm = COMMANDS.map(() => []);
const bare = [];
COMMANDS.forEach((args) => once(args, shared));
for (let i = 0; i < runs; i++) {
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0']);
  bare.push(Number(process.hrtime.bigint() - t0) / 1e6);
  COMMANDS.forEach((args, k) => warm[k].push(once(args, shared)));
}
// After one edit: the index warm, then one file changed (its text, so its stamp), each run.
const edited = join(catalog, 'IIS1000-001', 'v3.yaml');
const original = readFileSync(edited, 'utf8');
const afterEdit = [];
try {
  for (let i = 0; i < runs; i++) {
    once(COMMANDS[0], shared); // warm
    writeFileSync(edited, original.replace(/^description: (.*)$/m, `description: $1${'。'.repeat(i + 1)}`));
    afterEdit.push(once(COMMANDS[0], shared));
  }
} finally {
  writeFileSync(edited, original);
}
rmSync(shared, { recursive: true, force: true });
// Baselines: grep over the same files, ajv-cli over the same files (schema only).
const timed = (cmd, args) => {
  const t0 = process.hrtime.bigint();
  spawnSync(cmd, args, { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
const grep = Array.from({ length: runs }, () => timed('grep', ['-r', '資料', catalog]));
const ajv = Array.from({ length: Math.min(runs, 3) }, () => timed(process.execPath, [join(root, 'node_modules/ajv-cli/dist/index.js'), 'validate', '-s', join(root, 'schemas/standard.schema.json'), '-d', `${catalog}/**/*.yaml`]));
const floor = median(bare);
console.log(`node -e 0: ${floor.toFixed(0)} ms; grep -r 資料: ${median(grep).toFixed(0)} ms; ajv-cli validate: ${median(ajv).toFixed(0)} ms`);
const ratio = (xs, base) => `${(median(xs.map((x) => x.ms)) / base).toFixed(2)}×`;
console.log(`compstd search 資料 --format json after one file was edited: ${show(afterEdit)} (${ratio(afterEdit, floor)} node -e 0; goal ≤ 4×)`);
console.log(`compstd search 資料 --format json warm: ${ratio(warm[0], floor)} node -e 0 (goal ≤ 2.5×)`);
COMMANDS.forEach((args, k) => {
  const cold = [];
  for (let i = 0; i < runs; i++) {
    const cache = mkdtempSync(join(tmpdir(), 'compstd-bench-search-'));
    cold.push(once(args, cache));
    rmSync(cache, { recursive: true, force: true });
  }
  console.log(`compstd ${args.slice(0, 2).join(' ').padEnd(16)} 3,000 files: warm ${show(warm[k])}; cold ${show(cold)} (${ratio(cold, median(ajv))} ajv-cli; goal ≤ 1.0×, ≤ 200 MB)`);
});
