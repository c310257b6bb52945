// Line breaking, side by side with wrap-ansi (the wrapper most CLIs use; it has no kinsoku rules
// and breaks CJK only where it must) in one run: medians of 5 runs per size, so that the growth
// with the input shows (linear: 10× the text, about 10× the time). Run: node bench/wrap.mjs
import { build } from 'esbuild';
import { performance } from 'node:perf_hooks';
import wrapAnsi from 'wrap-ansi';

const out = await build({ entryPoints: ['src/formatters/text/width.ts'], bundle: true, platform: 'node', format: 'esm', write: false });
const { wrap } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);

const SENTENCE = '依使用者反映的問題，檢視並確認使用者現有系統環境（IIS3512-001v3）。 ';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (f) => {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    f();
    runs.push(performance.now() - t);
  }
  return median(runs);
};

console.log('| text | compstd wrap (ms) | wrap-ansi (ms) | ratio |');
console.log('| --- | --- | --- | --- |');
for (const chars of [10_000, 100_000, 1_000_000]) {
  const text = SENTENCE.repeat(Math.ceil(chars / SENTENCE.length)).slice(0, chars);
  const a = time(() => wrap(text, 80));
  const b = time(() => wrapAnsi(text, 80, { hard: true }));
  console.log(`| ${chars.toLocaleString('en')} characters | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(a / b).toFixed(2)}× |`);
}
const word = 'x'.repeat(200_000);
const a = time(() => wrap(word, 80));
const b = time(() => wrapAnsi(word, 80, { hard: true }));
console.log(`| a 200,000-character word | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(a / b).toFixed(2)}× |`);
