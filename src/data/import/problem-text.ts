/**
 * The dataset rules' problems in the reader's language. The validator words them in English
 * (it also runs in the build, before the compiled messages exist) and names each rule with a
 * code (src/data/problems.ts); the importer words them here with the interface messages,
 * in the language `getLocale()` gives (the import worker sets it from the page's).
 */
import { m } from '../../paraglide/messages.js';
import type { Problem, ProblemCode } from '../problems';
import type { ImportProblem } from './types';

type Params = Record<string, string | number>;

// Each message names its own parameters; the validator fills them under the same names
// (tests/unit/problem-text.test.ts checks every code against the English wording).
const as = (word: (inputs: never) => string) => (params: Params) => word(params as never);

const WORDS: Record<ProblemCode, (params: Params) => string> = {
  not_empty: as(m.vp_not_empty),
  id_pattern: as(m.vp_id_pattern),
  id_reserved: as(m.vp_id_reserved),
  not_negative: as(m.vp_not_negative),
  positive: as(m.vp_positive),
  needs_alternative: as(m.vp_needs_alternative),
  needs_source: as(m.vp_needs_source),
  needs_statement: as(m.vp_needs_statement),
  needs_eligibility: as(m.vp_needs_eligibility),
  needs_role: as(m.vp_needs_role),
  soc_format: as(m.vp_soc_format),
  web_address: as(m.vp_web_address),
  high_below_value: as(m.vp_high_below_value),
  year_note_required: as(m.vp_year_note_required),
  years_order: as(m.vp_years_order),
  method_required: as(m.vp_method_required),
  too_long: as(m.vp_too_long),
  duplicate_id: as(m.vp_duplicate_id),
  unknown_source: as(m.vp_unknown_source),
  unknown_role: as(m.vp_unknown_role),
  unknown_credential: as(m.vp_unknown_credential),
  unknown_program: as(m.vp_unknown_program),
  title_two_roles: as(m.vp_title_two_roles),
  title_twice: as(m.vp_title_twice),
  es_title_two_roles: as(m.vp_es_title_two_roles),
  repeated_move: as(m.vp_repeated_move),
  all_out_of_scope: as(m.vp_all_out_of_scope),
  self_move: as(m.vp_self_move),
  path_roles_count: as(m.vp_path_roles_count),
  path_steps_count: as(m.vp_path_steps_count),
  high_required: as(m.vp_high_required),
  high_not_allowed: as(m.vp_high_not_allowed),
};

/** A validator problem in the reader's language; zod's own checks arrive already worded by zod's locale. */
export function problemMessage(problem: Problem): string {
  return problem.text ? WORDS[problem.text.code](problem.text.params) : problem.message;
}

/** Renders a problem the way a spreadsheet user reads it: "transitions.csv row 14, column to: …". */
export function formatProblem(p: ImportProblem): string {
  const where: string[] = [];
  if (p.row !== undefined) where.push(m.di_at_row({ row: p.row }));
  if (p.line !== undefined) where.push(m.di_at_line({ line: p.line }));
  const first = [p.file, where[0]].filter(Boolean).join(' ');
  const parts = [first, ...where.slice(1)];
  if (p.column !== undefined) parts.push(m.di_at_column({ column: p.column }));
  if (p.field !== undefined) parts.push(m.di_at_column({ column: p.field }));
  const head = p.path !== undefined ? `${parts.join(', ')} ${p.path}` : parts.join(', ');
  return `${head}: ${p.message}`;
}
