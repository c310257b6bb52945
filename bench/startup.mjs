// Start-up cost of the CLI against a bare `node -e 0`, run side by side (alternating), so both
// see the same machine load. Goal (DEVELOPERS.md): `compstd show` ≤ about 2× bare node.
//
//   node bench/startup.mjs [runs]        (default 30; build first: npm run build)
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 30);
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}bin/compstd.js`;
// A cache folder of the benchmark's own: its first (warm-up) run fills it.
const env = { ...process.env, NO_COLOR: '1', COMPSTD_CACHE_DIR: mkdtempSync(join(tmpdir(), 'compstd-bench-')) };

const cases = [
  ['node -e 0', [process.execPath, '-e', '0']],
  ['compstd --version', [process.execPath, bin, '--version']],
  ['compstd show IIS3512-001v3', [process.execPath, bin, 'show', 'IIS3512-001v3']],
  ['compstd --no-cache show IIS3512…', [process.execPath, bin, '--no-cache', 'show', 'IIS3512-001v3']],
  ['compstd show … --format json', [process.execPath, bin, 'show', 'IIS3512-001v3', '--format', 'json']],
  ['compstd list --all-versions', [process.execPath, bin, 'list', '--all-versions']],
];

const times = new Map(cases.map(([name]) => [name, []]));
for (let i = 0; i < runs + 2; i++) {
  for (const [name, [cmd, ...args]] of cases) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${name} exited ${r.status}: ${r.stderr}`);
    if (i >= 2) times.get(name).push(ms); // two warm-up rounds
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const base = median(times.get('node -e 0'));
console.log(`runs: ${runs} each, alternating; node ${process.version}`);
for (const [name] of cases) {
  const m = median(times.get(name));
  console.log(`${name.padEnd(32)} median ${m.toFixed(1).padStart(6)} ms   ${(m / base).toFixed(2)}× node -e 0`);
}
