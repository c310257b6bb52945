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
