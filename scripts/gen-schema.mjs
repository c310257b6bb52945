// Regenerates schemas/standard.schema.json and src/load/generated/standard-validator.js from the
// TypeBox definition in src/model/schema.ts. Run after changing the model: npm run gen:schema.
// test/schema-sync.test.ts fails when either committed file is out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { courseSchemaJson, courseValidatorCode, schemaJson, validatorCode } from './schema-json.mjs';

const targets = [
  ['../schemas/standard.schema.json', schemaJson],
  ['../src/load/generated/standard-validator.js', validatorCode],
  ['../schemas/course.schema.json', courseSchemaJson],
  ['../src/load/generated/course-validator.js', courseValidatorCode],
];
for (const [rel, make] of targets) {
  const out = new URL(rel, import.meta.url);
  mkdirSync(new URL('.', out), { recursive: true });
  writeFileSync(out, await make());
  console.log(`wrote ${out.pathname}`);
}
