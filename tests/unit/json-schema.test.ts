import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema, jsonSchemaText } from '../../src/data/export/json-schema';

describe('published JSON Schema', () => {
  it('public/careers.schema.json is what the generator writes (run: npx tsx scripts/write-json-schema.ts)', () => {
    expect(readFileSync('public/careers.schema.json', 'utf8')).toBe(jsonSchemaText());
  });

  it('describes every top-level part of the dataset as required', () => {
    const schema = buildJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual([
      'version',
      'name',
      'sources',
      'roles',
      'credentials',
      'salaries',
      'outlook',
      'transitions',
      'paths',
      'cpi',
    ]);
  });
});
