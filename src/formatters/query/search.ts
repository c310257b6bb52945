/** `search` output: text with the match highlighted, JSON and CSV. */
import { stringify } from 'csv-stringify/sync';
import { label, type LabelKey } from '../../model/labels.js';
import type { SearchHit } from '../../query/search.js';
import type { Style } from '../text/style.js';
import { hang } from '../text/width.js';

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

/**
 * One hit per block: 「IDC3512-002v2 P1.1.2 行為指標」 and the text, the match in colour — or,
 * without colour, between « » so it still shows.
 */
export function searchText(hits: readonly SearchHit[], o: { style: Style; width: number; colored: boolean }): string {
  if (hits.length === 0) return 'No matches.\n';
  const out: string[] = [];
  for (const h of hits) {
    const where = `${h.standard}${h.code ? ` ${h.code}` : ''}`;
    out.push(`${o.style.code(where)} ${o.style.dim(label(KIND_LABEL[h.kind]))}`);
    const [a, b] = h.match;
    const lines = hang('  ', `${h.text.slice(0, a)}«${h.text.slice(a, b)}»${h.text.slice(b)}`, o.width);
    if (!o.colored) {
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
        else if (ch === '»') [done, run, inside] = [done + o.style.accent(run), '', false];
        else run += ch;
      }
      out.push(done + (inside ? o.style.accent(run) : run));
    }
  }
  const standards = new Set(hits.map((h) => h.standard)).size;
  out.push('', `${hits.length} ${hits.length === 1 ? 'match' : 'matches'} in ${standards} ${standards === 1 ? 'standard' : 'standards'}`);
  return `${out.join('\n')}\n`;
}

export function searchJson(hits: readonly SearchHit[]): string {
  return `${JSON.stringify(hits, null, 2)}\n`;
}

export function searchCsv(hits: readonly SearchHit[]): string {
  return stringify(
    hits.map((h) => [h.standard, h.kind, h.code ?? '', h.text, h.text.slice(h.match[0], h.match[1])]),
    { header: true, columns: ['standard', 'kind', 'code', 'text', 'match'], record_delimiter: 'windows' },
  );
}
