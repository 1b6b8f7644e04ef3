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

export function parseHeader(text: string): string[] {
  const first = Papa.parse<string[]>(text, { preview: 1, delimitersToGuess: [',', ';', '\t'] });
  return (first.data[0] ?? []).map(normaliseColumn);
}

export function parseTable(file: string, text: string, spec: TableSpec): TableResult {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t'],
  });
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
