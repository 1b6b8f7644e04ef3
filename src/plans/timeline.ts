/**
 * The milestone timeline of a route: year by year, what to study, which exam to sit, which
 * job to hold and for how long, and the expected salary at each job. Derived, never stored:
 * a plan keeps only its route's role ids, and the timeline is rebuilt from the current data.
 * Every duration says whether it is an estimate; every salary names its source and year.
 */
import { roleTitle, type CareerModel } from '../graph/model';
import { NO_JOB, type Route, type RouteMove } from '../graph/routes';
import type { Locale } from '../i18n/locale';
import { m } from '../paraglide/messages.js';
import { PART_TIME_FACTOR } from '../graph/routes/constraints';
import { latestCpiYear } from '../graph/salary/inflation';
import { routeSalarySeries } from '../graph/salary/route-series';
import { ZERO_SPAN, addSpans, type Milestone, type YearSpan } from './milestones';
import { examStep, jobStep, studyStep, whenLabel } from './timeline-steps';

export type {
  DurationBasis,
  ExamMilestone,
  JobMilestone,
  Milestone,
  MilestoneSalary,
  StudyMilestone,
  YearSpan,
} from './milestones';
export { whenLabel } from './timeline-steps';

export interface TimelineOptions {
  /** Dollar year for salaries; defaults to the newest CPI year in the data. */
  dollarYear: number | null;
  /** The language of the words (a handout prints in its plan's); undefined = the interface's. */
  locale: Locale | undefined;
}

export const TIMELINE_DEFAULTS: TimelineOptions = { dollarYear: null, locale: undefined };

type StudyMode = 'part_time' | 'full_time';

/**
 * When a move's study begins. Part-time study runs alongside the job from the step's start, or
 * earlier when it began alongside earlier jobs (route clock: it starts when the previous study
 * ended); full-time study follows the job years; before a first job it starts at once.
 */
function studyStart(at: YearSpan, move: RouteMove, firstJob: boolean, mode: StudyMode): YearSpan {
  if (firstJob) return at;
  if (mode === 'full_time') {
    const work: YearSpan = {
      ...move.job,
      ...(move.extraExperience ? { typical: move.job.typical + move.extraExperience.years } : {}),
      estimated: move.years.estimated,
    };
    return addSpans(at, work);
  }
  const lead = Math.min(move.studyLead ?? 0, at.typical);
  return lead > 0
    ? { ...at, typical: at.typical - lead, low: Math.max(0, at.low - lead), high: Math.max(0, at.high - lead) }
    : at;
}

/** The programs and exams a move needs, one after the other from when its study begins. */
function moveSteps(model: CareerModel, roleId: string, move: RouteMove, at: YearSpan, locale?: Locale): Milestone[] {
  const o = { locale };
  const title = (id: string) => roleTitle(model, id, locale);
  const firstJob = roleId === NO_JOB;
  const neededFor = firstJob
    ? m.tl_to_start_as({ role: title(move.to) }, o)
    : m.tl_needed_to_move({ role: title(move.to) }, o);
  // A level with no program in the data has no length: it is shown alongside the job, unscheduled.
  const mode: StudyMode = firstJob ? 'full_time' : (move.studyMode ?? 'part_time');
  const during = firstJob
    ? m.tl_before_first_job({}, o)
    : mode === 'part_time'
      ? m.tl_while_working({ role: title(roleId) }, o)
      : m.tl_after_full_time({ role: title(roleId) }, o);
  const whenAt = (t: YearSpan) => (t === at || t.typical === at.typical ? during : whenLabel(t, locale));
  const out: Milestone[] = [];
  let studyAt = studyStart(at, move, firstJob, mode);
  for (const s of move.study) {
    out.push(studyStep(model, s.program, studyAt, whenAt(studyAt), neededFor, mode, locale));
    const factor = mode === 'part_time' ? PART_TIME_FACTOR : 1;
    studyAt = addSpans(studyAt, {
      typical: s.years.typical * factor,
      low: s.years.low * factor,
      high: s.years.high * factor,
      estimated: false,
    });
  }
  for (const level of move.levels) out.push(studyStep(model, level, studyAt, whenAt(studyAt), neededFor, mode, locale));
  for (const c of move.exams) out.push(examStep(model, c, studyAt, whenAt(studyAt), neededFor, locale));
  return out;
}

export function buildTimeline(
  model: CareerModel,
  route: Pick<Route, 'roles' | 'moves'>,
  options: Partial<TimelineOptions> = {},
): Milestone[] {
  const opts = { ...TIMELINE_DEFAULTS, ...options };
  if (route.roles.length === 0 || route.moves.length !== route.roles.length - 1) {
    throw new Error(
      `plans/timeline: a route of ${route.roles.length} roles needs ${Math.max(0, route.roles.length - 1)} moves, got ${route.moves.length}`,
    );
  }
  const locale = opts.locale;
  const dollarYear = opts.dollarYear ?? latestCpiYear(model.dataset.cpi);
  const series = routeSalarySeries(
    model,
    { roles: route.roles, steps: route.moves.map((mv) => mv.years) },
    { dollars: 'constant', dollarYear },
  );
  const out: Milestone[] = [];
  let at = ZERO_SPAN;
  route.roles.forEach((roleId, i) => {
    const move = route.moves[i];
    const isGoal = i === route.roles.length - 1;
    if (roleId !== NO_JOB) out.push(jobStep(model, { roleId, move, at, point: series[i], isGoal, dollarYear }, locale));
    if (!move) return;
    out.push(...moveSteps(model, roleId, move, at, locale));
    at = addSpans(at, move.years);
  });
  return out;
}
