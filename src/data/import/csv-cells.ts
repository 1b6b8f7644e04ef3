/**
 * Reads typed values out of one CSV row, reporting each bad cell as
 * "<file> row <n>, column <name>: <what is wrong>" and returning undefined for it, so one
 * pass over a file lists every problem instead of stopping at the first.
 */
import { ID_MAX, ID_PATTERN, isReservedId } from '../vocabulary';
import { quote } from './decode';
import type { TableRow } from './csv-table';
import type { ImportProblem } from './types';
import { m } from '../../paraglide/messages.js';
import { formatCount } from '../../i18n/numbers';

const NUMBER = /^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/** "High School", "high-school" and "high_school" are the same choice. */
export function normaliseChoice(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export interface CellReader {
  report: (field: string, message: string) => void;
  id: (field: string, options?: { required?: boolean }) => string | undefined;
  text: (field: string, max: number, options?: { required?: boolean }) => string | undefined;
  choice: <T extends string>(field: string, allowed: readonly T[], fallback?: T) => T | undefined;
  number: (field: string, fallback?: number) => number | undefined;
  bool: (field: string, fallback: boolean) => boolean | undefined;
  list: (field: string) => string[];
}

/** One row of one file: where a bad cell is reported, and how an empty required cell is. */
interface Cells {
  row: TableRow;
  report: (field: string, message: string) => void;
  required: (field: string) => void;
}

function checkId(cells: Cells, field: string, value: string): boolean {
  if (value.length > ID_MAX) cells.report(field, m.di_cell_id_too_long({ value: quote(value) }));
  else if (!ID_PATTERN.test(value)) cells.report(field, m.di_cell_id_pattern({ value: quote(value) }));
  else if (isReservedId(value)) cells.report(field, m.di_cell_id_reserved({ value: quote(value) }));
  else return true;
  return false;
}

function readId(cells: Cells, field: string, options: { required?: boolean } = {}): string | undefined {
  const value = cells.row.get(field);
  if (value === '') {
    if (options.required !== false) cells.required(field);
    return undefined;
  }
  return checkId(cells, field, value) ? value : undefined;
}

function readText(cells: Cells, field: string, max: number, options: { required?: boolean } = {}): string | undefined {
  const value = cells.row.get(field);
  if (value === '') {
    if (options.required) cells.required(field);
    return undefined;
  }
  if (value.length > max) {
    cells.report(field, m.di_cell_too_long({ length: formatCount(value.length), max: formatCount(max) }));
    return undefined;
  }
  return value;
}

function readChoice<T extends string>(cells: Cells, field: string, allowed: readonly T[], fallback?: T): T | undefined {
  const value = cells.row.get(field);
  if (value === '') {
    if (fallback === undefined) cells.required(field);
    return fallback;
  }
  const found = allowed.find((a) => a === normaliseChoice(value));
  if (found === undefined)
    cells.report(field, m.di_cell_not_one_of({ value: quote(value), allowed: allowed.join(', ') }));
  return found;
}

/** A number ≥ 0, with a decimal point or comma; a negative number is named as such. */
function readNumber(cells: Cells, field: string, fallback?: number): number | undefined {
  const value = cells.row.get(field);
  if (value === '') {
    if (fallback === undefined) cells.required(field);
    return fallback;
  }
  const normalised = value.replace(',', '.');
  if (value.startsWith('-') && NUMBER.test(normalised.slice(1))) {
    cells.report(field, m.di_cell_negative({ value: quote(value) }));
    return undefined;
  }
  const n = NUMBER.test(normalised) ? Number(normalised) : NaN;
  if (!Number.isFinite(n)) {
    cells.report(field, m.di_cell_not_number({ value: quote(value) }));
    return undefined;
  }
  return n;
}

function readBool(cells: Cells, field: string, fallback: boolean): boolean | undefined {
  const value = normaliseChoice(cells.row.get(field));
  if (value === '') return fallback;
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  cells.report(field, m.di_cell_not_bool({ value: quote(cells.row.get(field)) }));
  return undefined;
}

/** "a | b | a" → ["a", "b"]: trimmed, blanks dropped, each once. */
function readList(cells: Cells, field: string): string[] {
  const items = cells.row
    .get(field)
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return [...new Set(items)];
}

export function cellReader(file: string, row: TableRow, problems: ImportProblem[]): CellReader {
  const report = (field: string, message: string) => problems.push({ file, row: row.row, field, message });
  const cells: Cells = { row, report, required: (field) => report(field, m.di_cell_required()) };
  return {
    report,
    id: (field, options) => readId(cells, field, options),
    text: (field, max, options) => readText(cells, field, max, options),
    choice: (field, allowed, fallback) => readChoice(cells, field, allowed, fallback),
    number: (field, fallback) => readNumber(cells, field, fallback),
    bool: (field, fallback) => readBool(cells, field, fallback),
    list: (field) => readList(cells, field),
  };
}
