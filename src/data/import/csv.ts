/**
 * Imports a roles.csv (+ optional transitions.csv) pair. Everything a CSV cannot carry is
 * filled in, as documented in docs/data-format.md:
 *  - one "user" source per file, plus one per distinct `source` citation;
 *  - the credentials the rows name (also in hiring rules), copied with their sources from the base (built-in) data;
 *  - the CPI series of the base data (used only to convert salaries; a CSV has none);
 *  - no salaries, outlook figures or published paths.
 * All checks run before a dataset is returned; nothing is partially applied.
 */
import type { Dataset, Source } from '../schema';
import { validateDataset } from '../validate';
import { crossCheck } from './csv-checks';
import { locate, type RowIndex } from './csv-locate';
import { currentCredentialIds } from '../credential-ids';
import { readRoles, ROLE_COLUMNS, type RoleRow } from './csv-roles';
import { parseHeader, parseTable, type Table } from './csv-table';
import { readTransitions, TRANSITION_COLUMNS, type TransitionRow } from './csv-transitions';
import type { ImportProblem } from './types';
import { m } from '../../paraglide/messages.js';

export interface CsvText {
  name: string;
  text: string;
}

export type CsvImport =
  { ok: true; dataset: Dataset; warnings: ImportProblem[] } | { ok: false; problems: ImportProblem[] };

/** Which file is which is read from the header, so names like "export (3).csv" work too. */
export function csvKind(file: CsvText): 'roles' | 'transitions' | null {
  const header = parseHeader(file.text);
  if (header.includes('from') && header.includes('to')) return 'transitions';
  if (header.includes('title')) return 'roles';
  if (/transition|move/i.test(file.name)) return 'transitions';
  if (/role/i.test(file.name)) return 'roles';
  return null;
}

function sourceRegistry(roles: string, transitions: string | null) {
  const fileSource = (file: string, id: string): Source => ({
    id,
    kind: 'user',
    publisher: 'Your file',
    title: file,
    dataYear: 'not stated',
    status: 'secondary',
    note: 'Imported from your own file; the app has not checked it against a published source.',
    es: { dataYear: 'sin indicar' },
  });
  const sources: Source[] = [fileSource(roles, 'user-roles')];
  if (transitions) sources.push(fileSource(transitions, 'user-transitions'));
  const byCitation = new Map<string, string>();
  const sourceFor = (fallback: string) => (citation: string | undefined) => {
    if (citation === undefined) return fallback;
    let id = byCitation.get(citation);
    if (!id) {
      id = `user-citation-${byCitation.size + 1}`;
      byCitation.set(citation, id);
      sources.push({
        id,
        kind: 'user',
        publisher: 'Cited in your file',
        title: citation,
        dataYear: 'not stated',
        status: 'secondary',
        es: { dataYear: 'sin indicar' },
      });
    }
    return id;
  };
  return { sources, sourceFor };
}

/** push(...items) passes every item as an argument: 100,000 problems overflow the stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function rowIndex(file: string, items: { row: number; id: string }[]): RowIndex {
  return { file, rows: items.map((i) => i.row), byId: new Map(items.map((it, i) => [it.id, i])) };
}

/** A CSV import's name in both languages, whatever the reader's: it names the files it came from. */
function datasetNames(files: string): Pick<Dataset, 'name' | 'es'> {
  return {
    name: m.di_data_name({ files }, { locale: 'en' }),
    es: { name: m.di_data_name({ files }, { locale: 'es' }) },
  };
}

type CsvFiles = { roles?: CsvText; transitions?: CsvText };

/** Which file is which, by header: one of each kind at most, and every file of a known kind. */
function sortFiles(
  files: readonly CsvText[],
): { ok: true; byKind: CsvFiles } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const byKind: CsvFiles = {};
  for (const f of files) {
    const kind = csvKind(f);
    if (!kind) problems.push({ file: f.name, row: 1, message: m.di_csv_kind() });
    else if (byKind[kind])
      problems.push({
        file: f.name,
        message: m.di_csv_two_of_kind({ kind, first: byKind[kind].name, second: f.name }),
      });
    else byKind[kind] = f;
  }
  return problems.length ? { ok: false, problems } : { ok: true, byKind };
}

/** Each file's rows under its kind's columns; a file that cannot be read adds its problems. */
function readTables(byKind: CsvFiles, problems: ImportProblem[], warnings: ImportProblem[]) {
  const tables: { roles?: Table; transitions?: Table } = {};
  for (const [kind, spec] of [
    ['roles', ROLE_COLUMNS],
    ['transitions', TRANSITION_COLUMNS],
  ] as const) {
    const f = byKind[kind];
    if (!f) continue;
    const t = parseTable(f.name, f.text, spec);
    if (t.ok) {
      tables[kind] = t.table;
      append(warnings, t.warnings);
    } else append(problems, t.problems);
  }
  return tables;
}

/** The base's credentials that the rows name (in hiring rules and moves too), and those their eligibility rules name. */
function usedCredentials(base: Dataset, roles: RoleRow[], transitions: TransitionRow[]): Dataset['credentials'] {
  const used = new Set([
    ...roles.flatMap((r) => r.role.credentials),
    ...roles.flatMap((r) => (r.role.hiring ?? []).flatMap((h) => h.anyOf.flatMap((g) => g.credentials ?? []))),
    ...transitions.flatMap((t) => t.transition.requires.credentials),
  ]);
  // Eligibility rules name other credentials (CHPS: CCA, RHIT…): keep those too.
  for (let grew = true; grew;) {
    const before = used.size;
    for (const c of base.credentials)
      if (used.has(c.id)) c.rules?.forEach((g) => g.credentials?.forEach((id) => used.add(id)));
    grew = used.size > before;
  }
  return base.credentials.filter((c) => used.has(c.id));
}

/** The dataset the rows make, with what a CSV cannot carry taken from the base (see the file comment). */
function assembleDataset(
  base: Dataset,
  fileNames: string[],
  sources: Source[],
  roles: RoleRow[],
  transitions: TransitionRow[],
): Dataset {
  const credentials = usedCredentials(base, roles, transitions);
  const baseSourceIds = new Set([
    base.cpi.source,
    ...credentials.flatMap((c) => [...c.sources, ...c.eligibility.flatMap((e) => e.sources)]),
    ...(base.programs ?? []).flatMap((p) => p.sources),
  ]);
  const usedSources = new Set([
    ...roles.flatMap((r) => r.role.sources),
    ...transitions.flatMap((t) => t.transition.sources),
  ]);
  return {
    version: 1,
    ...datasetNames(fileNames.join(', ')),
    // A file source nobody cites (every row named its own) is left out.
    sources: [...sources.filter((s) => usedSources.has(s.id)), ...base.sources.filter((s) => baseSourceIds.has(s.id))],
    roles: roles.map((r) => r.role),
    credentials,
    salaries: [],
    outlook: [],
    transitions: transitions.map((t) => t.transition),
    // The credentials' eligibility rules name these programs.
    ...(base.programs ? { programs: base.programs } : {}),
    paths: [],
    cpi: base.cpi,
  };
}

/** The full validator is the final word; anything it still finds is mapped back to a cell. */
function validateRows(
  dataset: Dataset,
  roles: { file: string; rows: RoleRow[] },
  transitions: { file: string | null; rows: TransitionRow[] },
): { ok: true; dataset: Dataset } | { ok: false; problems: ImportProblem[] } {
  const roleRows = rowIndex(
    roles.file,
    roles.rows.map((r) => ({ row: r.row, id: r.role.id })),
  );
  const transitionRows = transitions.file
    ? rowIndex(
        transitions.file,
        transitions.rows.map((t) => ({ row: t.row, id: t.transition.id })),
      )
    : null;
  const both = [roles.file, transitions.file].filter(Boolean).join(' + ');
  const validated = validateDataset(dataset);
  if (validated.ok) return validated;
  return { ok: false, problems: validated.problems.map((p) => locate(p, roleRows, transitionRows, both)) };
}

export function importCsv(files: readonly CsvText[], base: Dataset | null): CsvImport {
  const sorted = sortFiles(files);
  if (!sorted.ok) return sorted;
  const byKind = sorted.byKind;
  if (!byKind.roles) {
    return { ok: false, problems: [{ file: byKind.transitions?.name ?? 'CSV', message: m.di_csv_needs_roles() }] };
  }
  if (!base) return { ok: false, problems: [{ file: byKind.roles.name, message: m.di_csv_needs_base() }] };

  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const tables = readTables(byKind, problems, warnings);
  if (problems.length || !tables.roles) return { ok: false, problems };
  const rolesFile = tables.roles.file;
  const transitionsFile = tables.transitions?.file ?? null;
  if (tables.roles.rows.length === 0)
    return { ok: false, problems: [{ file: rolesFile, message: m.di_csv_no_roles() }] };

  const { sources, sourceFor } = sourceRegistry(rolesFile, transitionsFile);
  const { rows: roles, ids: roleIds } = readRoles(tables.roles, sourceFor('user-roles'), problems, {
    programs: new Set((base.programs ?? []).map((p) => p.id)),
    credentials: base.credentials,
  });
  const transitions = tables.transitions
    ? readTransitions(tables.transitions, sourceFor('user-transitions'), problems)
    : [];
  // A CSV written while a credential had its old id ("ctr", now "ods") names the current one.
  for (const r of roles) r.role.credentials = currentCredentialIds(base.credentials, r.role.credentials);
  for (const t of transitions)
    t.transition.requires.credentials = currentCredentialIds(base.credentials, t.transition.requires.credentials);
  const credentialsById = new Map(base.credentials.map((c) => [c.id, c]));
  append(
    problems,
    crossCheck({ roles: rolesFile, transitions: transitionsFile }, roleIds, roles, transitions, credentialsById),
  );
  if (problems.length) return { ok: false, problems };

  const fileNames = [rolesFile, transitionsFile].filter((f): f is string => !!f);
  const dataset = assembleDataset(base, fileNames, sources, roles, transitions);
  const validated = validateRows(
    dataset,
    { file: rolesFile, rows: roles },
    { file: transitionsFile, rows: transitions },
  );
  if (!validated.ok) return validated;
  if (!transitionsFile) warnings.push({ file: rolesFile, message: m.di_csv_no_transitions() });
  return { ok: true, dataset: validated.dataset, warnings };
}
