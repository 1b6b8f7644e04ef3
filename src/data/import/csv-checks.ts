/**
 * Cross-row checks for a CSV pair, worded for spreadsheet users and pointing at both rows
 * involved: duplicate ids, moves to unknown roles, unknown credentials (repeated moves are the
 * validator's, located back to their row by csv-locate).
 */
import type { Credential } from '../schema';
import { quote } from './decode';
import type { RoleRow } from './csv-roles';
import type { TransitionRow } from './csv-transitions';
import type { ImportProblem } from './types';
import { m } from '../../paraglide/messages.js';

function duplicateIds(
  file: string,
  items: { row: number; id: string }[],
  what: 'role' | 'transition',
  problems: ImportProblem[],
): void {
  const say = what === 'role' ? m.di_csv_duplicate_role : m.di_csv_duplicate_transition;
  const first = new Map<string, number>();
  for (const { row, id } of items) {
    const seen = first.get(id);
    if (seen !== undefined) problems.push({ file, row, field: 'id', message: say({ id: quote(id), row: seen }) });
    else first.set(id, row);
  }
}

function unknownCredential(id: string, known: Iterable<string>): string {
  const list = [...known];
  if (!list.length) return m.di_csv_unknown_credential_none({ id: quote(id) });
  return m.di_csv_unknown_credential({
    id: quote(id),
    known: `${list.slice(0, 12).join(', ')}${list.length > 12 ? ', …' : ''}`,
  });
}

export function crossCheck(
  files: { roles: string; transitions: string | null },
  roleIds: { row: number; id: string }[],
  roles: RoleRow[],
  transitions: TransitionRow[],
  credentials: ReadonlyMap<string, Credential>,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  duplicateIds(files.roles, roleIds, 'role', problems);
  const known = new Set(roleIds.map((r) => r.id));
  const credential = (file: string, row: number, field: string, id: string) => {
    if (!credentials.has(id)) problems.push({ file, row, field, message: unknownCredential(id, credentials.keys()) });
  };
  for (const { row, role } of roles) role.credentials.forEach((c) => credential(files.roles, row, 'credentials', c));
  if (files.transitions === null) return problems;
  const file = files.transitions;
  duplicateIds(
    file,
    transitions.map((t) => ({ row: t.row, id: t.transition.id })),
    'transition',
    problems,
  );
  for (const { row, transition: t } of transitions) {
    for (const end of ['from', 'to'] as const) {
      if (!known.has(t[end]))
        problems.push({
          file,
          row,
          field: end,
          message: m.di_csv_unknown_role({ id: quote(t[end]), file: files.roles }),
        });
    }
    t.requires.credentials.forEach((c) => credential(file, row, 'requires_credentials', c));
  }
  return problems;
}
