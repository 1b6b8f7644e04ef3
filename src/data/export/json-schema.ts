/**
 * The dataset's JSON Schema, generated from the zod schema so the published file can never
 * disagree with the validator's shape rules. Cross-record rules (unknown ids, duplicates) and
 * zod refinements (low ≤ typical ≤ high…) cannot be expressed in JSON Schema and are dropped;
 * the app still enforces them on import.
 */
import { z } from 'zod';
import { datasetSchema } from '../schema';

export function buildJsonSchema(): Record<string, unknown> {
  // io 'input': the shape a file must have (before zod trims strings); unrepresentable parts become {}.
  const { $schema, ...rest } = z.toJSONSchema(datasetSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  return {
    $schema,
    $id: 'careers.schema.json',
    title: 'Career Path Explorer dataset',
    description:
      'The JSON format the Career Path Explorer imports and exports. Also checked on import, beyond this schema: ids are unique, every reference names an existing record, no transition goes from a role to itself or repeats a move, years satisfy low ≤ typical ≤ high, and salary ranges have a high value ≥ value. See docs/data-format.md.',
    ...rest,
  };
}

export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
