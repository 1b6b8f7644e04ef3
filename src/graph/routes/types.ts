/** The shapes route algorithms return. A route is always a simple path (no role twice). */
import type { EducationLevel, ExperienceKind, Strength } from '../../data/schema';
import type { Constraints, StudyMode } from './constraints';
import type { Span } from './rules';
import type { RouteSchedule } from './schedule';

/**
 * What a search ranks by.
 * - 'years': fewest years on the route clock (jobs, study and required experience).
 * - 'credentials': fewest steps (new credentials, programs and degrees), ties by years.
 * - 'salary_gain': biggest (salary(to) − salary(from)) / total years. For a fixed start and
 *   destination the numerator is constant, so this ranks exactly like 'years'; the gain is
 *   only reported (as `cost`) when both salaries are known. A pay cut is still ranked by years,
 *   not by "least negative per year", which would favour slower routes.
 * - 'salary_end': highest end salary. Constant for a fixed destination (ranks like 'years');
 *   meaningful for `reachableWithin`, which can sort destinations by it.
 */
export const OBJECTIVES = ['years', 'credentials', 'salary_gain', 'salary_end'] as const;
export type Objective = (typeof OBJECTIVES)[number];

export interface Requirement {
  kind: 'credential' | 'education' | 'program' | 'experience';
  /** Credential, program or experience-kind id, or an education level. */
  id: string;
  /** True when already held (or, for experience, already gained) before the move. */
  met: boolean;
  /** Years of experience, for kind 'experience'. */
  years?: number;
  /** How strongly the job or the exam asks for it (required / typical / recommended). */
  strength: Strength;
  /** True when the route skips it (the user relaxed typical requirements); then `met` is false. */
  skipped?: boolean;
}

export interface YearsSpan extends Span {
  estimated: boolean;
  method?: string;
}

export interface RouteMove {
  /** The transition id (the graph's edge key), or the entry id for a first job. */
  edge: string;
  /** True when no source lists the move: it is open because the person meets the next job's hiring rules (derived-moves.ts). */
  derived: boolean;
  /** A role id, or NO_JOB. */
  from: string;
  to: string;
  /** The step on the route's clock: time in the from-role, required experience and study together. */
  years: YearsSpan;
  /** The move's own years: typical time in the from-role before moving on (0 before a first job). */
  job: YearsSpan;
  /** Time in the from-role beyond job.typical that a rule's experience asks for. */
  extraExperience: { years: number; kind: ExperienceKind; credential: string | null } | null;
  /** Programs studied for this move, in order, with their typical full-time lengths and why (the strength of what asked for them). */
  study: { program: string; years: Span; strength: Strength }[];
  /** Education levels reached for this move that the data has no program for (length not stated). */
  levels: EducationLevel[];
  /** How the study runs; null when there is none. */
  studyMode: StudyMode | null;
  /**
   * Part-time study only: typical years before this step's start that the study began, alongside
   * the earlier jobs (0 when it starts with the step). It begins when the previous study ended.
   */
  studyLead: number;
  /** Credentials earned (exams sat) for this move, in order. */
  exams: string[];
  /** What the move asks for (the alternative taken), each met or not before the move; skipped items last. */
  requirements: Requirement[];
  /** True when the move skips a typical requirement or recommended preparation (relaxed routes only). */
  relaxed: boolean;
}

export interface Route {
  /** Start to destination; the first may be NO_JOB. */
  roles: string[];
  moves: RouteMove[];
  /** The route clock: sums of the steps' typical, low and high years. */
  totalYears: Span;
  /** Where the time goes: job years (with required experience), and full-time-equivalent study. */
  parts: { work: Span; study: Span; studyMode: StudyMode | null };
  /** Where the years go, in parts that add up to totalYears (schedule.ts). */
  schedule: RouteSchedule;
  /** True when any move's years are an estimate. */
  estimated: boolean;
  /** True when any move skips a typical requirement or recommended preparation. */
  relaxed: boolean;
  /** Credentials the route earns, in order. */
  newCredentials: string[];
  /** Programs the route studies, in order. */
  newPrograms: string[];
  /** The highest education the route reaches above what was held, or null. */
  newEducation: EducationLevel | null;
  /** New credentials, programs and levels: what the 'credentials' objective minimises. */
  steps: number;
  /**
   * The objective's score: years ('years'), steps ('credentials'), salary gain per year
   * ('salary_gain') or end salary ('salary_end'); null when a salary it needs is unknown.
   */
  cost: number | null;
}

export interface RouteOptions extends Constraints {
  objective: Objective;
  /** Salary of a role (e.g. a national median), undefined when unknown. Needed by the salary objectives. */
  salaryOf?: (roleId: string) => number | undefined;
}
