// Golden tests of the course formatters: coverage (text, markdown, csv, json) of the example and
// impact (text, markdown, json) against a v4 made here from IIS3512-001v3, in both languages.
// Update with `npx vitest run -u test/course-golden.test.ts` and review the diff.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import stringWidth from 'string-width';
import { parse } from 'yaml';
import type { CourseMapping } from '../src/model/course.js';
import type { Standard } from '../src/model/schema.js';
import { coverage } from '../src/course/coverage.js';
import { impact } from '../src/course/impact.js';
import { diffEntries } from '../src/diff/versions.js';
import { COVERAGE_FORMATS, IMPACT_FORMATS, TEMPLATE_FORMATS } from '../src/formatters/course/index.js';
import { makeRenderContext } from '../src/formatters/types.js';
import { prepareDisplayWidth, stringsOf } from '../src/formatters/text/width.js';
import { ROOT } from './helpers.js';

const v3 = parse(readFileSync(`${ROOT}standards/IIS3512-001/v3.yaml`, 'utf8')) as Standard;
const example = parse(readFileSync(`${ROOT}docs/examples/IIS3512-001v3.course.yaml`, 'utf8')) as CourseMapping;

/** v4: K09 → K10, S06 removed, K02 reworded, T2.3 added, T2.2 at level 4. */
function v4Of(s: Standard): Standard {
  const v4 = JSON.parse(JSON.stringify(s).replaceAll('K09', 'K10')) as Standard;
  v4.code = 'IIS3512-001v4';
  v4.version = 4;
  v4.skills = v4.skills.filter((x) => x.code !== 'S06');
  for (const d of v4.duties) for (const t of d.tasks) for (const r of t.rows) r.skills = r.skills.filter((x) => x !== 'S06');
  v4.knowledge.find((k) => k.code === 'K02')!.name = '雲端產品與服務概念';
  const t22 = v4.duties[1]!.tasks[1]!;
  t22.rows[0]!.level = 4;
  v4.duties[1]!.tasks.push({ code: 'T2.3', title: '彙整常見問題知識庫', outputs: [], rows: [{ level: 3, indicators: [{ code: 'P2.3.1', text: '彙整問題處理紀錄，建立常見問題知識庫。' }], knowledge: ['K07'], skills: ['S02'] }] });
  return v4;
}
const from = { kind: 'published', base: 'IIS3512-001', version: 3, file: 'v3.yaml', standard: v3 } as const;
const to = { kind: 'published', base: 'IIS3512-001', version: 4, file: 'v4.yaml', standard: v4Of(v3) } as const;
const cov = coverage(example, v3);
const imp = impact(example, diffEntries(from, to));
await prepareDisplayWidth(stringsOf([cov, imp]));

describe.each(['zh-Hant', 'en'] as const)('course formatters (%s)', (lang) => {
  for (const width of [40, 80, 120]) {
    it(`coverage and impact text at ${width} columns`, async () => {
      const rc = makeRenderContext({ lang, width });
      const c = (await (await COVERAGE_FORMATS.text()).format(cov, rc)) as string;
      const i = (await (await IMPACT_FORMATS.text()).format(imp, rc)) as string;
      for (const line of [...c.split('\n'), ...i.split('\n')]) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
      await expect(c).toMatchFileSnapshot(`golden/course/coverage.${lang}.w${width}.txt`);
      await expect(i).toMatchFileSnapshot(`golden/course/impact.${lang}.w${width}.txt`);
    });
  }
  it('coverage markdown, csv and json; impact markdown and json', async () => {
    const rc = makeRenderContext({ lang });
    for (const f of ['markdown', 'csv', 'json'] as const) {
      await expect(await (await COVERAGE_FORMATS[f]()).format(cov, rc)).toMatchFileSnapshot(`golden/course/coverage.${lang}.${f === 'markdown' ? 'md' : f}`);
    }
    for (const f of ['markdown', 'json'] as const) {
      await expect(await (await IMPACT_FORMATS[f]()).format(imp, rc)).toMatchFileSnapshot(`golden/course/impact.${lang}.${f === 'markdown' ? 'md' : f}`);
    }
    await expect(await (await TEMPLATE_FORMATS.csv()).format({ standard: v3 }, rc)).toMatchFileSnapshot(`golden/course/template.${lang}.csv`);
  });
});
