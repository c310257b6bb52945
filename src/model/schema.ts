/**
 * The one definition of a standard file. The JSON Schema in `schemas/standard.schema.json` is
 * generated from this (`npm run gen:schema`) and the TypeScript types are inferred from it, so the
 * two cannot drift apart (test/schema-sync.test.ts checks the committed file is current).
 *
 * This module is only imported for its types at run time (`import type`); the TypeBox builder is
 * a development dependency used by the generator.
 */
import { Type, type Static } from '@sinclair/typebox';

export const SCHEMA_ID = 'https://compstd.dev/schemas/standard.schema.json';

/** A string enum as JSON Schema `enum` (editors offer the values as completions). */
const StringEnum = <const T extends readonly string[]>(values: T, description: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });

/** A code: any text with a non-space character (its format is checked by the rules, not here). */
const Code = (description: string) => Type.String({ pattern: '\\S', description });

const Text = (description: string) => Type.String({ description });

/** A coded text of the task table: an output (O1.1.1) or a behaviour indicator (P1.1.1). */
const CodedText = (what: string) =>
  Type.Object(
    {
      code: Code(`${what} code as printed`),
      text: Text(`${what} text as published`),
    },
    { additionalProperties: false },
  );

const Output = CodedText('Work output (工作產出), e.g. O1.1.1');
const Indicator = CodedText('Behaviour indicator (行為指標), e.g. P1.1.1');

/** A knowledge or skill entry of the standard-wide list. */
const Competency = (what: string) =>
  Type.Object(
    {
      code: Code(`${what} code, e.g. ${what === 'Knowledge' ? 'K01' : 'S01'}`),
      name: Text(`${what} name as published`),
    },
    { additionalProperties: false },
  );

/**
 * A row's reference to a knowledge or skill item: the bare code, or an object when the row printed
 * more than the code: the tasks it was tagged with (【T1.1】、【T1.5】) or a name that differs from
 * the standard-wide list.
 */
const CompetencyRef = (prefix: 'K' | 'S') =>
  Type.Union([
    Code(`${prefix} code, e.g. ${prefix}01`),
    Type.Object(
      {
        code: Code(`${prefix} code, e.g. ${prefix}01`),
        tasks: Type.Optional(
          Type.Array(Code('Task code'), {
            description: 'Tasks this item is tagged with in this row (【T1.1】、【T1.5】)',
          }),
        ),
        name: Type.Optional(
          Text('The name printed in this row, when it differs from the standard-wide list'),
        ),
      },
      { additionalProperties: false },
    ),
  ]);

const Level = Type.Union([Type.Integer(), Type.Null()], {
  description: '職能級別 1–6; null when the document sets no level',
});

/** One row of the task table: a task at one level, with its indicators and the K/S it needs. */
const Row = Type.Object(
  {
    level: Level,
    indicators: Type.Array(Indicator, { description: '行為指標' }),
    knowledge: Type.Array(CompetencyRef('K'), { description: '職能內涵 K (knowledge) codes' }),
    skills: Type.Array(CompetencyRef('S'), { description: '職能內涵 S (skills) codes' }),
  },
  { additionalProperties: false },
);

const Task = Type.Object(
  {
    code: Code('Task code (工作任務), e.g. T1.1'),
    title: Text('Task title as published'),
    outputs: Type.Array(Output, { description: '工作產出; may be empty' }),
    rows: Type.Array(Row, {
      description:
        "The task's rows in the table: usually one, several when the task is split by level. " +
        'Empty only when the duty has a shared row.',
    }),
  },
  { additionalProperties: false },
);

const SharedRow = Type.Object(
  {
    outputs: Type.Array(Output),
    rows: Type.Array(Row),
  },
  {
    additionalProperties: false,
    description:
      'Old numbering: one printed row shared by all tasks of the duty, with outputs and ' +
      'indicators numbered per duty (O1.1, P1.1)',
  },
);

const Duty = Type.Object(
  {
    code: Code('Duty code (主要職責), e.g. T1'),
    title: Text('Duty title as published'),
    tasks: Type.Array(Task),
    shared: Type.Optional(SharedRow),
  },
  { additionalProperties: false },
);

const Attitude = Type.Object(
  {
    code: Code('Attitude code, e.g. A01'),
    name: Text('Attitude name (名稱)'),
    definition: Type.Optional(Text('Definition (定義), when the document gives one')),
  },
  { additionalProperties: false },
);

const VersionRow = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: '版本 (V3 → 3)' }),
    code: Code('職能基準代碼 as printed in the row'),
    name: Text('職能基準名稱 of that version'),
    status: StringEnum(['current', 'historical'], '狀態: current = 最新版本, historical = 歷史版本'),
    note: Text('更新說明 as printed (e.g. 已被《IIS3512-001v3》取代, 略)'),
    date: Type.Union([Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }), Type.Null()], {
      description: '發展更新日期 as YYYY-MM-DD (printed 2024/12/15); null when not printed',
    }),
  },
  { additionalProperties: false },
);

const ClassificationRow = (what: string, codeExample: string) =>
  Type.Object(
    {
      name: Text(`${what} name as published`),
      code: Code(`${what} code, e.g. ${codeExample}`),
    },
    { additionalProperties: false },
  );

const Repair = Type.Object(
  {
    at: Code('The element repaired: a code (O2.2.1, T2.1) or a field name (description)'),
    kind: StringEnum(
      ['removed-space', 'merged-continuation-row', 'split-code', 'rejoined-text', 'other'],
      'What the copying broke and how it was repaired',
    ),
    before: Type.Optional(Text('The text as copied, before the repair')),
    after: Type.Optional(Text('The text after the repair')),
    note: Type.Optional(Text('Why, in a sentence')),
  },
  { additionalProperties: false },
);

/**
 * What the file is: a transcription of a published document (import writes this) or a standard
 * written in the repository (the default when `source` is absent). For a transcription, defects
 * of the publication are facts about it: validate reports them as published defects (warnings or
 * infos of their own ids), never as errors. An authored standard must be right.
 */
const Source = Type.Object(
  {
    kind: StringEnum(
      ['transcription', 'authored'],
      'transcription = copied from a published document, kept as published; authored = written here',
    ),
    document: Type.Optional(
      Text('The published document transcribed: its title and code, e.g. 雲端支援服務人員職能基準 (IIS3512-001v3)'),
    ),
    date: Type.Optional(
      Type.Union([Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }), Type.Null()], {
        description: "The document's date (發展更新日期 of its version) as YYYY-MM-DD; null when not printed",
      }),
    ),
  },
  { additionalProperties: false, description: 'Where the file comes from' },
);

export const StandardSchema = Type.Object(
  {
    code: Code('職能基準代碼 of this version, e.g. IIS3512-001v3'),
    version: Type.Integer({ minimum: 1, description: 'Version number of this file (v3 → 3)' }),
    name: Text('職能基準名稱'),
    nameKind: StringEnum(
      ['occupation', 'category'],
      'Whether the name was filled in as a 職業 (occupation) or a 職類 (job category)',
    ),
    title: Type.Optional(Text('Document title line, e.g. 雲端支援服務人員職能基準')),
    versions: Type.Array(VersionRow, {
      description: 'The version table (版本表) as printed, newest first',
    }),
    categories: Type.Array(ClassificationRow('職類別 (job category)', 'IIS'), {
      description: '職類別 rows',
    }),
    occupations: Type.Array(ClassificationRow('職業別 (occupation)', '3512'), {
      description: '職業別 rows',
    }),
    industries: Type.Array(ClassificationRow('行業別 (industry)', 'J6312'), {
      description: '行業別 rows',
    }),
    description: Text('工作描述'),
    level: Type.Union([Type.Integer(), Type.Null()], {
      description: '基準級別 1–6; null when not printed',
    }),
    duties: Type.Array(Duty, { description: '主要職責 → 工作任務, in table order' }),
    knowledge: Type.Array(Competency('Knowledge'), { description: '職能內涵 K, standard-wide' }),
    skills: Type.Array(Competency('Skill'), { description: '職能內涵 S, standard-wide' }),
    attitudes: Type.Array(Attitude, { description: '職能內涵 A (態度), standard-wide' }),
    notes: Type.Object(
      {
        qualifications: Type.Array(Text('One line'), {
          description: '建議擔任此職類/職業之學歷/經驗/或能力條件; empty for 「無。」',
        }),
        other: Type.Array(Text('One line'), {
          description: '其他補充說明: term definitions, 【註N】 footnotes; empty for 「無。」',
        }),
      },
      { additionalProperties: false, description: '說明與補充事項' },
    ),
    source: Type.Optional(Source),
    repairs: Type.Optional(
      Type.Array(Repair, {
        description: 'Every repair of what copying the document broke, so a reader can review it',
      }),
    ),
  },
  {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'compstd standard',
    description:
      'One version of an occupational competency standard (職能基準) as published on iCAP',
    additionalProperties: false,
  },
);

export type Standard = Static<typeof StandardSchema>;
export type Duty = Static<typeof Duty>;
export type Task = Static<typeof Task>;
export type Row = Static<typeof Row>;
export type CodedText = Static<typeof Output>;
export type Competency = Static<ReturnType<typeof Competency>>;
export type CompetencyRef = Static<ReturnType<typeof CompetencyRef>>;
export type Attitude = Static<typeof Attitude>;
export type VersionRow = Static<typeof VersionRow>;
export type ClassificationRow = Static<ReturnType<typeof ClassificationRow>>;
export type Repair = Static<typeof Repair>;
export type Source = Static<typeof Source>;
