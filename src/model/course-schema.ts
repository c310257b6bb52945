/**
 * The one definition of a course mapping file (課程對應檔): a course, the standard version it maps
 * to, and its units with the task, K, S and A codes each covers. `schemas/course.schema.json` and
 * the standalone validator are generated from this (`npm run gen:schema`); the TypeScript types in
 * ./course.ts are inferred from it. Imported only for its types at run time.
 */
import { Type, type Static } from '@sinclair/typebox';

export const COURSE_SCHEMA_ID = 'https://compstd.dev/schemas/course.schema.json';

const Code = (description: string) => Type.String({ pattern: '\\S', description });
const Text = (description: string) => Type.String({ description });
const Codes = (what: string, example: string) =>
  Type.Optional(Type.Array(Code(`${what} code, e.g. ${example}`), { description: `${what} codes the unit covers` }));

const Unit = Type.Object(
  {
    id: Code('The unit’s id within the course, e.g. U1 or 單元1'),
    title: Text('課程單元名稱'),
    hours: Type.Optional(Type.Number({ minimum: 0, description: 'Hours of the unit (時數)' })),
    level: Type.Optional(Type.Integer({ minimum: 1, maximum: 6, description: 'The level taught (職能級別 1–6), when the unit says' })),
    tasks: Codes('Task (工作任務)', 'T1.1'),
    knowledge: Codes('Knowledge (K)', 'K01'),
    skills: Codes('Skill (S)', 'S01'),
    attitudes: Codes('Attitude (A)', 'A01'),
    note: Type.Optional(Text('A remark for the reviewer')),
  },
  { additionalProperties: false },
);

export const CourseSchema = Type.Object(
  {
    course: Type.Object(
      {
        title: Text('課程名稱'),
        provider: Text('訓練單位 (the training provider)'),
        hours: Type.Optional(Type.Number({ minimum: 0, description: 'Total hours (總時數)' })),
        code: Type.Optional(Text('The course’s own code or certification number, if any')),
      },
      { additionalProperties: false, description: 'The course' },
    ),
    standard: Code('The standard version mapped to, with its version: IIS3512-001v3'),
    units: Type.Array(Unit, { minItems: 1, description: '課程單元, in teaching order' }),
  },
  {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: COURSE_SCHEMA_ID,
    title: 'compstd course mapping',
    description: 'A course (職能導向課程) mapped to a version of an occupational competency standard',
    additionalProperties: false,
  },
);

export type CourseMapping = Static<typeof CourseSchema>;
export type CourseUnit = Static<typeof Unit>;
