/**
 * Files a counselor can keep or send: the plan as JSON (exact round trip, so a file is as good
 * as a saved plan) and the timeline as CSV for a spreadsheet. Import validates like every other
 * way a plan comes in, and says where a file is broken.
 */
import Papa from 'papaparse';
import { jsonErrorPlace } from './json-locate';
import { migratePlan } from './migrate';
import type { Plan } from './schema';
import type { Milestone } from './timeline';
import { m as msg } from '../paraglide/messages.js';

/** Largest file accepted; a valid plan is a few kilobytes. */
export const MAX_IMPORT_CHARS = 200_000;

export type ImportResult = { ok: true; plan: Plan; migratedFrom: number | null } | { ok: false; message: string };

export function planToJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

export function planFromJson(text: string): ImportResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, message: msg.imp_empty() };
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, message: msg.imp_too_large() };
  // Some editors save a byte-order mark, which JSON.parse rejects.
  const json = text.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, message: msg.imp_not_json({ place: jsonErrorPlace(json) }) };
  }
  const read = migratePlan(raw);
  if (read.ok) return read;
  return { ok: false, message: read.foreign ? msg.imp_foreign() : msg.imp_invalid({ reason: read.message }) };
}

/** A file name without the plan's label, which may be initials a counselor would rather not leak. */
export function planFileName(plan: Plan, extension: 'json' | 'csv'): string {
  return `career-plan-${plan.updatedAt.slice(0, 10)}-${plan.id.slice(-6)}.${extension}`;
}

export const CSV_COLUMNS = ['year', 'milestone', 'kind', 'details', 'salary', 'source'] as const;

export interface TimelineSection {
  /** e.g. "Route to HIM Manager". */
  route: string;
  milestones: readonly Milestone[];
}

function row(m: Milestone): string[] {
  const year = `${m.at.estimated ? '≈' : ''}${Math.round(m.at.typical * 10) / 10}`;
  return [year, m.title, m.kind, m.details, m.kind === 'job' ? m.salary.text : '', m.source];
}

/**
 * The timeline as CSV. Several routes get a leading "route" column. Cells that a spreadsheet
 * would run as a formula (=, +, -, @) are escaped: notes and data text are not code.
 */
export function timelineToCsv(input: readonly Milestone[] | readonly TimelineSection[]): string {
  const sections: readonly TimelineSection[] =
    input.length > 0 && 'milestones' in input[0]!
      ? (input as readonly TimelineSection[])
      : [{ route: '', milestones: input as readonly Milestone[] }];
  const multi = sections.length > 1;
  const fields = multi ? ['route', ...CSV_COLUMNS] : [...CSV_COLUMNS];
  const data = sections.flatMap((s) => s.milestones.map((m) => (multi ? [s.route, ...row(m)] : row(m))));
  return Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n' });
}
