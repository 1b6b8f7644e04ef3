/**
 * A CSV file as a table of trimmed cells with spreadsheet row numbers (header = row 1).
 * papaparse runs without header mode so blank lines keep their row number and every
 * record, even a quoted multi-line one, counts as one row — as a spreadsheet shows it.
 */
import Papa from 'papaparse';
import { quote } from './decode';
import type { ImportProblem } from './types';
import { m } from '../../paraglide/messages.js';

export interface TableSpec {
  required: readonly string[];
  optional: readonly string[];
}

export interface TableRow {
  /** Spreadsheet row number (header = 1). */
  row: number;
  get: (column: string) => string;
}

export interface Table {
  file: string;
  columns: string[];
  rows: TableRow[];
}

export type TableResult =
  { ok: true; table: Table; warnings: ImportProblem[] } | { ok: false; problems: ImportProblem[] };

/** "Years Low", "years-low" and "years_low" name the same column. */
export function normaliseColumn(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** The separators a file may use when it does not name one. */
export const DELIMITERS = [',', ';', '\t'];

/**
 * Excel's first line `sep=;` (or `sep=,`, `sep=` and a tab) names the separator and is not a
 * row of the table. Returns the text without it, how many characters it took and the separator
 * it names. Excel hides the line, so rows keep the spreadsheet's numbers: the header is row 1.
 */
export function excelSeparator(text: string): { text: string; skipped: number; delimiter: string | null } {
  const line = /^"?sep=(\\t|[,;\t])"?[^\r\n]*(?:\r\n|\n|\r|$)/i.exec(text);
  if (!line) return { text, skipped: 0, delimiter: null };
  return { text: text.slice(line[0].length), skipped: line[0].length, delimiter: line[1] === '\\t' ? '\t' : line[1]! };
}

/** papaparse's options for a file: the separator its `sep=` line names, else one of DELIMITERS, guessed. */
function separatorOptions(delimiter: string | null) {
  return delimiter ? { delimiter } : { delimitersToGuess: DELIMITERS };
}

export function parseHeader(input: string): string[] {
  const { text, delimiter } = excelSeparator(input);
  const first = Papa.parse<string[]>(text, { preview: 1, ...separatorOptions(delimiter) });
  return (first.data[0] ?? []).map(normaliseColumn);
}

export function parseTable(file: string, input: string, spec: TableSpec): TableResult {
  const { text, delimiter } = excelSeparator(input);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, ...separatorOptions(delimiter) });
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  for (const e of parsed.errors) {
    // A one-column file has no delimiter to detect; that is not an error.
    if (e.code === 'UndetectableDelimiter') continue;
    const row = e.row === undefined ? undefined : e.row + 1;
    const message = e.code === 'MissingQuotes' ? m.di_csv_unclosed_quote() : e.message;
    problems.push(row === undefined ? { file, message } : { file, row, message });
  }
  const [headerCells = [], ...body] = parsed.data;
  const columns = headerCells.map(normaliseColumn);
  const index = new Map<string, number>();
  columns.forEach((name, i) => {
    if (name === '') return;
    if (index.has(name)) problems.push({ file, row: 1, message: m.di_csv_column_twice({ column: quote(name) }) });
    else index.set(name, i);
    if (!spec.required.includes(name) && !spec.optional.includes(name)) {
      warnings.push({ file, row: 1, message: m.di_csv_column_ignored({ column: quote(name) }) });
    }
  });
  const missing = spec.required.filter((c) => !index.has(c));
  if (missing.length) {
    const say = missing.length > 1 ? m.di_csv_missing_column_other : m.di_csv_missing_column_one;
    problems.push({
      file,
      row: 1,
      message: say({ missing: missing.map((c) => quote(c)).join(', '), required: spec.required.join(', ') }),
    });
  }
  if (problems.length) return { ok: false, problems };

  const width = columns.length;
  const rows: TableRow[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const extra = cells.slice(width).filter((c) => c.trim() !== '');
    if (extra.length) {
      problems.push({ file, row, message: m.di_csv_row_width({ cells: cells.length, columns: width }) });
      return;
    }
    rows.push({ row, get: (column) => (cells[index.get(column) ?? -1] ?? '').trim() });
  });
  if (problems.length) return { ok: false, problems };
  return { ok: true, table: { file, columns, rows }, warnings };
}
