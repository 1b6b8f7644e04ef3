/**
 * roles.csv → Role records. Columns (header names are case-insensitive; spaces = "_"):
 *   id (required)                 lower-case id, e.g. coder_2
 *   title (required)              the role's display title (plain text, ≤ 120 characters)
 *   track (required)              one of TRACKS (records, coding, …, other)
 *   level (required)              entry | mid | senior | leadership
 *   typical_education (required)  one of EDUCATION_LEVELS (none … doctorate; "high school" is fine)
 *   description                   free text (≤ 2000); blank → a note that none was given
 *   alternate_titles              other job titles, separated by "|"
 *   credentials                   credential ids (rhit|cca); must exist in the built-in data
 *   source                        a citation for the row; blank → the file itself
 *   title_es                      the title in Spanish; blank → the English is shown, marked as English
 *   description_es                the description in Spanish (needs title_es)
 *   alternate_titles_es           Spanish job titles for search, separated by "|" (needs title_es)
 *   hiring_required, hiring_typical, hiring_recommended, hiring_inference
 *                                 what the job asks for (csv-hiring.ts)
 */
import { EDUCATION_LEVELS, LEVELS, TRACKS, type EducationLevel } from '../vocabulary';
import type { Role } from '../schema';
import { cellReader, type CellReader } from './csv-cells';
import type { Table, TableSpec } from './csv-table';
import type { ImportProblem } from './types';
import { m } from '../../paraglide/messages.js';
import { quote } from './decode';
import { educationLabel } from '../vocabulary-labels';
import { HIRING_COLUMNS, readHiring, type HiringVocabulary } from './csv-hiring';

export const ROLE_COLUMNS: TableSpec = {
  required: ['id', 'title', 'track', 'level', 'typical_education'],
  optional: [
    'description',
    'alternate_titles',
    'credentials',
    'source',
    'title_es',
    'description_es',
    'alternate_titles_es',
    ...HIRING_COLUMNS,
  ],
};

export interface RoleRow {
  row: number;
  role: Role;
}

export interface RolesRead {
  /** Rows that passed every cell check. */
  rows: RoleRow[];
  /** Every row's id that itself is valid, even when another cell of the row is not, so a
   * move to that role is not reported as "unknown" on top of the real problem. */
  ids: { row: number; id: string }[];
}

/** What the row says about education, as a statement in both languages (the file is its source). */
function educationStatement(file: string, level: EducationLevel, sources: string[]) {
  const say = (locale: 'en' | 'es') => m.di_data_education({ file, level: educationLabel(level, locale) }, { locale });
  return { text: say('en'), sources, es: { text: say('es') } };
}

/** The row's Spanish, or undefined without a title_es (a description or titles alone have no role title to go with). */
function readSpanish(cells: CellReader, file: string, noDescription: boolean): Role['es'] {
  const title = cells.text('title_es', 120);
  const description = cells.text('description_es', 2000);
  const titles = cells.list('alternate_titles_es');
  titles
    .filter((t) => t.length > 200)
    .forEach((t) => cells.report('alternate_titles_es', m.di_cell_title_too_long({ title: quote(t) })));
  if (title === undefined) {
    if (description !== undefined || titles.length) cells.report('title_es', m.di_cell_title_es_required());
    return undefined;
  }
  const spanishDescription =
    description ?? (noDescription ? m.di_data_no_description({ file }, { locale: 'es' }) : undefined);
  return {
    title,
    ...(spanishDescription ? { description: spanishDescription } : {}),
    ...(titles.length ? { titles } : {}),
  };
}

/**
 * @param sourceFor maps the row's citation (or undefined) to a source id.
 * @param known the programs and credentials hiring cells may name.
 */
export function readRoles(
  table: Table,
  sourceFor: (citation: string | undefined) => string,
  problems: ImportProblem[],
  known: HiringVocabulary,
): RolesRead {
  const out: RoleRow[] = [];
  const ids: RolesRead['ids'] = [];
  for (const row of table.rows) {
    const before = problems.length;
    const cells = cellReader(table.file, row, problems);
    const id = cells.id('id');
    if (id) ids.push({ row: row.row, id });
    const title = cells.text('title', 120, { required: true });
    const track = cells.choice('track', TRACKS);
    const level = cells.choice('level', LEVELS);
    const typical = cells.choice('typical_education', EDUCATION_LEVELS);
    const description = cells.text('description', 2000);
    const citation = cells.text('source', 300);
    const alternates = cells.list('alternate_titles');
    alternates
      .filter((t) => t.length > 200)
      .forEach((t) => cells.report('alternate_titles', m.di_cell_title_too_long({ title: quote(t) })));
    const credentials = cells.list('credentials');
    const es = readSpanish(cells, table.file, description === undefined);
    const sources = [sourceFor(citation)];
    const hiring = readHiring(cells, known, sources);
    if (problems.length > before || !id || !title || !track || !level || !typical || !hiring) continue;
    out.push({
      row: row.row,
      role: {
        id,
        title,
        track,
        level,
        soc: [],
        description: description ?? m.di_data_no_description({ file: table.file }, { locale: 'en' }),
        tasks: [],
        education: { typical, statements: [educationStatement(table.file, typical, sources)] },
        credentials,
        titles: alternates.map((text) => ({ text, sources })),
        sources,
        ...(hiring.length ? { hiring } : {}),
        ...(es ? { es } : {}),
      },
    });
  }
  return { rows: out, ids };
}
