/**
 * Where a CSV file stops being UTF-8. A file saved as UTF-8 with one cell pasted from a
 * Windows-1252 file (Excel's "CSV" on Windows, an old export) is refused, as every non-UTF-8
 * file is, but with the spreadsheet row and column of the first such cell and what that cell
 * says when read as Windows-1252, so the user can find it, fix it or re-save the file.
 */
import Papa from 'papaparse';
import { quote } from './decode';
import { DELIMITERS, excelSeparator, normaliseColumn } from './csv-table';
import type { ImportProblem } from './types';
import { m } from '../../paraglide/messages.js';

/**
 * The refusal for a CSV file that is not UTF-8 from byte `at` on: its row (the header is row
 * 1, as in the spreadsheet) and column. Read as Windows-1252 every byte is one character, so
 * the byte offset is also the offset in that reading.
 */
export function locateNonUtf8Cell(file: string, bytes: Uint8Array, at: number): ImportProblem {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const { text, skipped, delimiter } = excelSeparator(new TextDecoder('windows-1252').decode(bytes.subarray(bom)));
  const all = Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    ...(delimiter ? { delimiter } : { delimitersToGuess: DELIMITERS }),
  });
  const before = Papa.parse<string[]>(text.slice(0, Math.max(0, at - bom - skipped) + 1), {
    skipEmptyLines: false,
    delimiter: all.meta.delimiter,
  });
  const row = Math.max(0, before.data.length - 1);
  const column = Math.max(0, (before.data[row]?.length ?? 1) - 1);
  const name = all.data[0]?.[column];
  const cell = all.data[row]?.[column] ?? '';
  return {
    file,
    row: row + 1,
    field: name ? normaliseColumn(name) : String(column + 1),
    message: m.di_not_utf8_cell({ value: quote(cell.trim()) }),
  };
}
