/**
 * Where a plan file's JSON goes wrong, in words for the import message. The scanning is
 * shared with the dataset importer (src/data/json-locate.ts); only the wording is here.
 */
import { jsonErrorOffset, lineColumn } from '../data/json-locate';
import { m } from '../paraglide/messages.js';

/** " (line 2, column 9)", " (it ends too early)" or "" when no place can be named. */
export function jsonErrorPlace(text: string): string {
  const offset = jsonErrorOffset(text);
  if (offset === null) return '';
  if (offset >= text.length) return m.pl_json_ends_early();
  const at = lineColumn(text, offset);
  return m.pl_json_at({ line: at.line, column: at.column });
}
