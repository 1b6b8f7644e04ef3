/**
 * Moves no source lists but a counselor would draw: from a role (or from no job yet) into a
 * role whose hiring rules the person meets or can meet by study, exams and experience. The
 * listed moves stay the evidence (their years, the map's arrows); these only open more doors.
 *
 * A move is derived from `from` to `to` (docs/data.md, "Derived moves") when `to` states its
 * hiring rules, no listed move joins the two (a listed one, even an implausible one, has the
 * last word), and
 *  - it does not lead into a feeder job (secretary, transcriptionist, scribe, nurse): those are
 *    where people come from, and a move between them (scribe → nurse) carries nothing over;
 *  - it does not go down: not down a level, nor up more than one, nor sideways into a job that
 *    typically asks for less schooling, nor into a role from which the listed advancements lead
 *    up to the current one (HIM director → HIM manager), nor sideways at the top level, where a
 *    counselor draws a lateral move only from evidence;
 *  - something carries over: the same track; both entry-level (entry jobs in a health setting
 *    are where people switch: front desk, billing, transcription into coding); an experience
 *    kind both roles' time counts as; or experience `to` asks for that time in `from` gives.
 * From no job yet, a first job is any entry-level role with hiring rules, or a mid-level one
 * whose hiring rules schooling alone meets (a graduate is hired straight into compliance work;
 * nobody starts as a supervisor, or as a CDI specialist without clinical or coding years). The time in `from`
 * before a derived move is the role's tenure as the listed moves show it (`tenureOf`).
 */
import { LEVELS, type EducationLevel } from '../../data/vocabulary';
import type { CareerGraph, RoleNodeAttributes } from '../types';
import { ZERO_SPAN, type Span } from './rules';
import { educationRank } from './constraints';

export interface DerivedMove {
  /** A role id, or null for a first job (NO_JOB). */
  from: string | null;
  to: string;
  /** Time in `from` before the move (0 before a first job): see `tenureOf`. */
  years: Span;
}

/**
 * How long people stay in a role before moving on, from the listed moves: the shortest typical
 * time of the plausible moves the sources list out of the role (with that move's range); for a
 * role with none, the shortest of those out of roles at its level. Null when no role at the
 * level has a listed move (the derived move then takes only its requirements' time).
 */
export function tenureOf(graph: CareerGraph): Map<string, Span> {
  const own = new Map<string, Span>();
  const byLevel = new Map<string, Span>();
  const shorter = (a: Span | undefined, b: Span) => (!a || b.typical < a.typical ? b : a);
  graph.forEachEdge((_e, attr, from) => {
    if (attr.plausible === false) return;
    const y: Span = { typical: attr.years.typical, low: attr.years.low, high: attr.years.high };
    own.set(from, shorter(own.get(from), y));
    const level = graph.getNodeAttribute(from, 'level');
    byLevel.set(level, shorter(byLevel.get(level), y));
  });
  const out = new Map<string, Span>();
  graph.forEachNode((id, a) => {
    const y = own.get(id) ?? byLevel.get(a.level);
    if (y) out.set(id, y);
  });
  return out;
}

const LEVEL = new Map<string, number>(LEVELS.map((l, i) => [l, i]));

/** Schooling for comparing jobs: a certificate and some college (no degree) are one step, both short of a degree. */
const schooling = (level: EducationLevel) =>
  Math.min(educationRank(level), educationRank('certificate')) +
  Math.max(0, educationRank(level) - educationRank('some_college'));

/** Whether every hiring rule of a role can be met by schooling alone (no experience, no credential earned on the job). */
function hiresGraduates(a: RoleNodeAttributes): boolean {
  return (a.hiring ?? []).every((h) => h.anyOf.some((g) => !g.experience?.length && !g.credentials?.length));
}

/** Experience kinds a role's hiring rules ask for. */
function askedExperience(a: RoleNodeAttributes): Set<string> {
  return new Set((a.hiring ?? []).flatMap((h) => h.anyOf.flatMap((g) => (g.experience ?? []).map((e) => e.kind))));
}

/** Whether a counselor would draw the move (see the module comment). */
export function carriesOver(from: RoleNodeAttributes, to: RoleNodeAttributes, asked: ReadonlySet<string>): boolean {
  const lf = LEVEL.get(from.level)!;
  const lt = LEVEL.get(to.level)!;
  if (lt < lf || lt > lf + 1 || from.outOfScope || to.outOfScope) return false;
  // Feeder jobs (secretary, transcriptionist, scribe, nurse) lead into health information, not into each other.
  if (to.track === 'feeder') return false;
  // Sideways among leadership roles (director → manager, executive → anything) only where a source lists it.
  if (lt === lf && lf === LEVELS.length - 1) return false;
  // Sideways into a job that typically asks for less schooling is a step down too.
  if (lt === lf && from.education && to.education && schooling(to.education) < schooling(from.education)) return false;
  if (from.track === to.track || (lf === 0 && lt === 0)) return true;
  const gives = from.experience ?? [];
  return gives.some((k) => to.experience?.includes(k) || asked.has(k));
}

/**
 * Per role, the roles of its own level that listed (plausible) advancement moves lead up to from
 * it: a derived move from one of those back into it would be a move down. Levels only go up along
 * advancements, so each level's ladders are searched on their own.
 */
export function laddersUp(graph: CareerGraph): Map<string, Set<string>> {
  const up = new Map<string, string[]>();
  graph.forEachEdge((_e, attr, from, to) => {
    if (attr.kind !== 'advancement' || attr.plausible === false) return;
    if (graph.getNodeAttribute(from, 'level') !== graph.getNodeAttribute(to, 'level')) return;
    const list = up.get(from);
    if (list) list.push(to);
    else up.set(from, [to]);
  });
  const out = new Map<string, Set<string>>();
  for (const start of up.keys()) {
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length) {
      for (const next of up.get(stack.pop()!) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(next);
      }
    }
    out.set(start, seen);
  }
  return out;
}

/** Every derived move of a graph, and whether any role is open to a first job. */
export function derivedMoves(graph: CareerGraph): DerivedMove[] {
  const out: DerivedMove[] = [];
  const tenure = tenureOf(graph);
  const entered = new Set((graph.getAttribute('entries') ?? []).map((e) => e.role));
  const above = laddersUp(graph);
  // Roles by level, so each target only looks at roles one level below and its own.
  const byLevel: string[][] = LEVELS.map(() => []);
  graph.forEachNode((id, a) => byLevel[LEVEL.get(a.level)!]!.push(id));
  graph.forEachNode((to, a) => {
    if (!a.hiring?.length || a.outOfScope) return;
    const level = LEVEL.get(a.level)!;
    if (!entered.has(to) && (level === 0 || (level === 1 && hiresGraduates(a))))
      out.push({ from: null, to, years: ZERO_SPAN });
    const asked = askedExperience(a);
    for (const from of [...(byLevel[level - 1] ?? []), ...byLevel[level]!]) {
      if (from === to || graph.hasDirectedEdge(from, to) || above.get(to)?.has(from)) continue;
      if (carriesOver(graph.getNodeAttributes(from), a, asked))
        out.push({ from, to, years: tenure.get(from) ?? ZERO_SPAN });
    }
  });
  return out;
}

/** The edge key of a derived move (never a transition id: those cannot contain ">"). */
export function derivedKey(from: string, to: string): string {
  return `derived:${from}>${to}`;
}
