// The course mapping schema and its validator are generated from src/model/course-schema.ts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
// @ts-expect-error -- a plain .mjs build script without types
import { courseSchemaJson, courseValidatorCode } from '../scripts/schema-json.mjs';

const read = (p: string) => readFileSync(new URL(`../${p}`, import.meta.url), 'utf8');

describe('course schema artefacts', () => {
  it('schemas/course.schema.json and the validator are current (npm run gen:schema)', async () => {
    expect(read('schemas/course.schema.json')).toBe(await (courseSchemaJson as () => Promise<string>)());
    expect(read('src/load/generated/course-validator.js')).toBe(await (courseValidatorCode as () => Promise<string>)());
  });

  it('validates the example, which starts with the modeline, and refuses a unit without an id', async () => {
    const { Ajv } = await import('ajv');
    const { parse } = await import('yaml');
    const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(read('schemas/course.schema.json')) as object);
    const text = read('docs/examples/IIS3512-001v3.course.yaml');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/course.schema.json');
    expect(validate(parse(text))).toBe(true);
    expect(validate({ course: { title: 'x', provider: 'y' }, standard: 'IIS3512-001v3', units: [{ title: 'z' }] })).toBe(false);
  });
});
