/**
 * The milestone timeline of a route: year by year, what to study, which exam to sit, which
 * job to hold and for how long, and the expected salary at each job. Derived, never stored:
 * a plan keeps only its route's role ids, and the timeline is rebuilt from the current data.
 * Every duration says whether it is an estimate; every salary names its source and year.
 */
import { EDUCATION_LEVELS, type Statistic } from '../data/vocabulary';
import { educationLabel, statisticLabel, citation, money, yearsLabel } from '../graph/format';
import { roleTitle, type CareerModel } from '../graph/model';
import { EDUCATION_NAMES, NO_JOB, formatYears, type Route } from '../graph/routes';
import { PART_TIME_FACTOR } from '../graph/routes/constraints';
import { latestCpiYear } from '../graph/salary/inflation';
import { routeSalarySeries } from '../graph/salary/route-series';

export interface YearSpan {
  typical: number;
  low: number;
  high: number;
  estimated: boolean;
}

export type MilestoneSalary =
  | { amount: number; text: string; statistic: Statistic; dataYear: number | null; dollarYear: number; citation: string; shared: boolean }
  | { amount: null; text: 'no figure'; reason: string };

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

export interface TimelineOptions {
  /** Dollar year for salaries; defaults to the newest CPI year in the data. */
  dollarYear: number | null;
}

export const TIMELINE_DEFAULTS: TimelineOptions = { dollarYear: null };

const ZERO: YearSpan = { typical: 0, low: 0, high: 0, estimated: false };

function add(a: YearSpan, b: YearSpan): YearSpan {
  return { typical: a.typical + b.typical, low: a.low + b.low, high: a.high + b.high, estimated: a.estimated || b.estimated };
}

export function whenLabel(at: YearSpan): string {
  return at.typical === 0 && at.high === 0 ? 'Start' : `After ${yearsLabel(at)}`;
}

function studyStep(model: CareerModel, programId: string, at: YearSpan, when: string, neededFor: string, mode: 'part_time' | 'full_time'): StudyMilestone {
  const program = model.dataset.programs?.find((p) => p.id === programId);
  const level = EDUCATION_LEVELS.find((l) => l === programId);
  const name = program?.name ?? (level ? educationLabel(level) : programId);
  const cite = program ? program.sources.map((id) => citation(model.sources.get(id))).join('; ') : '';
  const length = program ? { years: program.years.typical, low: program.years.low, high: program.years.high, basis: program.basis } : null;
  const pace = length ? `part-time alongside work, about ${formatYears(PART_TIME_FACTOR * length.years)} yrs` : '';
  const duration = length
    ? `typically ${formatYears(length.years)} yrs full-time (range ${formatYears(length.low)}–${formatYears(length.high)}); ${mode === 'part_time' ? pace : 'studied full-time'}`
    : 'program length not stated in our sources';
  return {
    kind: 'study',
    stepKey: `study:${programId}`,
    at,
    when,
    title: program ? name : `Complete ${level ? EDUCATION_NAMES[level] : name}`,
    duration,
    details: `${name} — ${neededFor}. Length: ${duration}.${length ? ` (${length.basis})` : ''}`,
    source: cite,
    programId,
    programName: name,
    programLength: length,
    mode,
    neededFor,
  };
}

function examStep(model: CareerModel, credentialId: string, at: YearSpan, when: string, neededFor: string): ExamMilestone {
  const c = model.credentials.get(credentialId);
  if (!c) throw new Error(`plans/timeline: unknown credential '${credentialId}'`);
  const eligibility = c.eligibility.map((e) => ({ text: e.text, citation: e.sources.map((id) => citation(model.sources.get(id))).join('; ') }));
  return {
    kind: 'exam',
    stepKey: `exam:${c.id}`,
    at,
    when,
    title: `Sit the ${c.abbr} exam`,
    duration: 'one exam',
    details: `${c.name} (${c.abbr}), awarded by ${c.bodyName} (${c.body}) — ${neededFor}. Eligibility: ${eligibility.map((e) => e.text).join(' Or: ')}`,
    source: [...new Set([...c.eligibility.flatMap((e) => e.sources), ...c.sources])].map((id) => citation(model.sources.get(id))).join('; '),
    credentialId: c.id,
    abbr: c.abbr,
    name: c.name,
    body: c.body,
    bodyName: c.bodyName,
    eligibility,
    unverified: c.status === 'unverified',
    neededFor,
  };
}

export function buildTimeline(model: CareerModel, route: Pick<Route, 'roles' | 'moves'>, options: Partial<TimelineOptions> = {}): Milestone[] {
  const opts = { ...TIMELINE_DEFAULTS, ...options };
  if (route.roles.length === 0 || route.moves.length !== route.roles.length - 1) {
    throw new Error(`plans/timeline: a route of ${route.roles.length} roles needs ${Math.max(0, route.roles.length - 1)} moves, got ${route.moves.length}`);
  }
  const title = (id: string) => roleTitle(model, id);
  const dollarYear = opts.dollarYear ?? latestCpiYear(model.dataset.cpi);
  const series = routeSalarySeries(model, { roles: route.roles, steps: route.moves.map((m) => m.years) }, { dollars: 'constant', dollarYear });
  const out: Milestone[] = [];
  let at = ZERO;

  route.roles.forEach((roleId, i) => {
    const move = route.moves[i];
    const point = series[i];
    if (roleId !== NO_JOB) {
      const salary: MilestoneSalary =
        point && point.y !== null && point.figure
          ? {
              amount: point.y,
              // Whose pay it is: the occupation, and never a wider occupation's figure as the role's own.
              text: `${money(point.y)} a year (${statisticLabel(point.figure.statistic)}, ${point.figure.year ?? 'year not stated'} figure, in ${dollarYear} dollars) — ${
                point.broader ? `all ${point.figure.occupation.toLowerCase()}, not ${title(roleId)}'s own pay` : point.figure.occupation
              }${point.figure.soc ? ` (${point.figure.soc})` : ''}`,
              statistic: point.figure.statistic,
              dataYear: point.figure.year,
              dollarYear,
              citation: citation(point.source ?? undefined),
              shared: point.shared,
            }
          : { amount: null, text: 'no figure', reason: point?.reason ?? 'No figure for this role in our sources.' };
      const isGoal = i === route.roles.length - 1;
      const duration = move ? yearsLabel(move.years) : 'goal reached';
      const extra = move?.extraExperience
        ? ` This includes about ${formatYears(move.extraExperience.years)} more years than usual, for the ${formatYears(move.extraExperience.years + move.job.typical)} years of experience ${move.extraExperience.credential ? `the ${model.credentials.get(move.extraExperience.credential)?.abbr ?? move.extraExperience.credential} asks for` : 'the move asks for'}.`
        : '';
      const studying = move?.studyMode === 'part_time' ? ' while studying part-time' : '';
      out.push({
        kind: 'job',
        stepKey: `job:${roleId}`,
        at,
        when: whenLabel(at),
        title: isGoal ? `Reach ${title(roleId)} (goal)` : `Work as ${title(roleId)}`,
        duration,
        details: `${title(roleId)} — ${move ? `typically ${duration}${studying} before moving to ${title(move.to)}.${extra}` : 'the goal of this route.'} Salary: ${salary.text}${salary.amount === null ? '' : ` — ${salary.citation}`}.`,
        source: salary.amount === null ? '' : salary.citation,
        roleId,
        roleTitle: title(roleId),
        isGoal,
        salary,
      });
    }
    if (!move) return;
    const neededFor = roleId === NO_JOB ? `to start as ${title(move.to)}` : `needed to move to ${title(move.to)}`;
    // Part-time study runs alongside the job from the step's start; full-time study follows the job years.
    // A level with no program in the data has no length: it is shown alongside the job, unscheduled.
    const mode = roleId === NO_JOB ? 'full_time' : (move.studyMode ?? 'part_time');
    const work: YearSpan = { ...move.job, ...(move.extraExperience ? { typical: move.job.typical + move.extraExperience.years } : {}), estimated: move.years.estimated };
    let studyAt = mode === 'part_time' || roleId === NO_JOB ? at : add(at, work);
    const during = roleId === NO_JOB ? 'Before the first job' : mode === 'part_time' ? `While working as ${title(roleId)}` : `After ${title(roleId)}, full-time`;
    const whenAt = (t: YearSpan) => (t === at || t.typical === at.typical ? during : whenLabel(t));
    for (const s of move.study) {
      out.push(studyStep(model, s.program, studyAt, whenAt(studyAt), neededFor, mode));
      const factor = mode === 'part_time' ? PART_TIME_FACTOR : 1;
      studyAt = add(studyAt, { typical: s.years.typical * factor, low: s.years.low * factor, high: s.years.high * factor, estimated: false });
    }
    for (const level of move.levels) out.push(studyStep(model, level, studyAt, whenAt(studyAt), neededFor, mode));
    for (const c of move.exams) out.push(examStep(model, c, studyAt, whenAt(studyAt), neededFor));
    at = add(at, move.years);
  });
  return out;
}
