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

export function cellReader(file: string, row: TableRow, problems: ImportProblem[]): CellReader {
  const report = (field: string, message: string) => problems.push({ file, row: row.row, field, message });
  const required = (field: string) => report(field, m.di_cell_required());

  const checkId = (field: string, value: string): boolean => {
    if (value.length > ID_MAX) report(field, m.di_cell_id_too_long({ value: quote(value) }));
    else if (!ID_PATTERN.test(value)) report(field, m.di_cell_id_pattern({ value: quote(value) }));
    else if (isReservedId(value)) report(field, m.di_cell_id_reserved({ value: quote(value) }));
    else return true;
    return false;
  };

  return {
    report,
    id(field, options = {}) {
      const value = row.get(field);
      if (value === '') {
        if (options.required !== false) required(field);
        return undefined;
      }
      return checkId(field, value) ? value : undefined;
    },
    text(field, max, options = {}) {
      const value = row.get(field);
      if (value === '') {
        if (options.required) required(field);
        return undefined;
      }
      if (value.length > max) {
        report(field, m.di_cell_too_long({ length: formatCount(value.length), max: formatCount(max) }));
        return undefined;
      }
      return value;
    },
    choice(field, allowed, fallback) {
      const value = row.get(field);
      if (value === '') {
        if (fallback === undefined) required(field);
        return fallback;
      }
      const found = allowed.find((a) => a === normaliseChoice(value));
      if (found === undefined)
        report(field, m.di_cell_not_one_of({ value: quote(value), allowed: allowed.join(', ') }));
      return found;
    },
    number(field, fallback) {
      const value = row.get(field);
      if (value === '') {
        if (fallback === undefined) required(field);
        return fallback;
      }
      const normalised = value.replace(',', '.');
      if (value.startsWith('-') && NUMBER.test(normalised.slice(1))) {
        report(field, m.di_cell_negative({ value: quote(value) }));
        return undefined;
      }
      const n = NUMBER.test(normalised) ? Number(normalised) : NaN;
      if (!Number.isFinite(n)) {
        report(field, m.di_cell_not_number({ value: quote(value) }));
        return undefined;
      }
      return n;
    },
    bool(field, fallback) {
      const value = normaliseChoice(row.get(field));
      if (value === '') return fallback;
      if (TRUE.has(value)) return true;
      if (FALSE.has(value)) return false;
      report(field, m.di_cell_not_bool({ value: quote(row.get(field)) }));
      return undefined;
    },
    list(field) {
      const items = row
        .get(field)
        .split('|')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      return [...new Set(items)];
    },
  };
}
