// Diff speed on two synthetic 1,000-task standards (the diff issue's goal: ≤ 200 ms).
// The second version is the first with what revisions do: tasks reworded, removed, added and
// moved, K and S removed with the rest renumbered, levels changed, indicators edited.
//
//   node bench/diff.mjs [runs=15]
// Reports the engine alone (in-process, parsed standards, median of runs) and the whole command
// (`compstd diff a.yaml b.yaml --format json`, wall time with node's start-up) against `node -e 0`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seeded } from './random.mjs';
import { stringify } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 15);
const out = join(root, 'bench', 'out', 'diff');
mkdirSync(out, { recursive: true });

const { rand, pick, between } = seeded(4); // the same data on every run
const phrases = [];
for (const dir of readdirSync(join(root, 'standards'))) {
  for (const f of readdirSync(join(root, 'standards', dir))) {
    const text = readFileSync(join(root, 'standards', dir, f), 'utf8');
    phrases.push(...(text.match(/\p{Script=Han}{2,}/gu) ?? []));
  }
}
const sentence = (n) => `${Array.from({ length: n }, () => pick(phrases)).join('，')}。`;
const pad = (n) => String(n).padStart(2, '0');

const DUTIES = 100;
const TASKS = 10;
const NK = 300;
const NS = 200;
function first() {
  const duties = [];
  for (let d = 1; d <= DUTIES; d++) {
    const tasks = [];
    for (let t = 1; t <= TASKS; t++) {
      const indicators = Array.from({ length: between(2, 4) }, (_, p) => ({ code: `P${d}.${t}.${p + 1}`, text: sentence(between(1, 3)) }));
      const ks = [...new Set(Array.from({ length: between(4, 8) }, () => between(1, NK)))].sort((a, b) => a - b).map((k) => `K${pad(k)}`);
      const ss = [...new Set(Array.from({ length: between(3, 6) }, () => between(1, NS)))].sort((a, b) => a - b).map((k) => `S${pad(k)}`);
      tasks.push({
        code: `T${d}.${t}`,
        title: `${sentence(1).slice(0, -1)}${d}-${t}`,
        outputs: Array.from({ length: between(0, 2) }, (_, o) => ({ code: `O${d}.${t}.${o + 1}`, text: `${pick(phrases)}表${d}-${t}-${o}` })),
        rows: [{ level: between(2, 4), indicators, knowledge: ks, skills: ss }],
      });
    }
    duties.push({ code: `T${d}`, title: `${pick(phrases)}職責${d}`, tasks });
  }
  return {
    code: 'BEN1234-001v1',
    version: 1,
    name: '效能測試人員',
    nameKind: 'occupation',
    versions: [{ version: 1, code: 'BEN1234-001v1', name: '效能測試人員', status: 'current', note: '略', date: '2026-01-01' }],
    categories: [{ name: '測試', code: 'BEN' }],
    occupations: [{ name: '測試', code: '1234' }],
    industries: [{ name: '測試', code: 'J6312' }],
    description: sentence(3),
    level: 3,
    duties,
    knowledge: Array.from({ length: NK }, (_, k) => ({ code: `K${pad(k + 1)}`, name: `${pick(phrases)}${pick(phrases)}概念${k}` })),
    skills: Array.from({ length: NS }, (_, k) => ({ code: `S${pad(k + 1)}`, name: `${pick(phrases)}能力${k}` })),
    attitudes: [{ code: 'A01', name: '主動積極' }],
    notes: { qualifications: [], other: [] },
  };
}

function revise(a) {
  const b = structuredClone(a);
  b.code = 'BEN1234-001v2';
  b.version = 2;
  b.versions = [{ version: 2, code: b.code, name: b.name, status: 'current', note: '略', date: '2029-01-01' }, { ...a.versions[0], status: 'historical', note: `已被《${b.code}》取代` }];
  const tasks = b.duties.flatMap((d) => d.tasks);
  for (const t of tasks) {
    const r = rand();
    if (r < 0.03) t.title = `${t.title}與追蹤`;
    else if (r < 0.05) t.rows[0].level = Math.min(6, t.rows[0].level + 1);
    else if (r < 0.08) t.rows[0].indicators[0].text = `${t.rows[0].indicators[0].text.slice(0, -1)}並記錄。`;
  }
  // Remove 2% of tasks, add 2%, move 1% to the next duty.
  for (const d of b.duties) d.tasks = d.tasks.filter(() => rand() >= 0.02);
  for (const [n, d] of b.duties.entries()) {
    if (rand() < 0.2) d.tasks.push({ code: `T${n + 1}.99`, title: `新增任務${n}`, outputs: [], rows: [{ level: 3, indicators: [{ code: `P${n + 1}.99.1`, text: sentence(2) }], knowledge: ['K01'], skills: ['S01'] }] });
    if (n + 1 < b.duties.length && rand() < 0.1 && d.tasks.length > 1) b.duties[n + 1].tasks.push(d.tasks.shift());
  }
  // Remove K10 and S10; those after are renumbered down.
  const shift = (prefix) => (c) => {
    const n = Number(c.slice(1));
    return n > 10 ? `${prefix}${pad(n - 1)}` : c;
  };
  for (const [kind, prefix] of [['knowledge', 'K'], ['skills', 'S']]) {
    b[kind] = b[kind].filter((x) => x.code !== `${prefix}10`).map((x) => ({ ...x, code: shift(prefix)(x.code) }));
    for (const d of b.duties) for (const t of d.tasks) for (const r of t.rows) r[kind] = r[kind].filter((c) => c !== `${prefix}10`).map(shift(prefix));
  }
  // Renumber tasks in each duty as a new version would print them.
  for (const [n, d] of b.duties.entries()) {
    d.tasks.forEach((t, k) => {
      const was = t.code.slice(1);
      const now = `${n + 1}.${k + 1}`;
      t.code = `T${now}`;
      for (const o of t.outputs) o.code = `O${now}.${o.code.split('.').pop()}`;
      for (const r of t.rows) for (const p of r.indicators) p.code = `P${now}.${p.code.split('.').pop()}`;
      void was;
    });
  }
  return b;
}

const a = first();
const b = revise(a);
const fa = join(out, 'a.yaml');
const fb = join(out, 'b.yaml');
writeFileSync(fa, stringify(a, { lineWidth: 0 }));
writeFileSync(fb, stringify(b, { lineWidth: 0 }));
const taskCount = (s) => s.duties.reduce((n, d) => n + d.tasks.length, 0);

const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const { diffStandards, loadStandardFile } = await import(join(root, 'dist', 'index.js'));
const sa = loadStandardFile(fa).standard;
const sb = loadStandardFile(fb).standard;
let changes = [];
const engine = [];
for (let k = 0; k < runs; k++) {
  const t0 = performance.now();
  changes = diffStandards(sa, sb);
  engine.push(performance.now() - t0);
}
const kinds = {};
for (const c of changes) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;

const cacheDir = join(out, 'cache');
const wall = (args, env = { COMPSTD_NO_CACHE: '1' }) => {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(r.stderr);
  return performance.now() - t0;
};
const cli = [];
const warm = [];
const bare = [];
const args = ['bin/compstd.js', 'diff', fa, fb, '--format', 'json'];
wall(args, { COMPSTD_CACHE_DIR: cacheDir });
for (let k = 0; k < runs; k++) {
  bare.push(wall(['-e', '0']));
  cli.push(wall(args));
  warm.push(wall(args, { COMPSTD_CACHE_DIR: cacheDir }));
}
console.log(`standards: ${taskCount(sa)} → ${taskCount(sb)} tasks, ${sa.knowledge.length} → ${sb.knowledge.length} K; ${changes.length} changes ${JSON.stringify(kinds)}`);
console.log(`engine (diffStandards, parsed): median ${median(engine).toFixed(1)} ms, min ${Math.min(...engine).toFixed(1)} ms over ${runs} runs`);
console.log(`command (compstd diff a b --format json): cold (no cache, both files parsed) median ${median(cli).toFixed(0)} ms; warm (parsed files cached) ${median(warm).toFixed(0)} ms; node -e 0 median ${median(bare).toFixed(0)} ms`);
