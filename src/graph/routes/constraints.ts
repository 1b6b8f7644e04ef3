/**
 * What a person brings to a route search and what they rule out: credentials and education
 * already held, the highest education they are willing to reach, a time budget and roles to
 * avoid. Shared by every route algorithm; validated once per call, before any search.
 */
import { EDUCATION_LEVELS, type EducationLevel } from '../../data/vocabulary';
import type { CareerGraph } from '../types';

export interface Constraints {
  /** Credential ids already held: requirements naming them cost nothing. */
  heldCredentials: string[];
  /** Highest education already held: requirements at or below it cost nothing. */
  education: EducationLevel;
  /** Highest education the person is willing to reach: moves needing more are not allowed. */
  educationCeiling: EducationLevel;
  /** Longest acceptable route, in typical years; undefined means no limit. */
  maxYears?: number;
  /** Roles the person will not enter (the start role is never entered, so it is not blocked). */
  avoid: string[];
  /** Programs already completed (e.g. 'him_bachelor'): rules naming them are met. */
  heldPrograms?: string[];
  /**
   * How study fits a working life: 'part_time' runs alongside the current job at about half
   * the pace (program-lengths.md: a part-time student takes about twice as long); 'full_time'
   * stops work for the program's typical full-time length. Before a first job, study is full-time.
   */
  study?: StudyMode;
  /** Also take moves the data marks implausible (kept as evidence only). */
  includeImplausible?: boolean;
  /**
   * Also show routes that skip a typical requirement (a degree, program or credential most
   * employers ask for; never the experience) or recommended preparation; such moves are marked.
   * Required rules (licences, an exam's eligibility) are always met.
   */
  relaxTypical?: boolean;
}

export const STUDY_MODES = ['part_time', 'full_time'] as const;
export type StudyMode = (typeof STUDY_MODES)[number];
/** Part-time study takes about twice the full-time length (program-lengths.md). */
export const PART_TIME_FACTOR = 2;

/** The start of a route for a person with no job yet; never a role id (role ids cannot start with "_"). */
export const NO_JOB = '_no_job';

export const DEFAULT_CONSTRAINTS: Required<Omit<Constraints, 'maxYears'>> = {
  heldCredentials: [],
  education: 'high_school',
  educationCeiling: 'doctorate',
  avoid: [],
  heldPrograms: [],
  study: 'part_time',
  includeImplausible: false,
  relaxTypical: false,
};

/** Tolerance for comparing sums of years (sums of decimals are not exact in binary). */
export const EPS = 1e-9;

const RANK = new Map<string, number>(EDUCATION_LEVELS.map((level, i) => [level, i]));

/** Position of a level in EDUCATION_LEVELS: a higher rank is more schooling. */
export function educationRank(level: EducationLevel): number {
  return RANK.get(level) ?? 0;
}

/** Constraints after validation, with the look-ups the searches need. */
export interface ResolvedConstraints extends Required<Omit<Constraints, 'maxYears'>> {
  maxYears?: number;
  held: ReadonlySet<string>;
  avoided: ReadonlySet<string>;
  educationRank: number;
  /** The ceiling never sits below what is already held: a held master's meets a master's requirement. */
  ceilingRank: number;
  yearLimit: number;
}

/** Merges options over DEFAULT_CONSTRAINTS and checks them, naming the offending value. */
export function resolveConstraints(
  module: string,
  graph: CareerGraph,
  options: Partial<Constraints>,
): ResolvedConstraints {
  const c = { ...DEFAULT_CONSTRAINTS, ...stripUndefined(options) };
  if (!Array.isArray(c.heldCredentials) || c.heldCredentials.some((id) => typeof id !== 'string')) {
    throw new Error(`${module}: heldCredentials must be an array of credential ids`);
  }
  for (const key of ['education', 'educationCeiling'] as const) {
    if (!RANK.has(c[key])) throw new Error(`${module}: unknown education level '${String(c[key])}' in ${key}`);
  }
  if (c.maxYears !== undefined && !(Number.isFinite(c.maxYears) && c.maxYears >= 0)) {
    throw new Error(`${module}: maxYears must be a number ≥ 0, got ${String(c.maxYears)}`);
  }
  if (!Array.isArray(c.heldPrograms) || c.heldPrograms.some((id) => typeof id !== 'string')) {
    throw new Error(`${module}: heldPrograms must be an array of program ids`);
  }
  if (!(STUDY_MODES as readonly string[]).includes(c.study))
    throw new Error(`${module}: unknown study mode '${String(c.study)}'`);
  if (typeof c.relaxTypical !== 'boolean') throw new Error(`${module}: relaxTypical must be true or false`);
  if (!Array.isArray(c.avoid)) throw new Error(`${module}: avoid must be an array of role ids`);
  for (const id of c.avoid) {
    if (!graph.hasNode(id)) throw new Error(`${module}: unknown role '${String(id)}' in avoid`);
  }
  return {
    ...c,
    held: new Set(c.heldCredentials),
    avoided: new Set(c.avoid),
    educationRank: educationRank(c.education),
    ceilingRank: Math.max(educationRank(c.educationCeiling), educationRank(c.education)),
    yearLimit: c.maxYears ?? Infinity,
  };
}

/** Checks that a role exists, naming it otherwise. */
export function assertRole(module: string, graph: CareerGraph, id: unknown): asserts id is string {
  if (typeof id !== 'string' || !graph.hasNode(id)) throw new Error(`${module}: unknown role '${String(id)}'`);
}

/** Checks a route's start: a role, or NO_JOB when the data says how to get a first job. */
export function assertStart(module: string, graph: CareerGraph, id: unknown): asserts id is string {
  if (id === NO_JOB) {
    if (
      !graph.getAttribute('entries')?.length &&
      !graph.someNode((_id, a) => a.level === 'entry' && !!a.hiring?.length)
    )
      throw new Error(`${module}: this data has no first jobs for '${NO_JOB}' (no entries)`);
    return;
  }
  assertRole(module, graph, id);
}

/** Checks that the graph is a directed graphology graph (routes follow the direction of moves). */
export function assertGraph(module: string, graph: CareerGraph): void {
  if (!graph || typeof graph.forEachOutEdge !== 'function') throw new Error(`${module}: expected a graphology graph`);
  if (graph.type !== 'directed') throw new Error(`${module}: expected a directed graph, got a ${graph.type} one`);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
