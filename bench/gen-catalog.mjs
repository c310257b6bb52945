// Generates a realistic synthetic catalogue for benchmarks: N standards × 3 versions, sized like
// real ones (about 5 duties, 15 tasks, 40 K, 30 S, 8 A each), with Chinese text drawn from the
// bundled standards' own words. Deterministic (seeded): the same N gives the same files.
//
//   node bench/gen-catalog.mjs [standards=1000] [outDir=bench/out/catalog-<N>]
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seeded } from './random.mjs';
import { parse, stringify } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const count = Number(process.argv[2] ?? 1000);
const out = process.argv[3] ?? join(root, 'bench', 'out', `catalog-${count}`);

const { rand, pick, between } = seeded(20261123); // the same data on every run

// Phrases from the real standards, to mix into texts of realistic length and alphabet.
const phrases = [];
for (const dir of readdirSync(join(root, 'standards'))) {
  for (const f of readdirSync(join(root, 'standards', dir))) {
    const s = parse(readFileSync(join(root, 'standards', dir, f), 'utf8'));
    const collect = (v) => {
      if (typeof v === 'string') phrases.push(...v.split(/[，。、；：]/).map((p) => p.replace(/\s+/g, '')).filter((p) => /^\p{Script=Han}{2,}$/u.test(p)));
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(s.duties);
    collect(s.attitudes);
  }
}
const sentence = (min, max) => {
  const parts = [];
  const n = between(min, max);
  for (let i = 0; i < n; i++) parts.push(pick(phrases));
  return `${parts.join('，')}。`;
};
const name = () => pick(phrases).slice(0, between(4, 10));
const pad = (n, w = 2) => String(n).padStart(w, '0');
const CATS = ['IIS', 'IDC', 'LPS', 'SET', 'HBM', 'TDL', 'MKT', 'FIN'];

const titles = new Map();

function standard(i, version) {
  const cat = CATS[i % CATS.length];
  const base = `${cat}${String(1000 + (i % 9000)).padStart(4, '0')}-${pad(Math.floor(i / 9000) + 1 + (i % 7), 3)}`;
  const code = `${base}v${version}`;
  if (!titles.has(i)) titles.set(i, `${name()}人員`);
  const title = titles.get(i);
  const nK = between(36, 44);
  const nS = between(26, 34);
  const level = between(2, 4);
  const duties = [];
  let taskCount = 0;
  const nDuties = between(4, 6);
  for (let d = 1; d <= nDuties; d++) {
    const tasks = [];
    const nTasks = d === nDuties ? Math.max(1, 15 - taskCount) : between(2, 4);
    for (let t = 1; t <= nTasks; t++) {
      taskCount++;
      const rows = [];
      const nRows = rand() < 0.15 ? 2 : 1;
      let p = 0;
      for (let r = 0; r < nRows; r++) {
        const indicators = [];
        for (let n = between(2, 4); n > 0; n--) indicators.push({ code: `P${d}.${t}.${++p}`, text: sentence(1, 3) });
        const ks = [...new Set(Array.from({ length: between(4, 8) }, () => between(1, nK)))].sort((a, b) => a - b);
        const ss = [...new Set(Array.from({ length: between(3, 6) }, () => between(1, nS)))].sort((a, b) => a - b);
        rows.push({ level: Math.min(6, level + r), indicators, knowledge: ks.map((k) => `K${pad(k)}`), skills: ss.map((s) => `S${pad(s)}`) });
      }
      const outputs = Array.from({ length: between(0, 2) }, (_, o) => ({ code: `O${d}.${t}.${o + 1}`, text: `${name()}表` }));
      tasks.push({ code: `T${d}.${t}`, title: name(), outputs, rows });
    }
    duties.push({ code: `T${d}`, title: name(), tasks });
  }
  // Every K and S is used by some row, as in a clean standard: K01…Kn without gaps.
  const rows = duties.flatMap((d) => d.tasks.flatMap((t) => t.rows));
  const useAll = (kind, prefix, n) => {
    const used = new Set(rows.flatMap((r) => r[kind]));
    for (let k = 1; k <= n; k++) {
      const code = `${prefix}${pad(k)}`;
      if (!used.has(code)) {
        const row = pick(rows);
        row[kind] = [...row[kind], code].sort();
      }
    }
    return Array.from({ length: n }, (_, k) => `${prefix}${pad(k + 1)}`);
  };
  const kUsed = useAll('knowledge', 'K', nK);
  const sUsed = useAll('skills', 'S', nS);
  const versions = [];
  // An older version's file says what replaced it, as the catalogue keeps it (stale-current).
  for (let v = version; v >= 1; v--) {
    const newest = v === version && version === 3;
    versions.push({
      version: v,
      code: `${base}v${v}`,
      name: title,
      status: newest ? 'current' : 'historical',
      note: newest ? '略' : `已被《${base}v${v + 1}》取代`,
      date: `${2016 + v * 2}-12-${pad(10 + i % 18)}`,
    });
  }
  return {
    path: join(out, base, `v${version}.yaml`),
    data: {
      code,
      version,
      name: title,
      nameKind: 'occupation',
      title: `${title}職能基準`,
      versions,
      categories: [{ name: '資訊科技 / 資訊支援與服務', code: cat }],
      occupations: [{ name: name(), code: base.slice(3, 7) }],
      industries: [{ name: `${name()}業`, code: `J${between(10, 99)}${between(10, 99)}` }],
      description: sentence(2, 4),
      level,
      duties,
      knowledge: kUsed.map((k) => ({ code: k, name: name() })),
      skills: sUsed.map((s) => ({ code: s, name: `${name()}能力` })),
      attitudes: Array.from({ length: 8 }, (_, a) => ({ code: `A${pad(a + 1)}`, name: pick(phrases).slice(0, 4), definition: sentence(2, 3) })),
      notes: { qualifications: [sentence(1, 2)], other: [sentence(1, 2)] },
    },
  };
}

rmSync(out, { recursive: true, force: true });
let bytes = 0;
let files = 0;
for (let i = 0; i < count; i++) {
  for (const v of [1, 2, 3]) {
    const { path, data } = standard(i, v);
    mkdirSync(join(path, '..'), { recursive: true });
    // Dates quoted, as in the bundled files: YAML 1.1 readers (ajv-cli uses js-yaml 3) would make them Dates.
    const body = stringify(data, { lineWidth: 0 }).replace(/^(\s+date: )([0-9-]+)$/gm, "$1\"$2\"");
    const text = `# yaml-language-server: $schema=../../../../schemas/standard.schema.json\n${body}`;
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
    files++;
  }
}
console.log(`${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB (${Math.round(bytes / files / 1024)} KiB each) in ${out}`);
