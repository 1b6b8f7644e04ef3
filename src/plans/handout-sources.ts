/**
 * Where each duration on the printed handout comes from, worded for the page: the move's
 * sources, "Estimate, method in note N" with the move's sources, the program's length
 * convention with its sources, or, for an exam, the credentials table — every citation with its
 * data year and, for a web page, the date it was read. An estimate's method can take a
 * paragraph (a Zippia fit), so each method is printed once, numbered, after the tables.
 */
import type { Locale } from '../i18n/locale';
import { m } from '../paraglide/messages.js';
import type { Milestone } from './timeline';

export interface HandoutSources {
  /** The line printed under a milestone's duration; absent when the handout prints no figure for it. */
  lines: Map<Milestone, string>;
  /** The estimate methods, in the order their notes are numbered (note 1 first). */
  notes: string[];
}

export function handoutSources(milestones: readonly Milestone[], locale?: Locale): HandoutSources {
  const o = { locale };
  const lines = new Map<Milestone, string>();
  const notes: string[] = [];
  for (const step of milestones) {
    const { kind, method, citation } = step.durationBasis;
    if (kind === 'estimate' && method) {
      const note = (notes.indexOf(method) + 1 || notes.push(method)).toString();
      lines.set(step, m.ho_src_estimate({ note, citation }, o));
    } else if (kind === 'program') lines.set(step, m.ho_src_program({ basis: method ?? '', citation }, o));
    // An exam's rules and their sources are in the credentials table: cited there once, not per row.
    else if (kind === 'credential') lines.set(step, m.ho_src_credential({ section: m.ho_credentials({}, o) }, o));
    else if (kind !== 'none') lines.set(step, m.ho_src_move({ citation }, o));
  }
  return { lines, notes };
}
