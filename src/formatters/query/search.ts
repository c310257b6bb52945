/** `search` output: text with every match highlighted, Markdown, CSV and JSON. */
import { labelIn, type LabelKey } from '../../model/labels.js';
import type { SearchHit } from '../../query/search.js';
import { csvDocument } from '../encode/csv.js';
import { cell, table } from '../markdown/gfm.js';
import { hang } from '../text/width.js';
import { formatter, type RenderContext } from '../types.js';

export interface SearchData {
  hits: readonly SearchHit[];
}


const KIND_LABEL: Record<SearchHit['kind'], LabelKey> = {
  name: 'kindName',
  description: 'kindDescription',
  category: 'kindCategory',
  occupation: 'kindOccupation',
  industry: 'kindIndustry',
  duty: 'kindDuty',
  task: 'kindTask',
  output: 'kindOutput',
  indicator: 'kindIndicator',
  knowledge: 'kindKnowledge',
  skill: 'kindSkill',
  attitude: 'kindAttitude',
  qualification: 'kindQualification',
  note: 'kindNote',
};

/** The text with each match between `open` and `close`. */
function marked(h: SearchHit, open: string, close: string): string {
  let out = '';
  let at = 0;
  for (const [a, b] of h.matches ?? [h.match]) {
    if (a < at) continue;
    out += `${h.text.slice(at, a)}${open}${h.text.slice(a, b)}${close}`;
    at = b;
  }
  return out + h.text.slice(at);
}

function summary(hits: readonly SearchHit[], rc: RenderContext): string {
  return rc.tr('cli.search.summary', { hits: hits.length, standards: new Set(hits.map((h) => h.standard)).size });
}

/**
 * One hit per block: 「IDC3512-002v2 P1.1.2 行為指標」 and the text wrapped under it, every match
 * in colour — or, without colour, between « » so that it still shows.
 */
export const searchText = formatter<SearchData>('text', ({ hits }, rc) => {
  if (hits.length === 0) return `${rc.tr('cli.search.none')}\n`;
  const l = labelIn(rc.lang);
  const colored = rc.style.accent('x') !== 'x';
  const out: string[] = [];
  for (const h of hits) {
    const where = `${h.standard}${h.code ? ` ${h.code}` : ''}`;
    out.push(`${rc.style.code(where)} ${rc.style.dim(l(KIND_LABEL[h.kind]))}`);
    const lines = hang('  ', marked(h, '«', '»'), rc.width);
    if (!colored) {
      out.push(...lines);
      continue;
    }
    // In colour the marks give way to the highlight, also when a line break falls inside it.
    let inside = false;
    for (const line of lines) {
      let done = '';
      let run = '';
      for (const ch of line) {
        if (ch === '«') [done, run, inside] = [done + run, '', true];
        else if (ch === '»') [done, run, inside] = [done + rc.style.accent(run), '', false];
        else run += ch;
      }
      out.push(done + (inside ? rc.style.accent(run) : run));
    }
  }
  out.push('', summary(hits, rc));
  return `${out.join('\n')}\n`;
});

export const searchMarkdown = formatter<SearchData>('markdown', ({ hits }, rc) => {
  if (hits.length === 0) return `${rc.tr('cli.search.none')}\n`;
  const l = labelIn(rc.lang);
  // The matches in bold: the text is escaped first, then the marks become ** (they can't occur in it).
  const rows = hits.map((h) => [h.standard, h.code ?? '', l(KIND_LABEL[h.kind]), cell(marked(h, '\ue000', '\ue001')).replace(/[\ue000\ue001]/g, '**')]);
  return `${table([l('code'), l('itemCode'), l('kind'), l('text')], rows, new Set([3]))}\n\n${summary(hits, rc)}\n`;
});

export const searchCsv = formatter<SearchData>('csv', ({ hits }, rc) => {
  const l = labelIn(rc.lang);
  return csvDocument(
    [l('code'), l('kind'), l('itemCode'), l('text'), l('match')],
    hits.map((h) => [h.standard, l(KIND_LABEL[h.kind]), h.code ?? '', h.text, h.text.slice(h.match[0], h.match[1])]),
    rc.csv,
  );
});

export const searchJson = formatter<SearchData>('json', ({ hits }) => `${JSON.stringify(hits, null, 2)}\n`);
