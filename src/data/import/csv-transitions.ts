/**
 * transitions.csv → Transition records. Columns (case-insensitive; spaces = "_"):
 *   from, to (required)      role ids from roles.csv
 *   years (required)         typical years in the from-role before the move (≥ 0; "1.5" or "1,5")
 *   id                       blank → "t<row>"
 *   kind                     advancement (default) | lateral
 *   years_low, years_high    the range; blank → years
 *   estimated                true/false, yes/no, 1/0; default false
 *   method                   how an estimate was made; blank with estimated=true → a stock note
 *   requires_credentials     credential ids separated by "|"; must exist in the built-in data
 *   requires_education       one of EDUCATION_LEVELS, or blank
 *   note                     free text (≤ 2000)
 *   note_es                  the note in Spanish; blank → the English is shown, marked as English
 *   source                   a citation for the row; blank → the file itself
 */
import { EDUCATION_LEVELS } from '../vocabulary';
import type { Transition } from '../schema';
import { cellReader } from './csv-cells';
import type { Table, TableRow, TableSpec } from './csv-table';
import type { ImportProblem } from './types';
import { m } from '../../paraglide/messages.js';
import { quote } from './decode';

export const TRANSITION_COLUMNS: TableSpec = {
  required: ['from', 'to', 'years'],
  optional: [
    'id',
    'kind',
    'years_low',
    'years_high',
    'estimated',
    'method',
    'requires_credentials',
    'requires_education',
    'note',
    'source',
    'note_es',
  ],
};

export interface TransitionRow {
  row: number;
  transition: Transition;
}

/** The move's Spanish: the note's translation and the stock method note the import writes itself. */
function spanishOf(note: string | undefined, method: string | undefined): Pick<Transition, 'es'> {
  return note || method ? { es: { ...(note ? { note } : {}), ...(method ? { method } : {}) } } : {};
}

/** One row's cells, each checked on its own, then the checks across cells (range order, self-move, a lone Spanish note). */
function transitionCells(file: string, row: TableRow, problems: ImportProblem[]) {
  const cells = cellReader(file, row, problems);
  const id = cells.id('id', { required: false }) ?? `t${row.row}`;
  const from = cells.id('from');
  const to = cells.id('to');
  const kind = cells.choice('kind', ['advancement', 'lateral'] as const, 'advancement');
  const typical = cells.number('years');
  const low = cells.number('years_low', typical ?? 0);
  const high = cells.number('years_high', typical ?? 0);
  const estimated = cells.bool('estimated', false);
  const method = cells.text('method', 2000);
  const education =
    row.get('requires_education') === '' ? undefined : cells.choice('requires_education', EDUCATION_LEVELS);
  const note = cells.text('note', 2000);
  const noteEs = cells.text('note_es', 2000);
  if (noteEs !== undefined && note === undefined) cells.report('note_es', m.di_cell_note_es_alone());
  const citation = cells.text('source', 300);
  const credentials = cells.list('requires_credentials');
  if (typical !== undefined && low !== undefined && high !== undefined && !(low <= typical && typical <= high)) {
    cells.report('years', m.di_cell_years_order({ low, typical, high }));
  }
  if (from !== undefined && from === to) cells.report('to', m.di_cell_self_move({ role: quote(from) }));
  return { id, from, to, kind, typical, low, high, estimated, method, education, note, noteEs, citation, credentials };
}

type TransitionCells = ReturnType<typeof transitionCells>;
type Needed = 'from' | 'to' | 'kind' | 'typical' | 'low' | 'high' | 'estimated';
type CompleteCells = TransitionCells & { [K in Needed]-?: NonNullable<TransitionCells[K]> };

function complete(c: TransitionCells): c is CompleteCells {
  return !(
    !c.from ||
    !c.to ||
    !c.kind ||
    c.typical === undefined ||
    c.low === undefined ||
    c.high === undefined ||
    c.estimated === undefined
  );
}

/** The record a complete row makes; an estimate without a method gets a stock note in both languages. */
function transitionOf(file: string, c: CompleteCells, sourceFor: (citation: string | undefined) => string): Transition {
  const { method, estimated, note } = c;
  return {
    id: c.id,
    from: c.from,
    to: c.to,
    kind: c.kind,
    years: {
      typical: c.typical,
      low: c.low,
      high: c.high,
      estimated,
      ...(estimated
        ? { method: method ?? `Estimated in ${file}; the method was not stated.` }
        : method
          ? { method }
          : {}),
    },
    requires: { credentials: c.credentials, ...(c.education ? { education: c.education } : {}) },
    ...(note ? { note } : {}),
    sources: [sourceFor(c.citation)],
    ...spanishOf(
      note && c.noteEs ? c.noteEs : undefined,
      estimated && !method ? `Estimación de ${file}; no se indicó el método.` : undefined,
    ),
  };
}

export function readTransitions(
  table: Table,
  sourceFor: (citation: string | undefined) => string,
  problems: ImportProblem[],
): TransitionRow[] {
  const out: TransitionRow[] = [];
  for (const row of table.rows) {
    const before = problems.length;
    const cells = transitionCells(table.file, row, problems);
    if (problems.length > before || !complete(cells)) continue;
    out.push({ row: row.row, transition: transitionOf(table.file, cells, sourceFor) });
  }
  return out;
}
