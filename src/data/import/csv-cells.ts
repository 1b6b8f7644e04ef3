/**
 * Reads typed values out of one CSV row, reporting each bad cell as
 * "<file> row <n>, column <name>: <what is wrong>" and returning undefined for it, so one
 * pass over a file lists every problem instead of stopping at the first.
 */
import { ID_MESSAGE, ID_PATTERN } from '../vocabulary';
import { quote } from './decode';
import type { TableRow } from './csv-table';
import type { ImportProblem } from './types';

const NUMBER = /^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/** "High School", "high-school" and "high_school" are the same choice. */
export function normaliseChoice(value: string): string {
  return value.trim().toLowerCase().replace(/[\s-]+/g, '_');
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
  const required = (field: string) => report(field, 'is required and must not be empty');

  const checkId = (field: string, value: string): boolean => {
    if (value.length > 64) report(field, `${quote(value)} is longer than 64 characters`);
    else if (!ID_PATTERN.test(value)) report(field, `${quote(value)} ${ID_MESSAGE}`);
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
        report(field, `is ${value.length.toLocaleString('en-US')} characters long; at most ${max} are allowed`);
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
      if (found === undefined) report(field, `${quote(value)} is not one of ${allowed.join(', ')}`);
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
        report(field, `${quote(value)} is negative; it must be ≥ 0`);
        return undefined;
      }
      const n = NUMBER.test(normalised) ? Number(normalised) : NaN;
      if (!Number.isFinite(n)) {
        report(field, `${quote(value)} is not a number`);
        return undefined;
      }
      return n;
    },
    bool(field, fallback) {
      const value = normaliseChoice(row.get(field));
      if (value === '') return fallback;
      if (TRUE.has(value)) return true;
      if (FALSE.has(value)) return false;
      report(field, `${quote(row.get(field))} is not true or false`);
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
