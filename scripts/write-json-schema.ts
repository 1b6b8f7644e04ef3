/**
 * Writes public/careers.schema.json from the zod schema. Run after changing src/data/schema.ts:
 *   npx tsx scripts/write-json-schema.ts
 * tests/unit/json-schema.test.ts fails while the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText } from '../src/data/export/json-schema';

const target = fileURLToPath(new URL('../public/careers.schema.json', import.meta.url));
writeFileSync(target, jsonSchemaText());
console.log(`write-json-schema: wrote ${target}`);
