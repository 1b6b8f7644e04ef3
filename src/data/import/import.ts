/**
 * The importer's single entry point: files in, a validated dataset or every located problem
 * out. It never throws — an unexpected error becomes a problem too — so the caller can
 * always keep the current data on failure. Pure (no DOM), so it runs in a worker or in-thread.
 */
import { decodeText, type Decoded } from './decode';
import { locateNonUtf8Cell } from './csv-encoding';
import { importCsv, type CsvText } from './csv';
import { importJson } from './json';
import type { ImportFile, ImportOptions, ImportProblem, ImportResult } from './types';
import { m } from '../../paraglide/messages.js';
import { formatCount } from '../../i18n/numbers';

export const IMPORT_DEFAULTS: ImportOptions = {
  base: null,
  maxFileBytes: 50_000_000,
  maxProblems: 200,
  onProgress: () => {},
};

type Kind = 'json' | 'csv';

function kindOf(name: string, text: string): Kind | string {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  if (/\.xlsx?$|\.ods$|\.numbers$/.test(lower)) return m.di_workbook();
  // No telling extension: a JSON document starts with "{".
  return text.trimStart().startsWith('{') ? 'json' : 'csv';
}

/** A refused file's problem; one that stops being UTF-8 part-way is located to its cell when it is CSV. */
function decodingProblem(f: ImportFile, decoded: Extract<Decoded, { ok: false }>): ImportProblem {
  if (decoded.notUtf8At === undefined) return decoded.problem;
  const bytes = f.bytes instanceof Uint8Array ? f.bytes : new Uint8Array(f.bytes);
  const start = new TextDecoder('utf-8').decode(bytes.subarray(0, 64));
  return kindOf(f.name, start) === 'csv' ? locateNonUtf8Cell(f.name, bytes, decoded.notUtf8At) : decoded.problem;
}

/** Keeps the list readable: the first problems, then one line saying how many more there are. */
function capped(problems: ImportProblem[], max: number): ImportProblem[] {
  if (problems.length <= max) return problems;
  const rest = problems.length - max;
  const more = rest === 1 ? m.di_more_one : m.di_more_other;
  return [...problems.slice(0, max), { file: 'import', message: more({ count: formatCount(rest) }) }];
}

function run(files: readonly ImportFile[], opts: ImportOptions): ImportResult {
  const names = files.map((f) => f.name);
  const fail = (problems: ImportProblem[]): ImportResult => ({
    ok: false,
    problems: capped(problems, opts.maxProblems),
    files: names,
  });
  if (files.length === 0) return fail([{ file: 'import', message: m.di_no_file() }]);

  const texts: { name: string; text: string; kind: Kind }[] = [];
  const problems: ImportProblem[] = [];
  files.forEach((f, i) => {
    opts.onProgress({ stage: 'decoding', fraction: 0.1 + (0.2 * i) / files.length, file: f.name });
    const decoded = decodeText(f.name, f.bytes, opts.maxFileBytes);
    if (!decoded.ok) return problems.push(decodingProblem(f, decoded));
    const kind = kindOf(f.name, decoded.text);
    if (kind === 'json' || kind === 'csv') texts.push({ name: f.name, text: decoded.text, kind });
    else problems.push({ file: f.name, message: kind });
  });
  if (problems.length) return fail(problems);

  const json = texts.filter((t) => t.kind === 'json');
  const csv: CsvText[] = texts.filter((t) => t.kind === 'csv');
  if (json.length > 1 || (json.length === 1 && csv.length > 0)) {
    return fail([{ file: names.join(', '), message: m.di_mixed() }]);
  }
  if (csv.length > 2) return fail([{ file: names.join(', '), message: m.di_too_many_csv() }]);

  opts.onProgress({ stage: 'validating', fraction: 0.4 });
  const first = json[0];
  const result = first ? importJson(first.name, first.text) : importCsv(csv, opts.base);
  opts.onProgress({ stage: 'done', fraction: 1 });
  if (!result.ok) return fail(result.problems);
  return { ok: true, dataset: result.dataset, warnings: result.warnings, files: names };
}

export function importDataset(files: readonly ImportFile[], options: Partial<ImportOptions> = {}): ImportResult {
  const opts: ImportOptions = { ...IMPORT_DEFAULTS, ...options };
  try {
    return run(files, opts);
  } catch (error) {
    // A bug, not bad input — still reported rather than thrown, so the current data stays.
    const message = error instanceof Error ? error.message : String(error);
    const names = Array.isArray(files) ? files.map((f) => String(f?.name)) : [];
    return {
      ok: false,
      problems: [{ file: 'import', message: m.di_failed({ error: message.slice(0, 300) }) }],
      files: names,
    };
  }
}
