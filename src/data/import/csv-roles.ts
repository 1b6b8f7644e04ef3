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
 */
import { EDUCATION_LEVELS, LEVELS, TRACKS } from '../vocabulary';
import type { Role } from '../schema';
import { cellReader } from './csv-cells';
import type { Table, TableSpec } from './csv-table';
import type { ImportProblem } from './types';

export const ROLE_COLUMNS: TableSpec = {
  required: ['id', 'title', 'track', 'level', 'typical_education'],
  optional: ['description', 'alternate_titles', 'credentials', 'source'],
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

const EDUCATION_LABEL: Record<string, string> = { high_school: 'high school', some_college: 'some college' };

/**
 * @param sourceFor maps the row's citation (or undefined) to a source id.
 */
export function readRoles(table: Table, sourceFor: (citation: string | undefined) => string, problems: ImportProblem[]): RolesRead {
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
    alternates.filter((t) => t.length > 200).forEach((t) => cells.report('alternate_titles', `the title '${t.slice(0, 40)}…' is longer than 200 characters`));
    const credentials = cells.list('credentials');
    if (problems.length > before || !id || !title || !track || !level || !typical) continue;
    const sources = [sourceFor(citation)];
    out.push({
      row: row.row,
      role: {
        id,
        title,
        track,
        level,
        soc: [],
        description: description ?? `No description was given in ${table.file}.`,
        tasks: [],
        education: { typical, statements: [{ text: `Typical education given in ${table.file}: ${EDUCATION_LABEL[typical] ?? typical}.`, sources }] },
        credentials,
        titles: alternates.map((text) => ({ text, sources })),
        sources,
      },
    });
  }
  return { rows: out, ids };
}
