/**
 * The route clock: how long one step takes once the person's situation is known. A step is the
 * time in the current role before the move (the data's years), stretched when a rule's
 * experience asks for more, plus the study the move needs — alongside the job (part-time, about
 * twice the full-time length, overlapping the job years) or instead of it (full-time, added).
 * Before a first job there is no job to study alongside, so study is full-time.
 *
 * Part-time study need not wait for the job just before the move: it may start as soon as the
 * person finished their previous study (what it builds on, an education level, is then held) and
 * run alongside every job since. A label carries that free time: the typical years of work since
 * the last part-time study ended. The step then lasts max(work, part-time study − free time), and
 * the study ends free time earlier than it would have — so a coder who will need the HIT associate
 * for a manager's job starts it in the coding years (issue 23, item 3).
 */
import { EPS, PART_TIME_FACTOR, type StudyMode } from './constraints';
import type { RouteIndex } from './route-index';
import type { Option } from './qualify';
import type { Span } from './rules';

export interface StepTime {
  /** The move's own years in the from-role. */
  job: Span;
  /** Time working in the from-role: job years, or longer when required experience asks for it. */
  work: Span;
  /** Full-time years of study for what the move needs. */
  study: Span;
  /** The step on the route's clock. */
  clock: Span;
  /** How the study runs, or null when there is none. */
  studyMode: StudyMode | null;
  /** Years of experience in the from-role a rule needs beyond what the route already gave (0 if none). */
  neededExperience: number;
  /** Years that count as experience of the from-role's kinds. */
  accrued: number;
  /** Typical years of work since the last part-time study ended, after the step. */
  free: number;
  /** Years before the step's start that its part-time study began (typical; 0 when it starts with the step). */
  lead: number;
}

const span = (f: (k: keyof Span) => number): Span => ({ typical: f('typical'), low: f('low'), high: f('high') });

/** The step's time, or null when the option needs experience the from-role cannot give. */
export function stepTime(
  index: RouteIndex,
  edge: number,
  from: number,
  exp: readonly number[],
  option: Option,
  free = 0,
): StepTime | null {
  let need = 0;
  let needLow = 0;
  for (let k = 0; k < option.exp.length; k++) {
    const missing = option.exp[k]! - exp[k]!;
    if (missing <= EPS) continue;
    if (!(index.experience[from]! & (1 << k))) return null;
    need = Math.max(need, missing);
    needLow = Math.max(needLow, option.expFloor[k]! - exp[k]!);
  }
  const job: Span = { typical: index.jobTypical[edge]!, low: index.jobLow[edge]!, high: index.jobHigh[edge]! };
  // Recommended experience sets the typical and high time; only required experience the shortest.
  const work = span((k) => Math.max(job[k], k === 'low' ? needLow : need));
  const study = option.study;
  const hasStudy = study.high > 0;
  const atStart = from === index.noJob;
  const mode: StudyMode = atStart ? 'full_time' : index.constraints.study;
  const partTime = !atStart && mode === 'part_time';
  // Part-time study runs from the end of the previous study: the free time before this step, then the job.
  // The study already done counts as in the typical route for all three figures: a step's range is
  // its own jobs' and study's spread, so its low never exceeds its typical (with the low route's
  // shorter earlier jobs, a ≈4-year step read "5–7").
  const studied = hasStudy ? free : 0;
  const clock = atStart
    ? study
    : partTime
      ? span((k) => Math.max(work[k], PART_TIME_FACTOR * study[k] - studied))
      : span((k) => work[k] + study[k]);
  return {
    job,
    work,
    study,
    clock,
    studyMode: hasStudy ? mode : null,
    neededExperience: need > job.typical + EPS ? need : 0,
    accrued: atStart ? 0 : partTime ? clock.typical : work.typical,
    free: partTime ? free + clock.typical - PART_TIME_FACTOR * study.typical : 0,
    lead: partTime && hasStudy ? free : 0,
  };
}

/** Experience after a step: the from-role's kinds grow by the accrued years, capped where no rule asks for more. */
export function experienceAfter(index: RouteIndex, from: number, exp: readonly number[], accrued: number): number[] {
  const kinds = index.experience[from]!;
  if (!kinds || accrued <= 0) return exp as number[];
  return exp.map((y, k) => (kinds & (1 << k) ? Math.min(index.rules.expCap[k]!, y + accrued) : y));
}
