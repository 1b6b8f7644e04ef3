/**
 * What a route's timeline is made of: its milestones (a job to hold, a program to study, an exam
 * to sit), where each step's length comes from, and the year spans that place a step on the plan.
 * Types and span arithmetic only; the words are written in timeline-steps.ts, the order in timeline.ts.
 */
import type { Statistic } from '../data/vocabulary';

export interface YearSpan {
  typical: number;
  low: number;
  high: number;
  estimated: boolean;
}

export type MilestoneSalary =
  | {
      amount: number;
      text: string;
      statistic: Statistic;
      dataYear: number | null;
      dollarYear: number;
      citation: string;
      shared: boolean;
    }
  | { amount: null; /** "no figure", in the timeline's language. */ text: string; reason: string };

interface Base {
  /** Stable across recomputation: "job:<role>", "study:<level>", "exam:<credential>". */
  stepKey: string;
  /** Years from the start of the plan when the step begins (cumulative typical, low, high). */
  at: YearSpan;
  /** "Start" or "After ≈3.4 yrs (estimate, 1–8)". */
  when: string;
  title: string;
  /** How long the step lasts, as a person reads it; says "not stated" rather than guessing. */
  duration: string;
  /** One line for lists and CSV: everything a counselor needs to repeat the step. */
  details: string;
  /** Citations behind the step's figures or rules; empty when the data states none. */
  source: string;
  /** Where the printed duration comes from, with its sources' years (the handout prints it beside the duration). */
  durationBasis: DurationBasis;
}

/**
 * Where a step's length comes from: the move's sources ('move'), a modelled estimate with its
 * method ('estimate'), a program's typical length and how it was set ('program'), the
 * credential's rules for an exam ('credential'), or no figure at all ('none': goal reached,
 * length not stated). Citations carry each source's data year and, for a web page, the date read.
 */
export interface DurationBasis {
  kind: 'move' | 'estimate' | 'program' | 'credential' | 'none';
  /** How an estimate or a program's length was set, in the timeline's language; null otherwise. */
  method: string | null;
  citation: string;
}

export interface JobMilestone extends Base {
  kind: 'job';
  roleId: string;
  roleTitle: string;
  isGoal: boolean;
  salary: MilestoneSalary;
}

export interface StudyMilestone extends Base {
  kind: 'study';
  /** The program's id, or the education level when the data has no program for it. */
  programId: string;
  programName: string;
  /** Typical full-time length, its range and how it was set (null: not stated). */
  programLength: { years: number; low: number; high: number; basis: string } | null;
  /** 'part_time' alongside the current job, or 'full_time'. */
  mode: 'part_time' | 'full_time';
  neededFor: string;
}

export interface ExamMilestone extends Base {
  kind: 'exam';
  credentialId: string;
  abbr: string;
  name: string;
  body: string;
  bodyName: string;
  /** Eligibility routes as the sources state them, each with its citation. */
  eligibility: { text: string; citation: string }[];
  unverified: boolean;
  neededFor: string;
}

export type Milestone = JobMilestone | StudyMilestone | ExamMilestone;

export const ZERO_SPAN: YearSpan = { typical: 0, low: 0, high: 0, estimated: false };

/** Two spans one after the other: the ranges add, and an estimate in either makes an estimate. */
export function addSpans(a: YearSpan, b: YearSpan): YearSpan {
  return {
    typical: a.typical + b.typical,
    low: a.low + b.low,
    high: a.high + b.high,
    estimated: a.estimated || b.estimated,
  };
}
