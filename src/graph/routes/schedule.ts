/**
 * Where a route's years go, in parts that add up to its total as a reader counts them: the time
 * in jobs, extra time in a job waiting for experience a rule asks for, extra time in a job while
 * part-time study finishes, and full-time study; part-time study runs alongside the jobs and is
 * reported beside them, not added. For each of typical, low and high the four parts sum to the
 * route's total.
 */
import { PART_TIME_FACTOR } from './constraints';
import type { RouteIndex } from './route-index';
import { ZERO_SPAN, type Span } from './rules';
import type { Label } from './search';

export interface RouteSchedule {
  /** Time in each role before moving on, as the moves give it (0 before a first job). */
  jobs: Span;
  /** Extra time in a role waiting for the experience a rule asks for. */
  waiting: Span;
  /** Extra time in a role because part-time study outlasts it. */
  studyBeyondJobs: Span;
  /** Full-time study: before a first job, or instead of work when the user studies full-time. */
  fullTimeStudy: Span;
  /** Part-time study (its elapsed years), alongside the jobs, waiting and study beyond them. */
  partTimeStudy: Span;
}

const add = (a: Span, f: (k: keyof Span) => number): Span => ({
  typical: a.typical + f('typical'),
  low: a.low + f('low'),
  high: a.high + f('high'),
});

/** The schedule of a route's labels (start first). */
export function scheduleOf(index: RouteIndex, chain: readonly Label[]): RouteSchedule {
  let s: RouteSchedule = {
    jobs: ZERO_SPAN,
    waiting: ZERO_SPAN,
    studyBeyondJobs: ZERO_SPAN,
    fullTimeStudy: ZERO_SPAN,
    partTimeStudy: ZERO_SPAN,
  };
  for (const l of chain.slice(1)) {
    const t = l.time!;
    if (l.parent!.node === index.noJob) {
      s = { ...s, fullTimeStudy: add(s.fullTimeStudy, (k) => t.clock[k]) };
    } else if (t.studyMode === 'part_time') {
      s = {
        ...s,
        jobs: add(s.jobs, (k) => t.job[k]),
        waiting: add(s.waiting, (k) => t.work[k] - t.job[k]),
        studyBeyondJobs: add(s.studyBeyondJobs, (k) => t.clock[k] - t.work[k]),
        partTimeStudy: add(s.partTimeStudy, (k) => PART_TIME_FACTOR * t.study[k]),
      };
    } else {
      s = {
        ...s,
        jobs: add(s.jobs, (k) => t.job[k]),
        waiting: add(s.waiting, (k) => t.work[k] - t.job[k]),
        fullTimeStudy: add(s.fullTimeStudy, (k) => t.clock[k] - t.work[k]),
      };
    }
  }
  return s;
}

/** The parts that add up to the total (partTimeStudy overlaps them), for checks and the card. */
export function scheduleTotal(s: RouteSchedule): Span {
  const sum = (k: keyof Span) => s.jobs[k] + s.waiting[k] + s.studyBeyondJobs[k] + s.fullTimeStudy[k];
  return { typical: sum('typical'), low: sum('low'), high: sum('high') };
}
