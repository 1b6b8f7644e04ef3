/**
 * The milestone timeline of a route: year by year, what to study, which exam to sit, which
 * job to hold and for how long, and the expected salary at each job. Derived, never stored:
 * a plan keeps only its route's role ids, and the timeline is rebuilt from the current data.
 * Every duration says whether it is an estimate; every salary names its source and year.
 */
import { EDUCATION_LEVELS, type Statistic } from '../data/vocabulary';
import { educationLabel, statisticLabel } from '../data/vocabulary-labels';
import { citation, datedCitation, yearsLabel } from '../text/format';
import { localeOr, money } from '../i18n/numbers';
import { wholeOccupation } from '../graph/salary/figure-label';
import { roleTitle, type CareerModel } from '../graph/model';
import { NO_JOB, formatYears, type Route, type RouteMove } from '../graph/routes';
import { educationName } from '../graph/routes/explain';
import {
  credentialName as localCredentialName,
  programBasis,
  programName as localProgramName,
  sourcedText,
  transitionMethod,
} from '../data/localize';
import type { Locale } from '../i18n/locale';
import { m } from '../paraglide/messages.js';
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

const NO_BASIS: DurationBasis = { kind: 'none', method: null, citation: '' };

function cite(model: CareerModel, ids: readonly string[], locale?: Locale): string {
  return [...new Set(ids)].map((id) => datedCitation(model.sources.get(id), locale)).join('; ');
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
  /** The language of the words (a handout prints in its plan's); undefined = the interface's. */
  locale: Locale | undefined;
}

export const TIMELINE_DEFAULTS: TimelineOptions = { dollarYear: null, locale: undefined };

const ZERO: YearSpan = { typical: 0, low: 0, high: 0, estimated: false };

function add(a: YearSpan, b: YearSpan): YearSpan {
  return {
    typical: a.typical + b.typical,
    low: a.low + b.low,
    high: a.high + b.high,
    estimated: a.estimated || b.estimated,
  };
}

export function whenLabel(at: YearSpan, locale?: Locale): string {
  return at.typical === 0 && at.high === 0
    ? m.tl_start({}, { locale })
    : m.tl_after({ years: yearsLabel(at, locale) }, { locale });
}

function studyStep(
  model: CareerModel,
  programId: string,
  at: YearSpan,
  when: string,
  neededFor: string,
  mode: 'part_time' | 'full_time',
  locale?: Locale,
): StudyMilestone {
  const o = { locale };
  const program = model.dataset.programs?.find((p) => p.id === programId);
  const level = EDUCATION_LEVELS.find((l) => l === programId);
  const name = program
    ? localProgramName(program, localeOr(locale)).text
    : level
      ? educationLabel(level, locale)
      : programId;
  const sources = program ? program.sources.map((id) => citation(model.sources.get(id), locale)).join('; ') : '';
  const basis = program ? programBasis(program, localeOr(locale)).text : '';
  const length = program
    ? { years: program.years.typical, low: program.years.low, high: program.years.high, basis }
    : null;
  const pace = length ? m.tl_pace_part_time({ years: formatYears(PART_TIME_FACTOR * length.years) }, o) : '';
  const duration = length
    ? m.tl_duration(
        {
          years: formatYears(length.years),
          low: formatYears(length.low),
          high: formatYears(length.high),
          pace: mode === 'part_time' ? pace : m.tl_studied_full_time({}, o),
        },
        o,
      )
    : m.tl_length_unknown({}, o);
  return {
    kind: 'study',
    stepKey: `study:${programId}`,
    at,
    when,
    title: program ? name : m.tl_complete({ level: level ? educationName(level, locale) : name }, o),
    duration,
    details: `${m.tl_study_details({ name, neededFor, duration }, o)}${length ? ` (${length.basis})` : ''}`,
    source: sources,
    // Part-time takes about twice as long: the app's assumption, said where the length is printed.
    durationBasis: program
      ? {
          kind: 'program',
          method: mode === 'part_time' ? `${basis} ${m.tl_part_time_assumption({}, o)}` : basis,
          citation: cite(model, program.sources, locale),
        }
      : NO_BASIS,
    programId,
    programName: name,
    programLength: length,
    mode,
    neededFor,
  };
}

function examStep(
  model: CareerModel,
  credentialId: string,
  at: YearSpan,
  when: string,
  neededFor: string,
  locale?: Locale,
): ExamMilestone {
  const o = { locale };
  const c = model.credentials.get(credentialId);
  if (!c) throw new Error(`plans/timeline: unknown credential '${credentialId}'`);
  const eligibility = c.eligibility.map((e) => ({
    text: sourcedText(e, localeOr(locale)).text,
    citation: cite(model, e.sources, locale),
  }));
  const name = localCredentialName(c, localeOr(locale)).text;
  return {
    kind: 'exam',
    stepKey: `exam:${c.id}`,
    at,
    when,
    title: m.tl_sit_exam({ abbr: c.abbr }, o),
    duration: m.tl_one_exam({}, o),
    details: m.tl_exam_details(
      {
        name,
        abbr: c.abbr,
        bodyName: c.bodyName,
        body: c.body,
        neededFor,
        eligibility: eligibility.map((e) => e.text).join(` ${m.tl_or({}, o)} `),
      },
      o,
    ),
    source: [...new Set([...c.eligibility.flatMap((e) => e.sources), ...c.sources])]
      .map((id) => citation(model.sources.get(id), locale))
      .join('; '),
    credentialId: c.id,
    abbr: c.abbr,
    name,
    body: c.body,
    bodyName: c.bodyName,
    eligibility,
    durationBasis: {
      kind: 'credential',
      method: null,
      citation: cite(model, [...c.eligibility.flatMap((e) => e.sources), ...c.sources], locale),
    },
    unverified: c.status === 'unverified',
    neededFor,
  };
}

/** Where a job step's years come from: the move's sources or its estimate, and what lengthens the step. */
function jobBasis(model: CareerModel, move: RouteMove, locale?: Locale): DurationBasis {
  const o = { locale };
  const t = model.dataset.transitions.find((tr) => tr.id === move.edge);
  const parts = [t ? cite(model, t.sources, locale) : m.source_unknown({}, o)];
  const credential = move.extraExperience?.credential
    ? model.credentials.get(move.extraExperience.credential)
    : undefined;
  if (credential) {
    const ids = [...credential.eligibility.flatMap((e) => e.sources), ...credential.sources];
    parts.push(m.tl_basis_experience({ abbr: credential.abbr, citation: cite(model, ids, locale) }, o));
  }
  if (move.study.length || move.levels.length) parts.push(m.tl_basis_with_study({}, o));
  const method = t && move.years.estimated ? (transitionMethod(t, localeOr(locale))?.text ?? null) : null;
  return { kind: method ? 'estimate' : 'move', method, citation: parts.join('; ') };
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
  const o = { locale };
  const title = (id: string) => roleTitle(model, id, locale);
  const dollarYear = opts.dollarYear ?? latestCpiYear(model.dataset.cpi);
  const series = routeSalarySeries(
    model,
    { roles: route.roles, steps: route.moves.map((m) => m.years) },
    { dollars: 'constant', dollarYear },
  );
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
              text: m.tl_salary(
                {
                  amount: money(point.y, 'annual', locale),
                  statistic: statisticLabel(point.figure.statistic, locale),
                  year: point.figure.year ?? m.year_not_stated({}, o),
                  dollarYear,
                  occupation: `${point.broader ? m.tl_not_own_pay({ whole: wholeOccupation(point.figure, locale), role: title(roleId) }, o) : point.figure.occupation}${point.figure.soc ? ` (${point.figure.soc})` : ''}`,
                },
                o,
              ),
              statistic: point.figure.statistic,
              dataYear: point.figure.year,
              dollarYear,
              citation: datedCitation(point.source ?? undefined, locale),
              shared: point.shared,
            }
          : { amount: null, text: m.tl_no_figure({}, o), reason: point?.reason ?? m.tl_no_figure_reason({}, o) };
      const isGoal = i === route.roles.length - 1;
      const duration = move ? yearsLabel(move.years, locale) : m.tl_goal_reached({}, o);
      const x = move?.extraExperience;
      const years = x ? { extra: formatYears(x.years), total: formatYears(x.years + move!.job.typical) } : null;
      const extra =
        x && years
          ? ` ${x.credential ? m.tl_extra_credential({ ...years, abbr: model.credentials.get(x.credential)?.abbr ?? x.credential }, o) : m.tl_extra_move(years, o)}`
          : '';
      const studying = move?.studyMode === 'part_time' ? ` ${m.tl_while_studying({}, o)}` : '';
      const salaryText = `${salary.text}${salary.amount === null ? '' : ` — ${salary.citation}`}`;
      out.push({
        kind: 'job',
        stepKey: `job:${roleId}`,
        at,
        when: whenLabel(at, locale),
        title: isGoal ? m.tl_reach_goal({ role: title(roleId) }, o) : m.tl_work_as({ role: title(roleId) }, o),
        duration,
        details: `${move ? m.tl_job_details_move({ role: title(roleId), duration, studying, next: title(move.to), extra, salary: salaryText }, o) : m.tl_job_details_goal({ role: title(roleId), salary: salaryText }, o)}.`,
        source: salary.amount === null ? '' : salary.citation,
        durationBasis: move ? jobBasis(model, move, locale) : NO_BASIS,
        roleId,
        roleTitle: title(roleId),
        isGoal,
        salary,
      });
    }
    if (!move) return;
    const neededFor =
      roleId === NO_JOB
        ? m.tl_to_start_as({ role: title(move.to) }, o)
        : m.tl_needed_to_move({ role: title(move.to) }, o);
    // Part-time study runs alongside the job from the step's start; full-time study follows the job years.
    // A level with no program in the data has no length: it is shown alongside the job, unscheduled.
    const mode = roleId === NO_JOB ? 'full_time' : (move.studyMode ?? 'part_time');
    const work: YearSpan = {
      ...move.job,
      ...(move.extraExperience ? { typical: move.job.typical + move.extraExperience.years } : {}),
      estimated: move.years.estimated,
    };
    // Part-time study may have begun alongside earlier jobs (route clock: it starts when the previous study ended).
    const lead = mode === 'part_time' ? Math.min(move.studyLead ?? 0, at.typical) : 0;
    let studyAt =
      roleId === NO_JOB
        ? at
        : mode === 'part_time'
          ? lead > 0
            ? { ...at, typical: at.typical - lead, low: Math.max(0, at.low - lead), high: Math.max(0, at.high - lead) }
            : at
          : add(at, work);
    const during =
      roleId === NO_JOB
        ? m.tl_before_first_job({}, o)
        : mode === 'part_time'
          ? m.tl_while_working({ role: title(roleId) }, o)
          : m.tl_after_full_time({ role: title(roleId) }, o);
    const whenAt = (t: YearSpan) => (t === at || t.typical === at.typical ? during : whenLabel(t, locale));
    for (const s of move.study) {
      out.push(studyStep(model, s.program, studyAt, whenAt(studyAt), neededFor, mode, locale));
      const factor = mode === 'part_time' ? PART_TIME_FACTOR : 1;
      studyAt = add(studyAt, {
        typical: s.years.typical * factor,
        low: s.years.low * factor,
        high: s.years.high * factor,
        estimated: false,
      });
    }
    for (const level of move.levels)
      out.push(studyStep(model, level, studyAt, whenAt(studyAt), neededFor, mode, locale));
    for (const c of move.exams) out.push(examStep(model, c, studyAt, whenAt(studyAt), neededFor, locale));
    at = add(at, move.years);
  });
  return out;
}
