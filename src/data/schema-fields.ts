/**
 * The fields every dataset record is built from: ids, bounded text, years, amounts, the Spanish
 * beside the English, and a statement with its sources. One definition each, so a role's title
 * and a credential's name are checked (and worded, SCHEMA_WORDS) the same way.
 */
// First: zod is loaded on demand (imports, plans), and whoever loads it reaches it through here.
import './zod-csp';
import { z } from 'zod';
import { ID_MAX, ID_PATTERN, isReservedId } from './vocabulary';
import { SCHEMA_WORDS, tooLong } from './problems';

export const id = z
  .string()
  .min(1, SCHEMA_WORDS.not_empty)
  .max(ID_MAX, tooLong(ID_MAX))
  .regex(ID_PATTERN, SCHEMA_WORDS.id_pattern)
  .refine((v) => !isReservedId(v), SCHEMA_WORDS.id_reserved);
export const text = (max = 2000) => z.string().trim().min(1, SCHEMA_WORDS.not_empty).max(max, tooLong(max));
export const year = z.number().int().min(1900).max(2100);
export const nonNegative = z.number().finite().min(0, SCHEMA_WORDS.not_negative);

/**
 * Spanish beside the English: a record's `es` holds the same fields in Spanish (a role's title,
 * a task's text, a move's note). Absent → the English is shown, marked as such. A quote from a
 * source stays in English inside the Spanish text, in straight double quotes, glossed after it.
 */
export const spanish = <S extends z.ZodRawShape>(shape: S) => z.strictObject(shape).optional();

/** A statement with its sources (a task, an eligibility route), with its Spanish. */
export const sourcedText = z.object({
  text: text(),
  sources: z.array(id).min(1, SCHEMA_WORDS.needs_source),
  es: spanish({ text: text() }),
});
