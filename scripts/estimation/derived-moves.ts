/**
 * Moves whose years come from a Zippia path: each takes the fitted years of one step of one
 * path (`paths[].stepYears`, docs/estimation.md), so the move and the path it cites can never
 * disagree. scripts/estimate-path-years.ts writes these years and `--check` catches drift.
 *
 * A step is the time spent in the printed title at `step` before the next title; the move
 * goes from that title's role to the next title's role. Where a move occurs in several paths,
 * the table names the one step whose printed titles match the move best (the same printed
 * title fits to the same years in every path, so the choice changes only the cited path).
 */
import type { Years } from '../../src/data/schema';

export interface DerivedMove {
  /** Path id in careers.json (z1…z19). */
  path: string;
  /** Index of the printed title whose tenure precedes the move (0 = the MRT start). */
  step: number;
}

export const DERIVED_MOVES: Readonly<Record<string, DerivedMove>> = {
  t5: { path: 'z1', step: 1 }, // Patient Service Representative → Billing Specialist
  t6: { path: 'z1', step: 2 }, // Billing Specialist → Accounts Receivable Specialist
  t7: { path: 'z1', step: 3 }, // Accounts Receivable Specialist → Accounts Receivable Manager
  t8a: { path: 'z16', step: 1 }, // Patient Access Representative → Information Specialist
  t8b: { path: 'z16', step: 2 }, // Information Specialist → Information Manager
  t8c: { path: 'z16', step: 3 }, // Information Manager → Records Manager
  t28: { path: 'z13', step: 3 }, // Medical Coder → Health Information Manager
  t29: { path: 'z12', step: 3 }, // Medical Records Clerk → Health Information Management Director
  t30: { path: 'z17', step: 2 }, // Medical Coder → Adjunct Instructor (also path 7)
  t31a: { path: 'z19', step: 1 }, // Medical Transcriptionist → Registered Nurse
  t31b: { path: 'z19', step: 2 }, // Registered Nurse → Case Manager (also path 8)
  t32: { path: 'z15', step: 1 }, // Data Entry Clerk → Office Manager
  'e-hi_clerk-biller': { path: 'z5', step: 1 }, // Data Entry Clerk → Billing Specialist
  'e-biller-revcycle_manager': { path: 'z5', step: 2 }, // Billing Specialist → Business Office Manager
  'e-ar_specialist-coder': { path: 'z13', step: 2 }, // Accounts Receivable Specialist → Medical Coder
  'e-coding_auditor-practice_manager': { path: 'z18', step: 2 }, // Auditor → Operations Manager
  'e-hit-practice_manager': { path: 'z14', step: 1 }, // "Specialist" → Operations Manager
  'e-educator-health_services_exec': { path: 'z17', step: 3 }, // Adjunct Instructor → Service Director (path 7: Adjunct Professor → Clinical Director)
};

export interface PathLike {
  id: string;
  titles: readonly string[];
  roles: readonly string[];
  totalYears: number;
  stepYears: readonly Years[];
}
export interface TransitionLike {
  id: string;
  from: string;
  to: string;
  years: Years;
}

function fail(message: string): never {
  throw new Error(`derived-moves: ${message}`);
}

/** The years a derived move must carry: its path step's fit, with the step named in the method. */
export function derivedYears(move: DerivedMove, path: PathLike): Years {
  const step = path.stepYears[move.step] ?? fail(`path '${path.id}' has no step ${move.step}`);
  const from = path.titles[move.step]!;
  const to = path.titles[move.step + 1]!;
  const n = path.id.replace(/^z/, '');
  return {
    typical: step.typical,
    low: step.low,
    high: step.high,
    estimated: true,
    method:
      `Zippia path ${n} (${from} → ${to}; ${path.totalYears} years in total as printed): the fitted years as ${from}. ${step.method ?? ''}`.trim(),
  };
}

/** Pure: `transitions` with every derived move's years replaced by its path step's fit. */
export function applyDerivedYears<T extends TransitionLike>(
  transitions: readonly T[],
  paths: readonly PathLike[],
  table = DERIVED_MOVES,
): T[] {
  const byId = new Map(paths.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const next = transitions.map((t) => {
    const move = table[t.id];
    if (!move) return t;
    seen.add(t.id);
    const path = byId.get(move.path) ?? fail(`move '${t.id}' cites unknown path '${move.path}'`);
    if (path.roles[move.step] !== t.from || path.roles[move.step + 1] !== t.to) {
      fail(
        `move '${t.id}' (${t.from} → ${t.to}) does not match step ${move.step} of path '${path.id}' (${path.roles[move.step]} → ${path.roles[move.step + 1]})`,
      );
    }
    return { ...t, years: derivedYears(move, path) };
  });
  const missing = Object.keys(table).filter((id) => !seen.has(id));
  if (missing.length) fail(`no transition with id ${missing.join(', ')}`);
  return next;
}
