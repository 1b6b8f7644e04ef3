/**
 * The milestone timeline of a route: year by year, what to study, which exam to sit, which
 * job to hold and for how long, and the expected salary at each job. Derived, never stored:
 * a plan keeps only its route's role ids, and the timeline is rebuilt from the current data.
 * Every duration says whether it is an estimate; every salary names its source and year.
 */
import type { EducationLevel, Statistic } from '../data/schema';
import { EDUCATION_LABELS, STATISTIC_LABELS, citation, money, yearsLabel } from '../graph/format';
import { roleTitle, type CareerModel } from '../graph/model';
import { EDUCATION_NAMES, educationRank, type Route } from '../graph/routes';
import { latestCpiYear } from '../graph/salary/inflation';
import { routeSalarySeries } from '../graph/salary/route-series';
import { programLength, type StatedLength } from './program-length';

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
  level: EducationLevel;
  levelLabel: string;
  programLength: StatedLength | null;
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
  /** The student's education when the plan starts from school (no job yet); null for a job start. */
  fromSchool: EducationLevel | null;
  /** Dollar year for salaries; defaults to the newest CPI year in the data. */
  dollarYear: number | null;
}

export const DEFAULTS: TimelineOptions = { fromSchool: null, dollarYear: null };

const ZERO: YearSpan = { typical: 0, low: 0, high: 0, estimated: false };

function add(a: YearSpan, b: YearSpan): YearSpan {
  return { typical: a.typical + b.typical, low: a.low + b.low, high: a.high + b.high, estimated: a.estimated || b.estimated };
}

export function whenLabel(at: YearSpan): string {
  return at.typical === 0 && at.high === 0 ? 'Start' : `After ${yearsLabel(at)}`;
}

function studyStep(model: CareerModel, level: EducationLevel, at: YearSpan, when: string, neededFor: string, timeInJob: number | null): StudyMilestone {
  const length = programLength(model, level);
  const cite = length ? length.sources.map((id) => citation(model.sources.get(id))).join('; ') : '';
  const duration = length ? `${length.years} yrs (program length stated by ${cite})` : 'program length not stated in our sources';
  const longer = length && timeInJob !== null && length.years > timeInJob ? ' The program is longer than the typical time in the current job, so the move may come later.' : '';
  return {
    kind: 'study',
    stepKey: `study:${level}`,
    at,
    when,
    title: `Complete ${EDUCATION_NAMES[level]}`,
    duration,
    details: `${EDUCATION_LABELS[level]} — ${neededFor}. Length: ${duration}.${longer}`,
    source: cite,
    level,
    levelLabel: EDUCATION_LABELS[level],
    programLength: length,
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
  const opts = { ...DEFAULTS, ...options };
  if (route.roles.length === 0 || route.moves.length !== route.roles.length - 1) {
    throw new Error(`plans/timeline: a route of ${route.roles.length} roles needs ${Math.max(0, route.roles.length - 1)} moves, got ${route.moves.length}`);
  }
  const title = (id: string) => roleTitle(model, id);
  const dollarYear = opts.dollarYear ?? latestCpiYear(model.dataset.cpi);
  const series = routeSalarySeries(model, { roles: route.roles, steps: route.moves.map((m) => m.years) }, { dollars: 'constant', dollarYear });
  const out: Milestone[] = [];
  let at = ZERO;

  // A student starting from school first reaches the first job's typical education.
  const first = model.roles.get(route.roles[0]!);
  if (opts.fromSchool && first && educationRank(first.education.typical) > educationRank(opts.fromSchool)) {
    const step = studyStep(model, first.education.typical, at, 'Before the first job', `typical for ${first.title}`, null);
    out.push(step);
    // Only a stated program length moves the clock; an unstated one is labelled, not guessed.
    if (step.programLength) at = add(at, { ...ZERO, typical: step.programLength.years, low: step.programLength.years, high: step.programLength.years });
  }

  route.roles.forEach((roleId, i) => {
    const move = route.moves[i];
    const point = series[i];
    const salary: MilestoneSalary =
      point && point.y !== null && point.figure
        ? {
            amount: point.y,
            text: `${money(point.y)} a year (${STATISTIC_LABELS[point.figure.statistic]}, ${point.figure.year ?? 'year not stated'} figure, in ${dollarYear} dollars)`,
            statistic: point.figure.statistic,
            dataYear: point.figure.year,
            dollarYear,
            citation: citation(point.source ?? undefined),
            shared: point.shared,
          }
        : { amount: null, text: 'no figure', reason: point?.reason ?? 'No figure for this role in our sources.' };
    const isGoal = i === route.roles.length - 1;
    const duration = move ? yearsLabel(move.years) : 'goal reached';
    out.push({
      kind: 'job',
      stepKey: `job:${roleId}`,
      at,
      when: whenLabel(at),
      title: isGoal ? `Reach ${title(roleId)} (goal)` : `Work as ${title(roleId)}`,
      duration,
      details: `${title(roleId)} — ${move ? `typically ${duration} before moving to ${title(move.to)}` : 'the goal of this route'}. Salary: ${salary.text}${salary.amount === null ? '' : ` — ${salary.citation}`}.`,
      source: salary.amount === null ? '' : salary.citation,
      roleId,
      roleTitle: title(roleId),
      isGoal,
      salary,
    });
    if (!move) return;
    const neededFor = `needed to move to ${title(move.to)}`;
    // Studied and sat while holding the current job: the move's years are that window.
    const during = `While working as ${title(roleId)}`;
    // Study before exams: eligibility often depends on the degree (RHIA needs a bachelor's).
    const unmet = move.requirements.filter((r) => !r.met).sort((a, b) => Number(a.kind === 'credential') - Number(b.kind === 'credential'));
    for (const req of unmet) {
      out.push(req.kind === 'education' ? studyStep(model, req.id as EducationLevel, at, during, neededFor, move.years.typical) : examStep(model, req.id, at, during, neededFor));
    }
    at = add(at, move.years);
  });
  return out;
}
