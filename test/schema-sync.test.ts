// The JSON Schema and the standalone validator are generated from src/model/schema.ts; the
// TypeScript types are inferred from the same definition. This fails when a committed artefact
// is stale: run `npm run gen:schema`.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
// @ts-expect-error -- a plain .mjs build script without types
import { schemaJson, validatorCode } from '../scripts/schema-json.mjs';

const read = (p: string) => readFileSync(new URL(`../${p}`, import.meta.url), 'utf8');

describe('generated schema artefacts', () => {
  it('schemas/standard.schema.json is generated from src/model/schema.ts', async () => {
    expect(read('schemas/standard.schema.json')).toBe(await (schemaJson as () => Promise<string>)());
  });

  it('src/load/generated/standard-validator.js is compiled from the same schema', async () => {
    expect(read('src/load/generated/standard-validator.js')).toBe(await (validatorCode as () => Promise<string>)());
  });

  it('has a stable $id and draft-07, which yaml-language-server understands', () => {
    const schema = JSON.parse(read('schemas/standard.schema.json')) as Record<string, unknown>;
    expect(schema.$id).toBe('https://compstd.dev/schemas/standard.schema.json');
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });
});

describe('the JSON Schema file as editors see it', () => {
  it('validates every bundled standard, each of which starts with the schema modeline', async () => {
    const { Ajv } = await import('ajv');
    const { parse } = await import('yaml');
    const { readdirSync } = await import('node:fs');
    const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(read('schemas/standard.schema.json')) as object);
    const files = readdirSync(new URL('../standards/', import.meta.url), { recursive: true }).map(String).filter((f) => f.endsWith('.yaml'));
    expect(files.sort()).toEqual(['IDC3512-002/v2.yaml', 'IIS3512-001/v3.yaml']);
    for (const f of files) {
      const text = read(`standards/${f}`);
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/standard.schema.json');
      expect(validate(parse(text)), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(validate({ code: 'X' })).toBe(false);
  });
});
